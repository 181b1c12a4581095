//! Performance figures for the first view, printed by `cargo xtask perf` (ignored in the normal
//! run; the budget itself is enforced by `tests/budget.rs`): bytes over the wire before the
//! `<main>` heading paints and until the app is in charge (raw, gzip, brotli, by kind) for
//! `/uk/` and `/uk/library`, the library also at 10,000 acts; and the time to that heading in
//! headless Chromium next to a plain static page with the same home-page text, served by the
//! same server. Method: `tests/e2e/src/firstview.rs`.

use collection::model::ActsFile;
use e2e::firstview::{
    before_heading, heading_paint_ms, library_with, totals, until_ready, Fetched, BUDGET_HOME,
    BUDGET_LIBRARY,
};
use e2e::{dist, Browser, Site};
use std::path::Path;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

/// The home page's text as a plain static HTML page, same stylesheet.
fn static_home(dist: &Path) -> String {
    let site: collection::model::SiteFile = e2e::data(dist);
    let css = std::fs::read_dir(dist)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .find(|n| n.starts_with("main-") && n.ends_with(".css"))
        .unwrap();
    let mut body = format!(
        "<main id=\"main-content\"><h1>{}</h1><p class=\"lead\">{}</p>",
        collection::i18n::SITE_NAME.uk,
        site.lead.uk
    );
    for s in &site.sections {
        body.push_str(&format!(
            "<h3>{}</h3><p>{}</p>",
            collection::i18n::section_nav(s.section).uk,
            s.summary.uk
        ));
    }
    for p in &site.about {
        body.push_str(&format!("<p>{}</p>", p.uk));
    }
    format!("<!DOCTYPE html><html lang=\"uk\"><head><meta charset=\"utf-8\"><title>static</title><link rel=\"stylesheet\" href=\"/{css}\"></head><body>{body}</main></body></html>")
}

fn print_rows(label: &str, files: &[Fetched]) -> u64 {
    let (by_kind, total) = totals(files);
    for (k, (r, g, b)) in by_kind {
        println!("{label:<30} {k:<6} {r:>10} {g:>10} {b:>10}");
    }
    println!(
        "{label:<30} {:<6} {:>10} {:>10} {:>10}",
        "total", total.0, total.1, total.2
    );
    total.2
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore]
async fn first_view_figures() {
    let dist = dist();
    let site = Site::start(dist.clone(), "").await;
    site.set_override_typed(
        "/static-home.html",
        200,
        "text/html; charset=utf-8",
        &static_home(&dist),
    );
    let real: ActsFile = e2e::data(&dist);
    let (big, big_site) = library_with(&dist, 10_000).await;
    let n = real.acts.len();
    let cases = [
        (format!("/uk/ ({n} acts)"), &site, &dist, "/uk/"),
        (
            format!("/uk/library ({n} acts)"),
            &site,
            &dist,
            "/uk/library",
        ),
        (
            "/uk/library (10,000 acts)".to_string(),
            &big_site,
            &big,
            "/uk/library",
        ),
    ];

    println!("\nBytes before the <main> heading paints (empty cache, 400 kbit/s, 150 ms RTT):");
    println!(
        "{:<30} {:<6} {:>10} {:>10} {:>10}",
        "page", "kind", "raw", "gzip", "brotli"
    );
    let mut first = Vec::new();
    for (label, s, d, path) in &cases {
        first.push((
            label.clone(),
            print_rows(label, &before_heading(s, d, path).await),
        ));
    }
    println!("\nBytes until the app is in charge (its code and the data the page shows):");
    println!(
        "{:<30} {:<6} {:>10} {:>10} {:>10}",
        "page", "kind", "raw", "gzip", "brotli"
    );
    for (label, s, d, path) in &cases {
        print_rows(label, &until_ready(s, d, path).await);
    }

    println!("\nTime to the <main> heading's paint, median of 10 loads (ms, no throttling):");
    println!("{:<22} {:>10} {:>10}", "page", "cold", "warm");
    let mut rows = Vec::new();
    for (label, path) in [
        ("app /uk/", "/uk/"),
        ("static page, same text", "/static-home.html"),
    ] {
        let (mut cold, mut warm) = (Vec::new(), Vec::new());
        for _ in 0..10 {
            let b = Browser::start("uk").await;
            cold.push(heading_paint_ms(&b, &site.url(path)).await);
            warm.push(heading_paint_ms(&b, &site.url(path)).await);
            b.close().await;
        }
        let (c, w) = (median(cold), median(warm));
        println!("{label:<22} {c:>10.1} {w:>10.1}");
        rows.push((c, w));
    }
    println!(
        "{:<22} {:>10.2} {:>10.2}",
        "ratio app / static",
        rows[0].0 / rows[1].0,
        rows[0].1 / rows[1].1
    );
    println!();
    for (label, br) in first {
        let budget = if label.starts_with("/uk/ ") {
            BUDGET_HOME
        } else {
            BUDGET_LIBRARY
        };
        println!(
            "budget {label}: {br} of {budget} bytes brotli — {}",
            if br <= budget { "within" } else { "OVER" }
        );
    }
}

