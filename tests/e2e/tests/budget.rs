//! The performance budget: bytes (brotli) over the wire before the `<main>` heading of the
//! first view paints — `/uk/` and `/uk/library` (at least 100 acts) at most 16 KB each, and
//! the library's first view nearly flat from the real collection to 10,000 acts.
//! How it is measured: `tests/e2e/src/firstview.rs`. `cargo xtask perf` prints the details.

use collection::model::ActsFile;
use e2e::firstview::{before_heading, library_with, totals, Fetched, BUDGET_HOME, BUDGET_LIBRARY};
use e2e::{data, dist, Site};

fn listing(files: &[Fetched]) -> String {
    files
        .iter()
        .map(|f| format!("  {} {} bytes brotli", f.path, f.brotli))
        .collect::<Vec<_>>()
        .join("\n")
}

fn check(path: &str, files: &[Fetched], budget: u64) -> u64 {
    let total = totals(files).1 .2;
    assert!(
        total <= budget,
        "first view of {path}: {total} bytes brotli before the heading paints, over the budget of {budget}:\n{}",
        listing(files)
    );
    total
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_first_view_stays_within_its_budget() {
    let dist = dist();
    let site = Site::start(dist.clone(), "").await;
    check(
        "/uk/",
        &before_heading(&site, &dist, "/uk/").await,
        BUDGET_HOME,
    );

    let real: ActsFile = data(&dist);
    assert!(
        real.acts.len() >= 100,
        "the budget is for a library of 100 acts or more"
    );
    let library = check(
        "/uk/library",
        &before_heading(&site, &dist, "/uk/library").await,
        BUDGET_LIBRARY,
    );

    // 10,000 acts: the first view must not pay for the acts it does not show.
    let (big, big_site) = library_with(&dist, 10_000).await;
    let files = before_heading(&big_site, &big, "/uk/library").await;
    let at_10k = check("/uk/library with 10,000 acts", &files, BUDGET_LIBRARY);
    assert!(
        at_10k <= library + library / 4,
        "the library's first view grows with the collection: {library} bytes at {} acts, {at_10k} at 10,000:\n{}",
        real.acts.len(),
        listing(&files)
    );
}
