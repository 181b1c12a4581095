use super::*;
use crate::model::{Issuer, Text};
use crate::IsoDate;

#[allow(clippy::too_many_arguments)] // a test helper that reads best as one call per act
fn act(
    id: &str,
    j: Jurisdiction,
    kind: ActType,
    year_date: &str,
    status: ActStatus,
    agencies: &[&str],
    title_uk: &str,
    title_en: &str,
) -> Act {
    Act {
        id: id.into(),
        jurisdiction: j,
        kind,
        number: None,
        celex: None,
        adopted: IsoDate::new(year_date),
        in_force: None,
        issuer: match j {
            Jurisdiction::Ua => "verkhovna-rada".into(),
            Jurisdiction::Eu => "council-of-the-eu".into(),
            Jurisdiction::Intl => "united-nations".into(),
        },
        status,
        status_date: None,
        title: Text::new(title_uk, title_en),
        title_descriptive: false,
        short_title: None,
        summary: Text::new("с", "s"),
        source: "https://example.org/x".into(),
        added: IsoDate::new("2026-11-26"),
        checked: IsoDate::new("2026-11-26"),
        evidence: IsoDate::new("2026-02-21"),
        agencies: agencies.iter().map(|s| s.to_string()).collect(),
        levels: vec!["inter-agency".into()],
        goals: vec![],
        relations: vec![],
    }
}

fn sample() -> ActsFile {
    use ActStatus::*;
    use ActType::*;
    use Jurisdiction::*;
    ActsFile {
        schema: None,
        issuers: vec![Issuer {
            id: "verkhovna-rada".into(),
            name: Text::new("ВРУ", "VRU"),
        }],
        acts: vec![
            act(
                "a",
                Ua,
                Law,
                "1991-11-04",
                Amended,
                &["sbgs"],
                "Про державний кордон України",
                "On the State Border",
            ),
            act(
                "b",
                Ua,
                Law,
                "2009-11-05",
                InForce,
                &["sbgs", "scs"],
                "Про прикордонний контроль",
                "On Border Control",
            ),
            act(
                "c",
                Ua,
                Code,
                "2012-03-13",
                Amended,
                &["scs"],
                "Митний кодекс України",
                "Customs Code",
            ),
            act(
                "d",
                Eu,
                Regulation,
                "2016-03-09",
                Amended,
                &["sbgs"],
                "Шенгенський кодекс",
                "Schengen Borders Code",
            ),
            act(
                "e",
                Eu,
                Regulation,
                "2006-03-15",
                Repealed,
                &[],
                "Регламент 562/2006",
                "Regulation 562/2006",
            ),
            act(
                "f",
                Intl,
                Convention,
                "2000-11-15",
                InForce,
                &["npu"],
                "Конвенція ООН",
                "UN Convention",
            ),
            act(
                "g",
                Ua,
                CmuOrder,
                "2019-07-24",
                Amended,
                &["sbgs", "mia"],
                "«Про схвалення Стратегії»",
                "Approval of the Strategy",
            ),
        ],
    }
}

fn ids(v: &LibraryView) -> Vec<String> {
    v.items.iter().map(|a| a.id.clone()).collect()
}

#[test]
fn default_view_is_everything_newest_first() {
    let acts = sample();
    let v = view(&acts, &LibraryQuery::from_pairs([]), Lang::Uk);
    assert_eq!(ids(&v), ["g", "d", "c", "b", "e", "f", "a"]);
    assert_eq!((v.total, v.page, v.pages), (7, 1, 1));
    assert_eq!(v.facets.years, Some((1991, 2019)));
}

#[test]
fn filters_combine() {
    let acts = sample();
    let q = LibraryQuery::from_pairs([("jurisdiction", "ua"), ("agency", "sbgs")]);
    assert_eq!(ids(&view(&acts, &q, Lang::Uk)), ["g", "b", "a"]);
    let q = LibraryQuery::from_pairs([("jurisdiction", "ua"), ("type", "law"), ("from", "2000")]);
    assert_eq!(ids(&view(&acts, &q, Lang::Uk)), ["b"]);
    let q = LibraryQuery::from_pairs([("status", "repealed")]);
    assert_eq!(ids(&view(&acts, &q, Lang::Uk)), ["e"]);
    let q = LibraryQuery::from_pairs([("from", "2010"), ("to", "2016")]);
    assert_eq!(ids(&view(&acts, &q, Lang::Uk)), ["d", "c"]);
}

