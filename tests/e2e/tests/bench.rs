//! Search latency measured in headless Chromium, with the app's own User Timing marks
//! (`ibm-search-index`, `ibm-search`): the real collection and 10,000 synthetic acts.
//! Ignored by default; `cargo xtask bench` runs it and prints the figures.

use collection::model::ActsFile;
use collection::search::synthetic;
use e2e::{data, dist, Browser, Site};

const QUERIES: [&str; 20] = collection::search::BENCH_QUERIES;

const TYPE_ALL: &str = r#"
const [queries, done] = [arguments[0], arguments[arguments.length - 1]];
const input = document.querySelector('#search-input');
const count = () => performance.getEntriesByName('ibm-search').length;
performance.clearMeasures('ibm-search');
(async () => {
  for (const q of queries) {
    const chars = Array.from(q);
    for (let end = 1; end <= chars.length; end++) {
      const before = count();
      input.value = chars.slice(0, end).join('');
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const t0 = Date.now();
      while (count() === before && Date.now() - t0 < 5000) await new Promise(r => setTimeout(r, 0));
    }
  }
  done(performance.getEntriesByName('ibm-search').map(e => e.duration));
})();
"#;

fn pct(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore]
async fn search_latency_in_the_browser() {
    let dist = dist();
    let real: ActsFile = data(&dist);
    let site = Site::start(dist, "").await;
    println!("\nSearch in headless Chromium (wasm, release build), User Timing marks:");
    println!(
        "{:<10} {:>7} {:>12} {:>10} {:>10} {:>10} {:>8}",
        "corpus", "acts", "index (ms)", "p50 (ms)", "p95 (ms)", "max (ms)", "queries"
    );
    for (kind, n) in [("real", real.acts.len()), ("synthetic", 10_000)] {
        if kind == "synthetic" {
            let big = synthetic::acts(&real, n);
            site.set_override(
                "/data/acts.json",
                200,
                &serde_json::to_string(&big).unwrap(),
            );
        }
        let b = Browser::start("uk").await;
        b.goto(&site.url("/uk/search?q=%D0%BA%D0%BE%D1%80%D0%B4%D0%BE%D0%BD"))
            .await;
        b.wait_for("performance.getEntriesByName('ibm-search-index').length > 0 && document.querySelector('.search-result') !== null", "the index").await;
        let index_ms = b
            .eval("performance.getEntriesByName('ibm-search-index')[0].duration")
            .await
            .as_f64()
            .unwrap();
        let times = b
            .client
            .execute_async(TYPE_ALL, vec![serde_json::json!(QUERIES)])
            .await
            .expect("typing script");
        let mut t: Vec<f64> = times
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|v| v.as_f64())
            .collect();
        t.sort_by(|a, b| a.partial_cmp(b).unwrap());
        assert!(!t.is_empty(), "no query was measured");
        let (p50, p95) = (pct(&t, 0.5), pct(&t, 0.95));
        println!(
            "{kind:<10} {n:>7} {index_ms:>12.1} {p50:>10.2} {p95:>10.2} {:>10.2} {:>8}",
            t.last().unwrap(),
            t.len()
        );
        if kind == "synthetic" {
            println!(
                "target: p95 under 16 ms at 10,000 acts — {}",
                if p95 < 16.0 { "met" } else { "NOT met" }
            );
        }
        b.close().await;
    }
}
