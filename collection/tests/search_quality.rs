//! Search quality: real queries against the real collection in data/, each with the document
//! that must come first (or within the first three where several are equally right).

use collection::files::DataFile;
use collection::model::{
    ActsFile, AgenciesFile, ComponentsFile, GlossaryFile, SiteFile, TermsFile,
};
use collection::route::Page;
use collection::search::{Index, Query, Searched};

fn load<T: DataFile>() -> T {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
    T::parse(&std::fs::read_to_string(dir.join(T::NAME)).unwrap()).unwrap()
}

fn index() -> Index {
    Index::of_collection(&Searched {
        site: &load::<SiteFile>(),
        agencies: &load::<AgenciesFile>(),
        acts: &load::<ActsFile>(),
        glossary: &load::<GlossaryFile>(),
        map: &load::<ComponentsFile>(),
        terms: &load::<TermsFile>(),
    })
}

fn top(idx: &Index, q: &str, n: usize) -> Vec<String> {
    idx.search(&Query::parse(q), n)
        .into_iter()
        .map(|h| match (&idx.docs[h.doc].page, &idx.docs[h.doc].anchor) {
            (Page::Section(s), Some(part)) if s.slug() == "approximation" => {
                format!("component:{part}")
            }
            (_, Some(term)) => format!("term:{term}"),
            (Page::Act(id) | Page::Agency(id), _) => id.clone(),
            (Page::Section(s), _) => format!("section:{}", s.slug()),
            (other, _) => format!("{other:?}"),
        })
        .collect()
}

/// (query, expected document, must be within the first n).
const CASES: &[(&str, &str, usize)] = &[
    // Official numbers however typed
    ("1777-XII", "ua-law-1777-xii", 1),
    ("1777", "ua-law-1777-xii", 1),
    ("1777-xii", "ua-law-1777-xii", 1),
    ("2016/399", "eu-reg-2016-399", 1),
    ("687-р", "ua-cmu-order-687-2019", 1),
    ("687-r", "ua-cmu-order-687-2019", 1),
    ("32016R0399", "eu-reg-2016-399", 1),
    ("4495-VI", "ua-law-4495-vi", 1),
    ("952/2013", "eu-reg-2013-952", 1),
    ("2019/1896", "eu-reg-2019-1896", 1),
    ("1710-VI", "ua-law-1710-vi", 1),
    ("661-IV", "ua-law-661-iv", 1),
    // Ukrainian in any inflected form, apostrophe variants
    ("кордон", "ua-law-1777-xii", 3),
    ("державного кордону", "ua-law-1777-xii", 1),
    ("державний кордон", "ua-law-1777-xii", 1),
    ("прикордонний контроль", "ua-law-1710-vi", 1),
    ("прикордонного контролю", "ua-law-1710-vi", 1),
    ("митний кодекс", "ua-law-4495-vi", 1),
    ("митного кодексу", "ua-law-4495-vi", 1),
    ("біженців", "intl-refugee-convention-1951", 3),
    ("суб'єкти", "section:agencies", 1),
    ("субʼєкти", "section:agencies", 1),
    ("суб’єктів", "section:agencies", 1),
    ("тимчасовий захист", "eu-dir-2001-55", 2),
    ("торгівля людьми", "ua-law-3739-vi", 3),
    ("Національна поліція", "npu", 1),
    ("міграційна служба", "sms", 1),
    // Ukrainian typed in Latin letters (national transliteration)
    ("derzhavnyi kordon", "ua-law-1777-xii", 1),
    ("mytnyi kodeks", "ua-law-4495-vi", 1),
    ("prykordonnyi kontrol", "ua-law-1710-vi", 1),
    // English, with simple stemming
    ("Customs Code", "ua-law-4495-vi", 2),
    ("border control", "ua-law-1710-vi", 1),
    ("refugees", "intl-refugee-convention-1951", 2),
    ("readmission", "eu-ua-readmission-agreement", 1),
    ("temporary protection", "eu-dir-2001-55", 2),
    ("trafficking", "eu-dir-2011-36", 3),
    ("national police", "npu", 1),
    ("visa code", "eu-reg-2009-810", 1),
    ("Union Customs Code", "eu-reg-2013-952", 1),
    ("European Border and Coast Guard", "eu-reg-2019-1896", 1),
    // Abbreviations and common names
    ("ДПСУ", "sbgs", 1),
    ("SBGS", "sbgs", 1),
    ("ДМС", "sms", 1),
    ("EUBAM", "eu-eubam-mou-2005", 1),
    ("ETIAS", "eu-reg-2018-1240", 1),
    ("Шенгенський кодекс", "eu-reg-2016-399", 1),
    ("Schengen Borders Code", "eu-reg-2016-399", 1),
    ("Угода про асоціацію", "eu-ua-association-agreement", 1),
    ("Association Agreement", "eu-ua-association-agreement", 1),
    ("Chicago", "intl-chicago-convention-1944", 1),
    ("Frontex", "eu-frontex-sbgs-working-arrangement-2007", 2),
    ("Фронтекс", "eu-frontex-sbgs-working-arrangement-2007", 2),
    ("стратегія", "section:strategy", 2),
    ("EU4IBM", "section:project", 1),
    // Glossary terms
    ("зелений кордон", "term:green-border", 1),
    ("green border", "term:green-border", 1),
    (
        "чотирирівнева модель",
        "term:four-tier-access-control-model",
        1,
    ),
    ("аналіз ризиків", "term:risk-analysis", 1),
    ("joint control", "term:joint-control", 1),
    ("делімітація", "term:delimitation", 1),
    // A concept's other names find the act that establishes it (the term base's defined_in)
    ("frontex", "eu-reg-2019-1896", 6),
    (
        "агентство прикордонної та берегової охорони",
        "eu-reg-2019-1896",
        2,
    ),
    // The approximation map's components, by their names and the words readers use
    ("пошук і рятування", "component:search-and-rescue", 1),
    ("search and rescue", "component:search-and-rescue", 1),
    ("Schengen evaluation", "component:quality-control", 2),
    ("повернення", "component:return", 5),
    (
        "міжвідомча співпраця",
        "component:inter-agency-cooperation",
        2,
    ),
    (
        "solidarity mechanisms",
        "component:solidarity-mechanisms",
        1,
    ),
    ("основоположні права", "component:fundamental-rights", 2),
    // Small typos in longer words
    ("readmision", "eu-ua-readmission-agreement", 1),
    ("shengen", "eu-reg-2016-399", 2),
    ("schengen borders cdoe", "eu-reg-2016-399", 2),
    ("кородон", "ua-law-1777-xii", 3),
    ("migrtion service", "sms", 1),
    // The acts of 2024–2025 and the martial-law crossing rules, in both languages
    ("4502-IX", "ua-law-4502-ix", 1),
    ("1031/2025", "ua-cmu-res-1031-2025", 1),
    ("837-р", "ua-cmu-order-837-2024", 1),
    ("подвійне громадянство", "ua-law-4502-ix", 3),
    ("multiple citizenship", "ua-law-4502-ix", 3),
    ("dual citizenship", "ua-law-4502-ix", 3),
    ("воєнний стан виїзд чоловіків", "ua-cmu-res-57-1995", 3),
    ("martial law men leave", "ua-cmu-res-57-1995", 3),
    ("захист рослин", "ua-law-4147-ix", 1),
    ("plant protection", "ua-law-4147-ix", 1),
    ("міграційної політики стратегія", "ua-cmu-order-482-2017", 1),
    // The EU acquis added for the approximation map
    ("Schengen evaluation", "eu-reg-2022-922", 3),
    ("Ukraine Facility", "eu-reg-2024-792", 1),
    ("2018/1860", "eu-reg-2018-1860", 1),
];

