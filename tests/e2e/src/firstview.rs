//! What the first view of a page costs: the bytes fetched before its `<main>` heading paints
//! and before the app is in charge, and the time to that paint. Shared by the budget test
//! (`tests/budget.rs`) and the figures `cargo xtask perf` prints (`tests/perf.rs`).
//!
//! "Before the heading paints" is measured on a throttled link (400 kbit/s, 150 ms round trip,
//! cache off), so that what the heading waits for is told apart from what merely started
//! loading: a resource counts when its response ended before the heading's paint. Sizes are
//! those of the files in the build, raw and compressed here (gzip -9, brotli -q 11), as a
//! host serving the precompressed copies sends them.

use crate::{Browser, Site};
use serde_json::json;
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// From the first moment of the document: when `main h1` is inserted (`__h1`) and when it has
/// painted (`__h1paint`: the first paint or largest-contentful-paint at or after it, else the
/// frame after it).
const WATCH: &str = r#"
(() => {
  const paints = [];
  const settle = () => {
    if (window.__h1 === undefined || window.__h1paint !== undefined) return;
    const p = paints.filter((t) => t >= window.__h1 - 1).sort((a, b) => a - b)[0];
    if (p !== undefined) window.__h1paint = p;
  };
  for (const type of ['paint', 'largest-contentful-paint']) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) paints.push(e.renderTime || e.startTime);
      settle();
    }).observe({ type, buffered: true });
  }
  const seen = () => {
    if (window.__h1 !== undefined || !document.querySelector('main h1')) return;
    window.__h1 = performance.now();
    requestAnimationFrame(() => setTimeout(() => {
      settle();
      if (window.__h1paint === undefined) window.__h1paint = performance.now();
    }, 0));
    settle();
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
})();
"#;

/// Bytes: raw, gzip, brotli.
pub type Sizes = (u64, u64, u64);

/// One file as sent over the wire.
#[derive(Clone, Debug)]
pub struct Fetched {
    pub path: String,
    pub kind: &'static str,
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

/// Sums by kind (html, js, css, wasm, data, other) and in total: (raw, gzip, brotli).
pub fn totals(files: &[Fetched]) -> (Vec<(&'static str, Sizes)>, Sizes) {
    let mut by: std::collections::BTreeMap<&'static str, Sizes> = Default::default();
    for f in files {
        let e = by.entry(f.kind).or_default();
        *e = (e.0 + f.raw, e.1 + f.gzip, e.2 + f.brotli);
    }
    let total = by
        .values()
        .fold((0, 0, 0), |a, v| (a.0 + v.0, a.1 + v.1, a.2 + v.2));
    (by.into_iter().collect(), total)
}

fn kind(file: &str) -> &'static str {
    match file.rsplit('.').next().unwrap_or("") {
        "wasm" => "wasm",
        "js" => "js",
        "css" => "css",
        "json" => "data",
        "html" => "html",
        _ => "other",
    }
}

static SIZES: Mutex<Option<HashMap<PathBuf, Sizes>>> = Mutex::new(None);

/// (raw, gzip -9, brotli -q 11) of a file, computed once per run.
pub fn sizes(file: &Path) -> Sizes {
    if let Some(s) = SIZES
        .lock()
        .unwrap()
        .get_or_insert_with(HashMap::new)
        .get(file)
    {
        return *s;
    }
    let bytes = std::fs::read(file).unwrap_or_default();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&bytes).unwrap();
    let gz = gz.finish().unwrap().len() as u64;
    let mut br = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut bytes.as_slice(), &mut br, &params).unwrap();
    let s = (bytes.len() as u64, gz, br.len() as u64);
    SIZES
        .lock()
        .unwrap()
        .get_or_insert_with(HashMap::new)
        .insert(file.to_path_buf(), s);
    s
}

/// The file the server sends for an app-relative path: the file itself, the pre-rendered
/// page, or the app shell.
fn served_file(dist: &Path, rel: &str) -> PathBuf {
    let direct = dist.join(rel.trim_start_matches('/'));
    if direct.is_file() {
        return direct;
    }
    collection::route::page_file(rel)
        .map(|p| dist.join(p))
        .filter(|p| p.is_file())
        .unwrap_or_else(|| dist.join("index.html"))
}

