//! The section pages' own parts: the timeline's chart and its text equivalent, the
//! coordination diagram, the strategy's and the projects' time charts and figures, and the
//! share links every page offers.

use collection::i18n;
use collection::model::{ActsFile, AgenciesFile, Jurisdiction};
use collection::Lang;
use e2e::{count_acts, data, dist, Browser, Fixture, Site};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_timeline_has_a_chart_with_a_text_equivalent_and_filters() {
    let Fixture { site, b, dist } = Fixture::start("en").await;
    let acts: ActsFile = data(&dist);
    b.open(&site.url("/en/timeline")).await;
    assert_eq!(
        b.text("svg[role=img] > title").await,
        i18n::TIMELINE_CHART.en
    );
    // Bars are real SVG elements with a size (not HTML elements lost inside the SVG).
    let drawn = b
        .eval("[...document.querySelectorAll('svg rect.bar')].filter(r => r.namespaceURI === 'http://www.w3.org/2000/svg' && r.getBBox().height > 0).length")
        .await
        .as_u64()
        .unwrap();
    assert!(drawn > 10, "only {drawn} bars drawn");
    let desc = b.text("svg desc").await;
    assert!(
        desc.starts_with(&collection::i18n::ACTS_COUNT.count(Lang::En, acts.acts.len() as u64)),
        "{desc}"
    );
    assert_eq!(b.count(".timeline-act").await, acts.acts.len() as u64);
    b.choose("#jurisdiction", "eu").await;
    b.wait_path("/en/timeline?jurisdiction=eu").await;
    let eu = count_acts(&acts, |a| a.jurisdiction == Jurisdiction::Eu);
    b.wait_for(
        &format!("document.querySelectorAll('.timeline-act').length === {eu}"),
        "EU acts only",
    )
    .await;
    assert_eq!(b.count(".timeline-act--eu").await, eu);
    // Deep link with the filter.
    b.open(&site.url("/uk/timeline?jurisdiction=intl")).await;
    assert_eq!(
        b.count(".timeline-act").await,
        count_acts(&acts, |a| a.jurisdiction == Jurisdiction::Intl)
    );
    assert_eq!(
        b.eval_str("document.querySelector('#jurisdiction').value")
            .await,
        "intl"
    );
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_coordination_diagram_links_every_agency_and_has_a_text_equivalent() {
    let Fixture { site, b, dist } = Fixture::start("en").await;
    let agencies: AgenciesFile = data(&dist);
    b.open(&site.url("/en/agencies")).await;
    // One SVG link per agency, each to its page; bodies are not links.
    let hrefs = b
        .eval("[...document.querySelectorAll('.diagram svg a')].map(a => a.getAttribute('href'))")
        .await;
    let mut hrefs: Vec<String> = hrefs
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    hrefs.sort();
    let mut want: Vec<String> = agencies
        .agencies
        .iter()
        .map(|a| format!("/en/agencies/{}", a.id))
        .collect();
    want.sort();
    assert_eq!(hrefs, want);
    assert_eq!(
        b.eval_str("document.querySelector('.diagram svg').getAttribute('role')")
            .await,
        "group"
    );
    // The text equivalent nests agencies under their coordinator.
    let sbgs_parent = b.eval_str("document.querySelector('.diagram__list a[href=\"/en/agencies/sbgs\"]').closest('ul').closest('li').querySelector('a').getAttribute('href')").await;
    assert_eq!(sbgs_parent, "/en/agencies/mia");
    // A node leads to its agency, within the app.
    b.click(".diagram svg a[href='/en/agencies/scs']").await;
    b.wait_heading(&agencies.agency("scs").unwrap().name.en)
        .await;
    b.wait_path("/en/agencies/scs").await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn strategy_and_project_pages_draw_their_timelines_and_figures() {
    let Fixture { site, b, dist } = Fixture::start("uk").await;
    let strategy: collection::model::StrategyFile = data(&dist);
    let projects: collection::model::ProjectsFile = data(&dist);
    b.open(&site.url("/uk/strategy")).await;
    let lanes = 1 + strategy.goals.len() + strategy.action_plans.len();
    assert_eq!(
        b.count(".timechart:not(.figures-chart) .timechart__label")
            .await as usize,
        lanes
    );
    assert!(
        b.eval_str("document.querySelector('.timechart svg').getAttribute('aria-label')")
            .await
            .len()
            > 20
    );
    // Figures drawn to scale, with the same numbers in the table.
    let r = strategy
        .monitoring
        .reports
        .iter()
        .find(|r| r.indicators_planned.is_some())
        .unwrap();
    let ratio = b.eval("document.querySelector('rect.figures__met').getBBox().width / document.querySelector('rect.figures__rest').getBBox().width").await.as_f64().unwrap();
    let want = r.indicators_met.unwrap() as f64 / r.indicators_planned.unwrap() as f64;
    assert!((ratio - want).abs() < 0.01, "{ratio} vs {want}");
    assert!(b
        .text("table")
        .await
        .contains(&r.indicators_met.unwrap().to_string()));
    b.open(&site.url("/en/project")).await;
    assert_eq!(
        b.count(".timechart .timechart__label").await as usize,
        projects.projects.len()
    );
    let outputs: usize = projects.projects.iter().map(|p| p.outputs.len()).sum();
    assert_eq!(b.count(".timechart circle").await as usize, outputs);
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_offers_share_links_and_copy_link() {
    let site = Site::start(dist(), "").await;
    let b = Browser::start("uk").await;
    b.open(&site.url("/uk/library/eu-reg-2016-399")).await;
    let links = b
        .eval_str("[...document.querySelectorAll('.share__link')].map(a => a.href).join('\\n')")
        .await;
    // The page's public address, as the build was told it (`--origin`), not the test
    // server's: what a reader shares is the collection's own address.
    let here = b
        .eval_str("document.querySelector('link[rel=canonical]').href")
        .await;
    assert!(
        here.starts_with("https://") && here.ends_with("/uk/library/eu-reg-2016-399"),
        "{here}"
    );
    let encoded = collection::route::encode_query_value(&here);
    for prefix in [
        "https://www.facebook.com/sharer/sharer.php?u=",
        "https://x.com/intent/post?url=",
        "https://www.linkedin.com/sharing/share-offsite/?url=",
        "https://t.me/share/url?url=",
        "mailto:?subject=",
    ] {
        let line = links
            .lines()
            .find(|l| l.starts_with(prefix))
            .unwrap_or_else(|| panic!("no {prefix} in {links}"));
        assert!(line.contains(&encoded), "{line} should carry {here}");
    }
    assert!(b.eval_str("[...document.querySelectorAll('.share__link')].every(a => a.rel.includes('noopener') && a.rel.includes('noreferrer'))").await == "true");
    // Plain links only: nothing was loaded from those sites.
    let foreign = b.eval_str("performance.getEntriesByType('resource').filter(e => !e.name.startsWith(location.origin)).length").await;
    assert_eq!(foreign, "0");
    b.click(".share__copy").await;
    b.wait_for(
        "document.querySelector('.share__feedback').textContent.length > 0",
        "copy feedback",
    )
    .await;
    let fb = b.text(".share__feedback").await;
    assert!(
        fb == i18n::LINK_COPIED.uk || fb == i18n::LINK_COPY_FAILED.uk,
        "{fb}"
    );
    b.close().await;
}

/// The approximation map: every component with its part, the matrix linking through to the
/// agencies, links back from agency and act pages, the library filtered by a component, the
/// search finding a component, and the map's files to take away.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_approximation_map_links_both_ways_and_filters_the_library() {
    use collection::library::{LibraryQuery, Shown};
    use collection::model::{ComponentsFile, CooperationFile};
    use collection::route::{Page, Section};
    let Fixture { site, b, dist } = Fixture::start("uk").await;
    let (map, acts): (ComponentsFile, ActsFile) = (data(&dist), data(&dist));
    let agencies: AgenciesFile = data(&dist);
    let page = Page::Section(Section::Approximation);
    let marks: usize = map.components.iter().map(|c| c.agencies.len()).sum();
    for lang in Lang::ALL {
        let heading = i18n::section_title(Section::Approximation).get(lang);
        assert_eq!(b.open(&site.url(&page.path(lang))).await, heading);
        assert_eq!(
            b.count("section.component").await,
            map.components.len() as u64
        );
        assert_eq!(
            b.count(".matrix tbody tr").await,
            map.components.len() as u64
        );
        assert_eq!(b.count(".matrix__mark a").await, marks as u64);
        // Where the words were not checked, the page says so and links to the Regulation.
        let unworded = map
            .components
            .iter()
            .filter(|c| c.wording.is_none())
            .count();
        assert_eq!(
            b.count("section.component > p.muted > a.external").await,
            unworded as u64
        );
    }
    // A cell leads to the agency, whose page leads back to the component.
    let first = &map.components[0];
    // The row's first mark is in the first of its agencies' columns (the directory's order).
    let agency = agencies
        .agencies
        .iter()
        .find(|a| first.agencies.contains(&a.id))
        .unwrap();
    b.click(".matrix tbody tr:first-child .matrix__mark a")
        .await;
    b.wait_heading(&agency.name.en).await;
    let back = page.anchored(Lang::En, &first.id);
    let selector = format!("a[href$='{back}']");
    assert_eq!(b.count(&selector).await, 1, "{selector}");
    // An EU act of a component lists the components it serves.
    let sar = map.component("search-and-rescue").unwrap();
    b.open(&site.url(&Page::Act(sar.eu_acts[0].clone()).path(Lang::Uk)))
        .await;
    let back = page.anchored(Lang::Uk, &sar.id);
    assert_eq!(b.count(&format!("a[href$='{back}']")).await, 1);
    // The library by component, from a deep link: the filter shows it, the list is the map's.
    let coop: CooperationFile = data(&dist);
    let q = LibraryQuery::from_pairs([("component", "return")]);
    let shown = Shown::compute(&acts, (&agencies, &coop, &map), q.clone(), Lang::En);
    assert!(shown.view.total >= map.component("return").unwrap().eu_acts.len());
    b.open(&site.url(&q.href("/en/library"))).await;
    assert_eq!(
        b.eval_str("document.querySelector('#component').value")
            .await,
        "return"
    );
    let count = i18n::results_found(Lang::En, shown.view.total as u64);
    assert_eq!(b.text(".results__count").await, count);
    // Search finds a component by its name, and the result opens its part of the map.
    b.open(&site.url("/uk/search?q=пошук і рятування")).await;
    let link = page.anchored(Lang::Uk, "search-and-rescue");
    assert_eq!(
        b.count(&format!(".search-results a[href$='{link}']")).await,
        1
    );
    // The files to take away: a row per component, and JSON with every component.
    let csv = std::fs::read_to_string(dist.join("downloads/approximation.csv")).unwrap();
    assert_eq!(csv.lines().count(), map.components.len() + 1);
    let json: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dist.join("downloads/approximation.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        json["components"].as_array().unwrap().len(),
        map.components.len()
    );
}
