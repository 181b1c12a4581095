//! Search benchmark, natively: the index's build time (at build time), its file for Ukrainian
//! pages (bytes, and the time to read it, as the browser does before the first search), and
//! query latency (p50/p95) for the real collection and for synthetic collections of 1,000 and
//! 10,000 acts. Run with `cargo xtask bench`, or `cargo bench --profile search-release -p
//! collection --bench search` (the search module's profile: without it, the app's opt-level "z",
//! about three times slower).

use collection::files::DataFile;
use collection::model::{
    ActsFile, AgenciesFile, ComponentsFile, GlossaryFile, SiteFile, TermsFile,
};
use collection::search::{html, synthetic, Index, Query};
use std::time::Instant;

const QUERIES: [&str; 20] = collection::search::BENCH_QUERIES;

fn load<T: DataFile>() -> T {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
    T::parse(&std::fs::read_to_string(dir.join(T::NAME)).unwrap()).unwrap()
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// The table's column names.
fn print_header() {
    println!(
        "{:<10} {:>7} {:>12} {:>12} {:>12} {:>12} {:>12} {:>10} {:>10} {:>10} {:>13} {:>13}",
        "corpus",
        "acts",
        "build (ms)",
        "index (B)",
        "read (ms)",
        "texts (B)",
        "+texts (ms)",
        "p50 (ms)",
        "p95 (ms)",
        "max (ms)",
        "+html p50",
        "+html p95"
    );
}

fn main() {
    let (site, agencies, acts, glossary, map) = (
        load::<SiteFile>(),
        load::<AgenciesFile>(),
        load::<ActsFile>(),
        load::<GlossaryFile>(),
        load::<ComponentsFile>(),
    );
    let terms = load::<TermsFile>();
    let sizes = [
        ("real", acts.acts.len()),
        ("synthetic", 1_000),
        ("synthetic", 10_000),
    ];
    print_header();
    for (kind, n) in sizes {
        let set = if kind == "real" {
            acts.clone()
        } else {
            synthetic::acts(&acts, n)
        };
        let t = Instant::now();
        let index = Index::of_collection(&collection::search::Searched {
            site: &site,
            agencies: &agencies,
            acts: &set,
            glossary: &glossary,
            map: &map,
            terms: &terms,
        });
        let build = t.elapsed().as_secs_f64() * 1000.0;
        let files = index.pack(collection::Lang::Uk);
        let t = Instant::now();
        let mut index =
            Index::unpack(&files.index, collection::Lang::Uk).expect("the packed index reads back");
        let read = t.elapsed().as_secs_f64() * 1000.0;
        let t = Instant::now();
        index.read_texts(&files.texts).expect("the texts read back");
        let read_texts = t.elapsed().as_secs_f64() * 1000.0;
        let (mut times, mut shown) = (Vec::new(), Vec::new());
        for _ in 0..5 {
            for q in QUERIES {
                // As typed: every prefix of the query, like an as-you-type field.
                let chars: Vec<char> = q.chars().collect();
                for end in 1..=chars.len() {
                    let typed: String = chars[..end].iter().collect();
                    let t = Instant::now();
                    let hits = index.search(&Query::parse(&typed), 50);
                    std::hint::black_box(hits);
                    times.push(t.elapsed().as_secs_f64() * 1000.0);
                    let t = Instant::now();
                    let html = html::results(&index, &typed, collection::Lang::Uk, "");
                    std::hint::black_box(html);
                    shown.push(t.elapsed().as_secs_f64() * 1000.0);
                }
            }
        }
        times.sort_by(|a, b| a.partial_cmp(b).unwrap());
        shown.sort_by(|a, b| a.partial_cmp(b).unwrap());
        println!(
            "{:<10} {:>7} {:>12.1} {:>12} {:>12.1} {:>12} {:>12.1} {:>10.3} {:>10.3} {:>10.3} {:>13.3} {:>13.3}",
            kind,
            set.acts.len(),
            build,
            files.index.len(),
            read,
            files.texts.len(),
            read_texts,
            percentile(&times, 0.5),
            percentile(&times, 0.95),
            times.last().unwrap(),
            percentile(&shown, 0.5),
            percentile(&shown, 0.95),
        );
    }
}
