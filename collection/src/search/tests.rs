use super::*;
use crate::files::DataFile;

fn load<T: DataFile>() -> T {
    crate::fixture()
}

/// The fixture's files, owned, for [`Searched`].
struct Files(
    SiteFile,
    AgenciesFile,
    ActsFile,
    GlossaryFile,
    ComponentsFile,
    TermsFile,
);

impl Files {
    fn load() -> Files {
        Files(load(), load(), load(), load(), load(), load())
    }

    fn searched(&self) -> Searched<'_> {
        let Files(site, agencies, acts, glossary, map, terms) = self;
        Searched {
            site,
            agencies,
            acts,
            glossary,
            map,
            terms,
        }
    }
}

fn index() -> Index {
    Index::of_collection(&Files::load().searched())
}

#[test]
fn finds_and_highlights() {
    let idx = index();
    let q = Query::parse("кордон");
    let _ = idx.search(&q, 10);
    let segs = idx.highlight("Про державний кордон України та кордони", &q);
    let hits: Vec<_> = segs
        .iter()
        .filter(|s| s.hit)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(hits, ["кордон", "кордони"]);
    let joined: String = segs.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(joined, "Про державний кордон України та кордони");
}

#[test]
fn odd_queries_do_not_panic_and_are_bounded() {
    let idx = index();
    for q in [
        "",
        "   ",
        "😀",
        "\u{0}\u{1b}[31m",
        "'",
        "’",
        "-",
        "/",
        "?!*",
        "a",
        &"кордон ".repeat(2000),
        &"x".repeat(10_000),
    ] {
        let parsed = Query::parse(q);
        assert!(parsed.words.len() <= MAX_QUERY_WORDS);
        let _ = idx.search(&parsed, 20);
        let _ = idx.excerpt("Про державний кордон", &parsed, 50);
    }
}

#[test]
fn excerpt_centres_on_the_first_match() {
    let idx = index();
    let long = format!(
        "{} Шенгенський кодекс {}",
        "слово ".repeat(40),
        "кінець ".repeat(40)
    );
    let segs = idx.excerpt(&long, &Query::parse("шенгенський"), 80);
    assert!(segs.first().unwrap().text.starts_with('…'));
    assert!(segs.iter().any(|s| s.hit && s.text == "Шенгенський"));
    let len: usize = segs.iter().map(|s| s.text.chars().count()).sum();
    assert!(len <= 80 + 4, "{len}");
}

#[test]
fn every_document_kind_is_indexed() {
    let idx = index();
    let kinds: std::collections::HashSet<_> = idx.docs.iter().map(|d| d.kind).collect();
    assert_eq!(kinds.len(), 4);
}

#[test]
fn highlighting_rebuilds_the_text_exactly() {
    let idx = index();
    for (text, q) in [
        ("Про державний кордон України", "кордон"),
        ("Суб’єкти та суб'єкти", "субʼєкти"),
        ("Regulation (EU) 2016/399 — Schengen", "2016/399 schengen"),
        ("😀 кордон 😀\u{7}", "кордон"),
        ("", "x"),
        ("ʼʼ’’", "’"),
    ] {
        let segs = idx.highlight(text, &Query::parse(q));
        let rebuilt: String = segs.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(rebuilt, text);
    }
}

#[test]
fn records_hold_the_indexed_documents_and_texts() {
    let owned = Files::load();
    let files = owned.searched();
    let idx = Index::of_collection(&files);
    let recs = records(&files);
    assert_eq!(recs.len(), idx.docs.len());
    for (r, d) in recs.iter().zip(&idx.docs) {
        assert_eq!(r.url, d.path(Lang::Uk));
        assert_eq!(r.title, d.title.uk);
        assert_eq!(r.language, "uk");
        assert!(r.content.contains(&d.title.uk) && r.content.contains(&d.title.en));
    }
    let urls: std::collections::HashSet<_> = recs.iter().map(|r| &r.url).collect();
    assert_eq!(urls.len(), recs.len(), "urls are unique");
}

#[test]
fn a_concept_the_term_base_says_an_act_establishes_finds_that_act() {
    let owned = Files::load();
    let mut terms: TermsFile = load();
    let found = |terms: &TermsFile, q: &str| -> Vec<String> {
        let idx = Index::of_collection(&Searched {
            terms,
            ..owned.searched()
        });
        idx.search(&Query::parse(q), 5)
            .into_iter()
            .map(|h| idx.docs[h.doc].path(Lang::En))
            .collect()
    };
    let schengen = Page::Act("eu-reg-2016-399".into()).path(Lang::En);
    assert!(!found(&terms, "Frontex").contains(&schengen));
    terms.concepts[0].id = "frontex".into();
    terms.concepts[0].term = Text::new("агентство Frontex", "Frontex agency");
    terms.concepts[0].defined_in = Some(crate::model::DefinedIn {
        act: "eu-reg-2016-399".into(),
        article: None,
    });
    assert!(found(&terms, "Frontex").contains(&schengen));
    assert!(found(&terms, "агентство").contains(&schengen));
    // A term defined in one article of an act is a detail of it: the act is not found by it.
    terms.concepts[0].defined_in.as_mut().unwrap().article = Some("2(8)".into());
    assert!(!found(&terms, "Frontex").contains(&schengen));
}