#[test]
fn quality_set() {
    let idx = index();
    assert!(CASES.len() >= 40);
    let mut failures = Vec::new();
    for (q, want, n) in CASES {
        let got = top(&idx, q, *n);
        if !got.iter().any(|g| g == want) {
            failures.push(format!(
                "{q:?}: expected {want} in the first {n}, got {:?}",
                top(&idx, q, 5)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} queries failed:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn a_query_in_either_language_finds_the_same_act() {
    // The index holds both languages, so the act a Ukrainian query finds first is also
    // among the first results of the English query for the same thing.
    let idx = index();
    for (uk, en) in [
        ("державний кордон", "state border"),
        ("реадмісія", "readmission"),
        ("митний кодекс", "customs code"),
    ] {
        let (u, e) = (top(&idx, uk, 3), top(&idx, en, 3));
        assert!(e.contains(&u[0]), "{uk} → {u:?}; {en} → {e:?}");
    }
}

#[test]
#[ignore]
fn explore() {
    let idx = index();
    let qs = std::env::var("Q").unwrap_or_default();
    for q in qs.split('|') {
        println!("{q:>30} → {:?}", top(&idx, q, 5));
    }
}

/// The index the browser reads (packed at build time, one file per page language) ranks
/// exactly as the one built from the data: the same documents with the same scores for every
/// prefix of every query here and of the benchmark's, and the texts of the file's language.
#[test]
fn the_packed_index_ranks_exactly_as_the_built_one() {
    use collection::search::BENCH_QUERIES;
    use collection::Lang;
    let built = index();
    let queries = CASES.iter().map(|c| c.0).chain(BENCH_QUERIES);
    let prefixes: Vec<String> = queries
        .flat_map(|q| {
            let chars: Vec<char> = q.chars().collect();
            (1..=chars.len()).map(move |end| chars[..end].iter().collect())
        })
        .collect();
    for lang in [Lang::Uk, Lang::En] {
        let files = built.pack(lang);
        let mut read = Index::unpack(&files.index, lang).expect("a packed index unpacks");
        assert!(!read.has_texts());
        read.read_texts(&files.texts).expect("its texts read");
        assert!(read.has_texts());
        assert_eq!(read.docs.len(), built.docs.len());
        for (i, (a, b)) in read.docs.iter().zip(&built.docs).enumerate() {
            assert_eq!(
                (a.kind, &a.page, &a.anchor, &a.title),
                (b.kind, &b.page, &b.anchor, &b.title)
            );
            assert_eq!(a.meta.get(lang), b.meta.get(lang));
            assert_eq!(read.body(i, lang), b.body.get(lang));
        }
        for q in &prefixes {
            let parsed = Query::parse(q);
            let (x, y) = (built.search(&parsed, 50), read.search(&parsed, 50));
            let key = |h: &collection::search::Hit| (h.doc, h.score.to_bits());
            assert_eq!(
                x.iter().map(key).collect::<Vec<_>>(),
                y.iter().map(key).collect::<Vec<_>>(),
                "{lang:?} {q:?}"
            );
        }
    }
}
