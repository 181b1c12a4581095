//! Accessibility as axe-core sees it: every kind of page in both languages.

use collection::model::{ActsFile, AgenciesFile};
use collection::Route;
use e2e::{data, dist, Browser, Site};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_kind_of_page_passes_an_axe_audit_in_both_languages() {
    let dist = dist();
    let agencies: AgenciesFile = data(&dist);
    let acts: ActsFile = data(&dist);
    // Every route except the 142 act pages, which share one template: of those, one of each
    // jurisdiction and status.
    let mut sample: Vec<&str> = Vec::new();
    for a in &acts.acts {
        if !sample.iter().any(|id| {
            let b = acts.act(id).unwrap();
            b.jurisdiction == a.jurisdiction && b.status == a.status
        }) {
            sample.push(&a.id);
        }
    }
    let routes: Vec<Route> = Route::all_pages(
        agencies.agencies.iter().map(|a| a.id.as_str()),
        sample.iter().copied(),
    );
    let site = Site::start(dist, "").await;
    let b = Browser::start("uk").await;
    let axe = e2e::browser::axe_source();
    let mut failures = Vec::new();
    let mut extra = vec![
        "/uk/library?jurisdiction=ua&page=2".to_string(),
        "/en/search?q=border".to_string(),
        "/uk/search?q=qqqzzz".to_string(),
        "/uk/no-such-page".to_string(),
    ];
    let mut paths: Vec<String> = routes
        .iter()
        .map(|r| match r {
            Route::Page(lang, page) => page.path(*lang),
            _ => unreachable!(),
        })
        .collect();
    paths.append(&mut extra);
    for path in &paths {
        b.open(&site.url(path)).await;
        for v in b.axe(&axe).await {
            failures.push(format!("{path}: {v}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} axe violation(s) on {} pages:\n{}",
        failures.len(),
        paths.len(),
        failures.join("\n")
    );
    b.close().await;
}