#[test]
fn results_html_lists_links_under_the_base_with_the_matches_marked() {
    let idx = index();
    let html = html::results(&idx, "кордон", Lang::Uk, "/ibm");
    assert!(
        html.starts_with("<p class=\"results__count\" role=\"status\">"),
        "{html}"
    );
    assert!(html.contains("<ol class=\"search-results\"><li class=\"search-result search-result--"));
    assert!(
        html.contains("<a href=\"/ibm/uk/"),
        "links carry the base: {html}"
    );
    assert!(html.contains("<mark>"), "{html}");
    let items = html.matches("<li class=\"search-result ").count();
    assert!(items > 0 && items <= html::LIMIT);
    // The count says how many, with the Ukrainian plural.
    let count = i18n::RESULTS_COUNT.count(Lang::Uk, items as u64);
    assert!(
        html.contains(&format!("role=\"status\">{count}</p>")),
        "{html}"
    );
    let en = html::results(&idx, "border", Lang::En, "");
    assert!(en.contains("<a href=\"/en/"), "{en}");
}

#[test]
fn results_html_escapes_what_the_reader_typed() {
    let idx = index();
    let html = html::results(&idx, "<img src=x onerror=alert(1)> zzzqqq", Lang::Uk, "");
    assert!(!html.contains("<img"), "{html}");
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "{html}"
    );
    assert!(
        html.contains("<ul class=\"suggestions\">"),
        "nothing found offers other ways in"
    );
}

#[test]
fn results_html_without_a_query_is_the_prompt_and_other_ways_in() {
    let idx = index();
    for q in ["", "   ", "?!*"] {
        assert_eq!(
            html::results(&idx, q, Lang::En, "/x"),
            html::empty(Lang::En, "/x")
        );
    }
    let empty = html::empty(Lang::Uk, "");
    assert!(empty.contains(i18n::SEARCH_EMPTY.uk));
    assert!(empty.contains("href=\"/uk/search?q="));
    assert!(empty.contains("href=\"/uk/library\""));
}

#[test]
fn a_damaged_index_file_is_an_error_not_a_panic() {
    let files = index().pack(Lang::Uk);
    let bytes = files.index.clone();
    assert!(Index::unpack(&bytes, Lang::Uk).is_ok());
    assert!(
        matches!(Index::unpack(&bytes, Lang::En), Err(packed::UnpackError::Corrupt(why)) if why.contains("\"uk\"")),
        "the Ukrainian pages' file is refused for English pages"
    );
    assert_eq!(
        Index::unpack(&[], Lang::Uk).err(),
        Some(packed::UnpackError::Format(0))
    );
    let mut other = bytes.clone();
    other[0] = 99;
    assert_eq!(
        Index::unpack(&other, Lang::Uk).err(),
        Some(packed::UnpackError::Format(99))
    );
    // Cut anywhere, or with bytes changed, it is refused or read; never a panic, neither
    // reading it nor searching what was read.
    for cut in (1..bytes.len()).step_by(bytes.len() / 97 + 1) {
        assert!(
            Index::unpack(&bytes[..cut], Lang::Uk).is_err(),
            "cut at {cut}"
        );
    }
    let search_all = |read: &Index| {
        for q in ["кордон", "border", "1777", "шенген", "кородон"] {
            std::hint::black_box(html::results(read, q, Lang::Uk, ""));
        }
    };
    for at in (1..bytes.len()).step_by(bytes.len() / 89 + 1) {
        let mut b = bytes.clone();
        b[at] ^= 0x5a;
        if let Ok(read) = Index::unpack(&b, Lang::Uk) {
            search_all(&read);
        }
    }
    // The texts likewise: refused when cut, changed or of another build; the index stays
    // whole and searchable either way.
    let mut read = Index::unpack(&bytes, Lang::Uk).unwrap();
    let texts = &files.texts;
    for cut in (1..texts.len()).step_by(texts.len() / 53 + 1) {
        assert!(
            read.read_texts(&texts[..cut]).is_err(),
            "texts cut at {cut}"
        );
    }
    for at in (1..texts.len()).step_by(texts.len() / 59 + 1) {
        let mut t = texts.clone();
        t[at] ^= 0x5a;
        assert!(read.read_texts(&t).is_err(), "texts changed at {at}");
        assert!(!read.has_texts());
        search_all(&read);
    }
    let mut changed = index();
    changed.docs[0].body.uk.push_str(" змінено");
    let newer = changed.pack(Lang::Uk);
    assert_eq!(
        read.read_texts(&newer.texts).err(),
        Some(packed::UnpackError::Corrupt(
            "texts of another build than the index".into()
        ))
    );
    let without = html::results(&read, "кордон", Lang::Uk, "");
    assert!(
        without.contains("search-result__title") && !without.contains("search-result__excerpt")
    );
    assert!(read.read_texts(&files.texts).is_ok());
    assert!(read.has_texts());
    assert_eq!(
        html::results(&read, "кордон", Lang::Uk, ""),
        html::results(&index(), "кордон", Lang::Uk, ""),
        "with its texts, the read index shows what the built one does"
    );
}