#[test]
fn facet_counts_ignore_their_own_filter() {
    let acts = sample();
    let q = LibraryQuery::from_pairs([("jurisdiction", "ua"), ("agency", "sbgs")]);
    let f = view(&acts, &q, Lang::Uk).facets;
    // Jurisdiction counts apply the agency filter only: sbgs acts by jurisdiction.
    assert_eq!(f.jurisdiction.count(&Jurisdiction::Ua), 3);
    assert_eq!(f.jurisdiction.count(&Jurisdiction::Eu), 1);
    assert_eq!(f.jurisdiction.count(&Jurisdiction::Intl), 0);
    // Agency counts apply the jurisdiction filter only: Ukrainian acts by agency.
    assert_eq!(f.agency.count(&"sbgs".to_string()), 3);
    assert_eq!(f.agency.count(&"scs".to_string()), 2);
    assert_eq!(f.agency.count(&"npu".to_string()), 0);
    // Every value in the collection is listed, even at zero.
    assert!(f.agency.values.iter().any(|(a, n)| a == "npu" && *n == 0));
    // Type counts apply both filters.
    assert_eq!(f.kind.count(&ActType::Law), 2);
    assert_eq!(f.kind.count(&ActType::CmuOrder), 1);
    assert_eq!(f.kind.count(&ActType::Code), 0);
}

#[test]
fn sorts_titles_in_each_alphabet() {
    let acts = sample();
    let q = LibraryQuery::from_pairs([("sort", "title"), ("jurisdiction", "ua")]);
    // Ukrainian order: М < П(ро державний) < П(ро прикордонний) < П(ро схвалення), quotes ignored.
    assert_eq!(ids(&view(&acts, &q, Lang::Uk)), ["c", "a", "b", "g"]);
    assert_eq!(ids(&view(&acts, &q, Lang::En)), ["g", "c", "b", "a"]);
    assert!(collation_key("ґанок", Lang::Uk) > collation_key("гора", Lang::Uk));
    assert!(collation_key("їжак", Lang::Uk) < collation_key("йод", Lang::Uk));
    assert!(collation_key("єнот", Lang::Uk) < collation_key("жито", Lang::Uk));
    assert!(collation_key("Яблуко", Lang::Uk) < collation_key("ящик", Lang::Uk));
}

#[test]
fn paginates_and_clamps_the_page() {
    let mut acts = sample();
    let base = acts.acts[0].clone();
    for i in 0..50 {
        let mut a = base.clone();
        a.id = format!("x{i:02}");
        acts.acts.push(a);
    }
    let v = view(&acts, &LibraryQuery::from_pairs([("page", "3")]), Lang::Uk);
    assert_eq!((v.total, v.page, v.pages, v.items.len()), (57, 3, 3, 17));
    let v = view(&acts, &LibraryQuery::from_pairs([("page", "99")]), Lang::Uk);
    assert_eq!(v.page, 3);
    let v = view(&acts, &LibraryQuery::from_pairs([("page", "0")]), Lang::Uk);
    assert_eq!(v.page, 1);
}

#[test]
fn the_query_string_round_trips() {
    let q = LibraryQuery::from_pairs([
        ("page", "2"),
        ("sort", "title"),
        ("level", "inter-agency"),
        ("agency", "sbgs"),
        ("status", "in-force"),
        ("issuer", "verkhovna-rada"),
        ("type", "cmu-order"),
        ("jurisdiction", "ua"),
        ("to", "2020"),
        ("from", "1995"),
    ]);
    let s = q.to_query_string();
    assert_eq!(s, "jurisdiction=ua&type=cmu-order&issuer=verkhovna-rada&status=in-force&agency=sbgs&level=inter-agency&from=1995&to=2020&sort=title&page=2");
    let back = LibraryQuery::from_pairs(s.split('&').filter_map(|p| p.split_once('=')));
    assert_eq!(back, q);
    assert_eq!(LibraryQuery::from_pairs([]).to_query_string(), "");
}