/// Whether the `<main>` heading the browser parsed from the pre-rendered HTML is still the one
/// in the page once the app is in charge, on every kind of page (the query-string pages with
/// their query applied). The test `tests/prerender.rs` asserts the same; this prints it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore]
async fn hydration_figures() {
    let dist = dist();
    let acts: ActsFile = e2e::data(&dist);
    let agencies: collection::model::AgenciesFile = e2e::data(&dist);
    let site = Site::start(dist.clone(), "").await;
    let wasm = e2e::wasm_file(&dist);
    site.set_delay(&format!("/{wasm}"), 800);
    let b = Browser::start_without_waiting("uk").await;
    b.cdp("Network.enable", serde_json::json!({})).await;
    b.cdp(
        "Network.setCacheDisabled",
        serde_json::json!({ "cacheDisabled": true }),
    )
    .await;
    b.cdp(
        "Network.setBypassServiceWorker",
        serde_json::json!({ "bypass": true }),
    )
    .await;
    println!("\nThe parsed <main> heading after the app has taken over:");
    for (kind, path) in [
        ("home", "/uk/".to_string()),
        ("library with a filter", "/uk/library?type=law".to_string()),
        ("act", format!("/en/library/{}", acts.acts[5].id)),
        (
            "agency",
            format!("/uk/agencies/{}", agencies.agencies[1].id),
        ),
        ("strategy", "/en/strategy".to_string()),
        ("glossary", "/uk/glossary".to_string()),
        (
            "search with a query",
            "/uk/search?q=%D0%BA%D0%BE%D1%80%D0%B4%D0%BE%D0%BD".to_string(),
        ),
    ] {
        b.goto(&site.url(&path)).await;
        b.wait_for("document.querySelector('main h1') !== null", &path)
            .await;
        let before_app = b
            .eval_str("document.documentElement.dataset.app || ''")
            .await
            .is_empty();
        b.eval("(window.__h1 = document.querySelector('main h1'), true)")
            .await;
        b.wait_page().await;
        let kept = b
            .eval("document.contains(window.__h1) && document.querySelector('main h1') === window.__h1")
            .await;
        println!(
            "{kind:<22} {path:<40} {}",
            match (before_app, kept.as_bool()) {
                (true, Some(true)) => "kept",
                (true, _) => "REPLACED",
                (false, _) => "(the app was first)",
            }
        );
    }
}

