//! Performance figures for the first view, printed by `cargo xtask perf` (ignored in the normal
//! run): bytes over the wire before the `<main>` heading paints (raw, gzip, brotli, by kind) for
//! `/uk/` and `/uk/library`, and the time to that heading in headless Chromium next to a plain
//! static page with the same home-page text, served by the same server.

use e2e::{dist, Browser, Site};
use std::path::Path;

/// Records, from the first moment of the document, when `main h1` appears.
const WATCH_H1: &str = r#"
(() => {
  const seen = () => { if (!window.__h1 && document.querySelector('main h1')) window.__h1 = performance.now(); };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
})();
"#;

fn sizes(dist: &Path, rel: &str) -> (u64, u64, u64) {
    let p = dist.join(rel.trim_start_matches('/'));
    let len = |p: &Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    (
        len(&p),
        len(Path::new(&format!("{}.gz", p.display()))),
        len(Path::new(&format!("{}.br", p.display()))),
    )
}

fn kind(rel: &str) -> &'static str {
    let last = rel.rsplit('/').next().unwrap_or("");
    if !last.contains('.') {
        return "html"; // a route: the app shell
    }
    match last.rsplit('.').next().unwrap_or("") {
        "wasm" => "wasm",
        "js" => "js",
        "css" => "css",
        "json" => "data",
        "html" | "" => "html",
        _ => "other",
    }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

/// Loads `url` in a fresh tab and returns (ms to `main h1`, resources fetched before it).
async fn first_view(b: &Browser, url: &str) -> (f64, Vec<String>) {
    b.cdp("Page.enable", serde_json::json!({})).await;
    b.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        serde_json::json!({ "source": WATCH_H1 }),
    )
    .await;
    b.goto(url).await;
    b.wait_for("window.__h1 !== undefined", "the heading").await;
    let h1 = b.eval("window.__h1").await.as_f64().unwrap();
    let names = b
        .eval(&format!("[location.pathname].concat(performance.getEntriesByType('resource').filter(e => e.startTime < {h1}).map(e => new URL(e.name).pathname))"))
        .await;
    (
        h1,
        names
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect(),
    )
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

    println!("\nBytes before the <main> heading paints (first visit, empty cache):");
    println!(
        "{:<14} {:<6} {:>10} {:>10} {:>10}",
        "page", "kind", "raw", "gzip", "brotli"
    );
    let mut brotli_totals = Vec::new();
    for path in ["/uk/", "/uk/library"] {
        let b = Browser::start("uk").await;
        let (_, files) = first_view(&b, &site.url(path)).await;
        b.close().await;
        let mut by_kind: std::collections::BTreeMap<&str, (u64, u64, u64)> = Default::default();
        for f in &files {
            let rel = if kind(f) == "html" {
                "index.html"
            } else {
                f.as_str()
            };
            let (r, g, br) = sizes(&dist, rel);
            let e = by_kind.entry(kind(f)).or_default();
            (e.0, e.1, e.2) = (e.0 + r, e.1 + g, e.2 + br);
        }
        let total = by_kind
            .values()
            .fold((0, 0, 0), |a, v| (a.0 + v.0, a.1 + v.1, a.2 + v.2));
        for (k, (r, g, br)) in &by_kind {
            println!("{path:<14} {k:<6} {r:>10} {g:>10} {br:>10}");
        }
        println!(
            "{path:<14} {:<6} {:>10} {:>10} {:>10}",
            "total", total.0, total.1, total.2
        );
        brotli_totals.push((path, total.2));
    }

    println!("\nTime to the first <main> heading, median of 10 loads (ms):");
    println!("{:<22} {:>10} {:>10}", "page", "cold", "warm");
    let mut rows = Vec::new();
    for (label, path) in [
        ("app /uk/", "/uk/"),
        ("static page, same text", "/static-home.html"),
    ] {
        let (mut cold, mut warm) = (Vec::new(), Vec::new());
        for _ in 0..10 {
            let b = Browser::start("uk").await;
            cold.push(first_view(&b, &site.url(path)).await.0);
            warm.push(first_view(&b, &site.url(path)).await.0);
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
    for (path, br) in brotli_totals {
        let budget = if path == "/uk/" {
            160 * 1024
        } else {
            220 * 1024
        };
        println!(
            "budget {path}: {br} of {budget} bytes brotli — {}",
            if br <= budget { "within" } else { "OVER" }
        );
    }
}