#[test]
fn each_listed_facet_is_read_and_written_by_its_key() {
    let values = [
        "ua",
        "law",
        "verkhovna-rada",
        "in-force",
        "sbgs",
        "inter-agency",
        "border-control",
        "2025",
    ];
    assert_eq!(values.len(), Facet::LISTED.len(), "a value for every facet");
    for (facet, value) in Facet::LISTED.into_iter().zip(values) {
        let mut q = LibraryQuery::from_pairs([(facet.key(), value)]);
        assert_eq!(q.value(facet).as_deref(), Some(value), "{facet:?}");
        assert_eq!(q.active_filters(), 1, "{facet:?}");
        assert_eq!(q.to_query_string(), format!("{}={value}", facet.key()));
        q.set_value(facet, Some("Not An Id!"));
        assert_eq!(
            q.value(facet),
            None,
            "{facet:?} keeps a value that does not parse"
        );
        q.set_value(facet, Some(value));
        q.set_value(facet, None);
        assert_eq!(q, LibraryQuery::from_pairs([]), "{facet:?}");
    }
    let mut years = LibraryQuery::from_pairs([("from", "2000")]);
    years.set_value(Facet::Years, Some("2001"));
    assert_eq!((years.value(Facet::Years), years.from), (None, Some(2000)));
    assert_eq!(years.active_filters(), 1);
}

#[test]
fn unknown_values_are_ignored_not_errors() {
    let acts = sample();
    let q = LibraryQuery::from_pairs([
        ("jurisdiction", "mars"),
        ("type", "<script>"),
        ("status", ""),
        ("from", "abc"),
        ("to", "99999"),
        ("sort", "random"),
        ("page", "-4"),
        ("agency", "kgb"),
        ("issuer", "Not A Slug"),
        ("colour", "red"),
    ])
    .normalized(&acts);
    assert_eq!(
        q,
        LibraryQuery {
            page: 1,
            ..Default::default()
        }
    );
    assert!(!q.is_filtered());
    // A swapped year range is read the right way round.
    let q = LibraryQuery::from_pairs([("from", "2016"), ("to", "2009")]);
    assert_eq!((q.from, q.to), (Some(2009), Some(2016)));
}

#[test]
fn the_address_of_a_view_carries_its_query() {
    let mut q = LibraryQuery::from_pairs([]);
    assert_eq!(q.href("/uk/library"), "/uk/library");
    q.kind = Some(ActType::Law);
    q.page = 2;
    assert_eq!(q.href("/uk/library"), "/uk/library?type=law&page=2");
}

#[test]
fn what_the_page_shows_names_only_what_its_filters_offer() {
    let acts = sample();
    let agencies: crate::model::AgenciesFile = crate::fixture();
    let coop: crate::model::CooperationFile = crate::fixture();
    let map: crate::model::ComponentsFile = crate::fixture();
    let mut q = LibraryQuery::from_pairs([("type", "law"), ("agency", "no-such-agency")]);
    q.page = 1;
    let shown = Shown::compute(&acts, (&agencies, &coop, &map), q, Lang::En);
    // The unknown agency is dropped from the query as applied.
    assert_eq!(shown.query.agency, None);
    assert_eq!(shown.view.total, 2);
    // Result cards carry the outline of each act, not its summary or relations.
    assert!(shown
        .view
        .items
        .iter()
        .all(|a| a.summary.en.is_empty() && a.source.is_empty()));
    assert_eq!(
        shown.issuer("verkhovna-rada").map(|t| t.en.as_str()),
        Some("VRU")
    );
    // Only agencies some act names are offered.
    for a in &shown.agencies {
        assert!(acts.acts.iter().any(|x| x.agencies.contains(&a.id)));
        assert!(a.abbreviation.is_some());
    }
}

#[test]
fn what_the_page_shows_is_in_its_language_only() {
    let acts = sample();
    let agencies: crate::model::AgenciesFile = crate::fixture();
    let coop: crate::model::CooperationFile = crate::fixture();
    let map: crate::model::ComponentsFile = crate::fixture();
    for lang in Lang::ALL {
        let other = Lang::ALL.into_iter().find(|l| *l != lang).unwrap();
        let shown = Shown::compute(
            &acts,
            (&agencies, &coop, &map),
            LibraryQuery::default(),
            lang,
        );
        assert!(!shown.view.items.is_empty() && !shown.agencies.is_empty());
        let mut texts: Vec<&Text> = Vec::new();
        for a in &shown.view.items {
            let full = acts.act(&a.id).unwrap();
            assert_eq!(a.title.get(lang), full.title.get(lang));
            assert_eq!(a.display_title().get(lang), full.display_title().get(lang));
            texts.extend([&a.title, &a.summary]);
            texts.extend(&a.short_title);
        }
        for n in shown
            .issuers
            .iter()
            .chain(&shown.agencies)
            .chain(&shown.levels)
        {
            assert!(!n.name.get(lang).is_empty(), "{}", n.id);
            texts.push(&n.name);
            texts.extend(&n.abbreviation);
        }
        assert!(
            texts.iter().all(|t| t.get(other).is_empty()),
            "{lang:?}: {other:?} text travels with the page"
        );
    }
}