fn fetched(dist: &Path, site: &Site, urls: &serde_json::Value) -> Vec<Fetched> {
    let prefix = site.url("");
    urls.as_array()
        .expect("a list of URLs")
        .iter()
        .filter_map(|u| u.as_str())
        .filter_map(|u| u.strip_prefix(&prefix).map(str::to_string))
        .map(|rel| {
            let file = served_file(dist, &rel);
            let (raw, gzip, brotli) = sizes(&file);
            Fetched {
                kind: kind(&file.to_string_lossy()),
                path: rel,
                raw,
                gzip,
                brotli,
            }
        })
        .collect()
}

async fn watch(b: &Browser) {
    b.cdp("Page.enable", json!({})).await;
    b.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": WATCH }),
    )
    .await;
}

/// A fresh browser on the slow link the figures are measured on (400 kbit/s, 150 ms round
/// trip), its cache off; `goto` returns as soon as navigation starts.
pub async fn slow_browser() -> Browser {
    let b = Browser::start_without_waiting("uk").await;
    b.cdp("Network.enable", json!({})).await;
    b.cdp("Network.setCacheDisabled", json!({ "cacheDisabled": true }))
        .await;
    b.cdp(
        "Network.emulateNetworkConditions",
        json!({ "offline": false, "latency": 150, "downloadThroughput": 51_200, "uploadThroughput": 51_200 }),
    )
    .await;
    b
}

/// The files fetched before the heading of `path` painted, on a slow link with an empty
/// cache, in a fresh browser.
pub async fn before_heading(site: &Site, dist: &Path, path: &str) -> Vec<Fetched> {
    let b = slow_browser().await;
    watch(&b).await;
    b.goto(&site.url(path)).await;
    b.wait_for("window.__h1paint !== undefined", "the heading to paint")
        .await;
    let urls = b
        .eval("[location.href].concat(performance.getEntriesByType('resource').filter((e) => e.responseEnd > 0 && e.responseEnd <= window.__h1paint).map((e) => e.name))")
        .await;
    b.close().await;
    fetched(dist, site, &urls)
}

/// The files fetched until the app is in charge of `path` (its code and the data the page
/// shows), in a fresh browser.
pub async fn until_ready(site: &Site, dist: &Path, path: &str) -> Vec<Fetched> {
    let b = Browser::start("uk").await;
    b.goto(&site.url(path)).await;
    b.wait_page().await;
    let urls = b
        .eval("[location.href].concat(performance.getEntriesByType('resource').map((e) => e.name))")
        .await;
    b.close().await;
    let mut files = fetched(dist, site, &urls);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files.dedup_by(|a, b| a.path == b.path);
    files
}

/// Milliseconds from navigation to the heading's paint, in `b` (cold or warm as `b` is).
pub async fn heading_paint_ms(b: &Browser, url: &str) -> f64 {
    watch(b).await;
    b.goto(url).await;
    b.wait_for("window.__h1paint !== undefined", "the heading to paint")
        .await;
    b.eval("window.__h1paint").await.as_f64().unwrap()
}

/// The budgets, in bytes brotli before the heading paints: the home page and the library
/// (16 KB since the pages are pre-rendered with their data; 160 and 220 KB before).
pub const BUDGET_HOME: u64 = 16 * 1024;
pub const BUDGET_LIBRARY: u64 = 16 * 1024;

/// A copy of the build whose library holds `n` synthetic acts (made from the real ones), with
/// `/uk/library` pre-rendered again and served: to see how the first view grows with the
/// collection. The copy lives in `target/`.
pub async fn library_with(dist: &Path, n: usize) -> (PathBuf, Site) {
    let real: collection::model::ActsFile = crate::data(dist);
    let acts = collection::search::synthetic::acts(&real, n);
    let copy = crate::copy_of(dist, &format!("dist-{n}-acts"));
    std::fs::write(
        copy.join("data/acts.json"),
        serde_json::to_string(&acts).unwrap(),
    )
    .unwrap();
    collection::files::write_split_acts(&copy.join("data"), &acts).unwrap();
    crate::prerender_only(&copy, "/", &["/uk/library"]);
    let site = Site::start(copy.clone(), "").await;
    (copy, site)
}