/// Runs Lighthouse 12.2.3 (mobile, its default simulated throttling) on `url` for the given
/// categories, Chromium started with `extra_flags` too; returns its JSON report.
async fn lighthouse(url: &str, categories: &str, extra_flags: &str) -> serde_json::Value {
    let bin = e2e::root().join(".tools/node_modules/.bin/lighthouse");
    let out = tokio::process::Command::new(&bin)
        .arg(url)
        .args([
            "--quiet",
            "--output=json",
            "--output-path=stdout",
            &format!("--only-categories={categories}"),
            &format!("--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run {extra_flags}"),
        ])
        .env("CHROME_PATH", e2e::browser::chromium())
        .output()
        .await
        .expect("run lighthouse (cargo xtask perf installs it)");
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "lighthouse {url}: {e}: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// A category's score in a Lighthouse report, 0–100.
fn score(report: &serde_json::Value, category: &str) -> f64 {
    report["categories"][category]["score"]
        .as_f64()
        .unwrap_or(f64::NAN)
        * 100.0
}

/// Lighthouse 12 (mobile, its default simulated throttling) on `/uk/` and `/en/library`:
/// largest contentful paint, first contentful paint, total blocking time and the scores, the
/// median of `LIGHTHOUSE_RUNS` runs (3).
///
/// With `LIGHTHOUSE_AGAINST=<another build's dist>`, that build too, run by run alternating
/// with this one: a change's effect on blocking time is smaller than the spread between runs
/// minutes apart on a shared machine, so before and after are measured at the same moments.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore]
async fn lighthouse_figures() {
    let runs: usize = std::env::var("LIGHTHOUSE_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3);
    let mut builds = vec![("this", Site::start(dist(), "").await)];
    if let Some(other) = std::env::var_os("LIGHTHOUSE_AGAINST") {
        builds.push(("against", Site::start(other.into(), "").await));
    }
    println!("\nLighthouse 12.2.3 (mobile), median of {runs} runs:");
    println!(
        "{:<14} {:<8} {:>8} {:>8} {:>8} {:>12} {:>14}  TBT of each run",
        "page", "build", "LCP ms", "FCP ms", "TBT ms", "performance", "accessibility"
    );
    for path in ["/uk/", "/en/library"] {
        let mut measured: Vec<Vec<[f64; 5]>> = vec![Vec::new(); builds.len()];
        for _ in 0..runs {
            for (i, (_, site)) in builds.iter().enumerate() {
                let report = lighthouse(&site.url(path), "performance,accessibility", "").await;
                let audit = |id: &str| {
                    report["audits"][id]["numericValue"]
                        .as_f64()
                        .unwrap_or(f64::NAN)
                };
                measured[i].push([
                    audit("largest-contentful-paint"),
                    audit("first-contentful-paint"),
                    audit("total-blocking-time"),
                    score(&report, "performance"),
                    score(&report, "accessibility"),
                ]);
            }
        }
        for ((name, _), runs) in builds.iter().zip(&measured) {
            let m = |i: usize| median(runs.iter().map(|r| r[i]).collect());
            let each: Vec<String> = runs.iter().map(|r| format!("{:.0}", r[2])).collect();
            println!(
                "{path:<14} {name:<8} {:>8.0} {:>8.0} {:>8.0} {:>12.0} {:>14.0}  {}",
                m(0),
                m(1),
                m(2),
                m(3),
                m(4),
                each.join(", ")
            );
        }
    }
}

/// Lighthouse's accessibility score on the home page, the library and the approximation map
/// (its matrix) in both languages, in the light and the dark theme (`--force-dark-mode` makes
/// Chromium prefer dark): 100 each.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore]
async fn lighthouse_accessibility_in_both_themes() {
    let site = Site::start(dist(), "").await;
    println!("\nLighthouse 12.2.3 accessibility (mobile):");
    let mut below = Vec::new();
    for (theme, flags) in [("light", ""), ("dark", "--force-dark-mode")] {
        let paths = [
            "/uk/",
            "/en/",
            "/uk/library",
            "/en/library",
            "/uk/approximation",
            "/en/approximation",
        ];
        for path in paths {
            let report = lighthouse(&site.url(path), "accessibility", flags).await;
            let a = score(&report, "accessibility");
            println!("{theme:<6} {path:<14} {a:>4.0}");
            if a < 100.0 {
                below.push(format!("{theme} {path}: {a}"));
            }
        }
    }
    assert!(below.is_empty(), "accessibility below 100: {below:?}");
}

/// From the first moment of the document: when the first search result is in the page
/// (`__result`) and when the app is in charge (`__app`).
const WATCH_RESULT: &str = r#"
(() => {
  const seen = () => {
    if (window.__result === undefined && document.querySelector('.search-result')) {
      window.__result = performance.now();
    }
    if (window.__app === undefined && document.documentElement.dataset.app === 'ready') {
      window.__app = performance.now();
    }
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true, attributes: true });
})();
"#;

/// On a slow link (400 kbit/s, 150 ms round trip, empty cache, the host sending the build's
/// brotli copies): how long after the page's first contentful paint `/uk/search?q=кордон`
/// shows its first result, and when the app is in charge. Median of 3 fresh browsers.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore]
async fn search_first_result_figures() {
    let site = Site::start_compressed(dist(), "").await;
    let url = site.url("/uk/search?q=%D0%BA%D0%BE%D1%80%D0%B4%D0%BE%D0%BD");
    let (mut paint, mut result, mut app, mut bytes) = (vec![], vec![], vec![], vec![]);
    for _ in 0..3 {
        let b = e2e::firstview::slow_browser().await;
        b.cdp("Page.enable", serde_json::json!({})).await;
        b.cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            serde_json::json!({ "source": WATCH_RESULT }),
        )
        .await;
        b.goto(&url).await;
        b.wait_for("window.__result !== undefined", "the first result")
            .await;
        b.wait_for("window.__app !== undefined", "the app in charge")
            .await;
        let v = b
            .eval(
                "({ paint: performance.getEntriesByName('first-contentful-paint')[0].startTime, \
                   result: window.__result, app: window.__app, \
                   bytes: performance.getEntriesByType('resource').filter((e) => e.responseEnd <= window.__result).reduce((s, e) => s + e.transferSize, 0) })",
            )
            .await;
        b.close().await;
        let f = |k: &str| v[k].as_f64().unwrap();
        paint.push(f("paint"));
        result.push(f("result") - f("paint"));
        app.push(f("app") - f("paint"));
        bytes.push(f("bytes"));
    }
    let (p, r, a, by) = (median(paint), median(result), median(app), median(bytes));
    println!("\n/uk/search?q=кордон on 400 kbit/s, 150 ms, empty cache (median of 3):");
    println!("first contentful paint          {p:>8.0} ms after navigation");
    println!("first result                    {r:>8.0} ms after the paint ({by:.0} bytes over the wire before it)");
    println!("the app in charge               {a:>8.0} ms after the paint");
    println!(
        "target: first result within 4,000 ms of the first paint — {}",
        if r <= 4000.0 { "met" } else { "NOT met" }
    );
}