#[test]
fn sorts_by_date_added_checked_or_of_evidence() {
    let mut acts = sample();
    acts.acts[1].added = IsoDate::new("2026-11-29");
    acts.acts[2].checked = IsoDate::new("2026-11-29");
    acts.acts[3].evidence = IsoDate::new("2026-04-10");
    for (sort, first) in [
        (Sort::Added, &acts.acts[1].id),
        (Sort::Checked, &acts.acts[2].id),
        (Sort::Evidence, &acts.acts[3].id),
    ] {
        let mut q = LibraryQuery::from_pairs([("sort", sort.slug())]);
        assert_eq!(q.sort, sort);
        q.page = 1;
        let v = view(&acts, &q, Lang::En);
        assert_eq!(&v.items[0].id, first, "{sort:?}");
        assert_eq!(
            LibraryQuery::from_pairs([("sort", sort.slug())]).to_query_string(),
            format!("sort={}", sort.slug())
        );
    }
}

#[test]
fn counts_the_active_filters_as_a_reader_sees_them() {
    assert_eq!(LibraryQuery::default().active_filters(), 0);
    let sorted = LibraryQuery::from_pairs([("sort", "title"), ("page", "3")]);
    assert_eq!(
        sorted.active_filters(),
        0,
        "sorting and paging are not filters"
    );
    assert!(!sorted.is_filtered());
    let q = LibraryQuery::from_pairs([("type", "law"), ("status", "in-force")]);
    assert_eq!(q.active_filters(), 2);
    // A range of years is one filter, whichever ends are set.
    let years =
        LibraryQuery::from_pairs([("from", "2004"), ("to", "2010"), ("jurisdiction", "eu")]);
    assert_eq!(years.active_filters(), 2);
    assert_eq!(
        LibraryQuery::from_pairs([("to", "2010")]).active_filters(),
        1
    );
    assert_eq!(years.cleared().active_filters(), 0);
}

#[test]
fn filters_by_the_year_of_the_evidence_and_counts_each_year_newest_first() {
    let mut acts = sample();
    acts.acts[0].evidence = IsoDate::new("2025-08-26");
    acts.acts[4].evidence = IsoDate::new("2024-06");
    let q = LibraryQuery::from_pairs([("evidence", "2025")]);
    let v = view(&acts, &q, Lang::En);
    assert_eq!(ids(&v), vec!["a"]);
    let years: Vec<u16> = v.facets.evidence.values.iter().map(|(y, _)| *y).collect();
    assert_eq!(years, vec![2026, 2025, 2024], "newest first");
    assert_eq!(v.facets.evidence.count(&2024), 1);
    assert_eq!(
        v.facets.evidence.count(&2026),
        acts.acts.len() - 2,
        "a facet's counts ignore its own filter"
    );
    let none = LibraryQuery::from_pairs([("evidence", "1999")]);
    assert_eq!(view(&acts, &none, Lang::En).total, 0);
}

#[test]
fn the_component_filter_keeps_the_acts_the_map_links_and_counts_each_component() {
    let acts: ActsFile = crate::fixture();
    let agencies: crate::model::AgenciesFile = crate::fixture();
    let coop: crate::model::CooperationFile = crate::fixture();
    let map: crate::model::ComponentsFile = crate::fixture();
    let files = (&agencies, &coop, &map);
    let q = LibraryQuery::from_pairs([("component", "border-control")]);
    let shown = Shown::compute(&acts, files, q.clone(), Lang::En);
    let ids: Vec<&str> = shown.view.items.iter().map(|a| a.id.as_str()).collect();
    // Listed on Ukraine's side, and the component's EU act (newest first); nothing else.
    assert_eq!(ids, ["eu-reg-2016-399", "ua-law-1777-xii"]);
    assert_eq!(
        shown
            .view
            .facets
            .component
            .count(&"fundamental-rights".to_string()),
        1
    );
    assert_eq!(shown.components.len(), 2);
    // A relation that aligns an act with the component's acquis brings it in, unwritten.
    let acts = crate::fixture_aligned();
    let shown = Shown::compute(&acts, files, q, Lang::En);
    assert_eq!(shown.view.total, 3);
    // An id the map does not have is dropped, as for the other facets.
    let unknown = LibraryQuery::from_pairs([("component", "no-such-component")]);
    let shown = Shown::compute(&acts, files, unknown, Lang::En);
    assert_eq!(shown.query.component, None);
    assert_eq!(shown.view.total, acts.acts.len());
}
