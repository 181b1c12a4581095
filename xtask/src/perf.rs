//! `bench` and `perf`: the measurements, printed — search latency natively and in the browser,
//! first-view bytes, time to the heading, Lighthouse, the wasm's size by crate.

use crate::{build, root, run, tools, Result};
use std::process::Command;

/// Prints index build time and query latency p50/p95, natively (real, 1,000 and 10,000 acts)
/// and in headless Chromium against the release build (real and 10,000 acts).
pub fn bench() -> Result {
    tools::setup(tools::Need::Everything)?;
    // Natively with the search module's own profile (opt-level 3, Cargo.toml): the code as the
    // browser runs it, not as the app is built.
    run(Command::new("cargo").args([
        "bench",
        "--offline",
        "--profile",
        "search-release",
        "-p",
        "collection",
        "--bench",
        "search",
    ]))?;
    ignored_browser_tests(&["bench"])
}

/// Builds dist/ once and runs the ignored browser measurements, printing their output.
fn ignored_browser_tests(names: &[&str]) -> Result {
    build::build("/", &root().join("dist"), Some(build::TEST_ORIGIN))?;
    for name in names {
        run(Command::new("cargo").args([
            "test",
            "--offline",
            "-p",
            "e2e",
            "--test",
            name,
            "--",
            "--ignored",
            "--nocapture",
            // One at a time: the timings must not share the machine with each other.
            "--test-threads=1",
        ]))?;
    }
    Ok(())
}

/// Everything the performance issue asks to see, in one run: first-view bytes (raw, gzip,
/// brotli) and time to the `<main>` heading's paint next to a static page; search latency and
/// bytes in the browser next to Pagefind; then the wasm's size by crate (twiggy, installed
/// here if missing).
pub fn perf() -> Result {
    tools::setup(tools::Need::Everything)?;
    tools::lighthouse()?;
    ignored_browser_tests(&["perf", "bench"])?;
    let (main, pages) = crate::split::report(&root().join("dist"))?;
    println!("\nThe app's wasm by kind of page (brotli bytes; xtask/src/split.rs):");
    println!(
        "{:<14} {:>9} {:>9} {:>9} {:>13}",
        "split point", "main", "own", "shared", "all it needs"
    );
    for crate::split::Share { name, own, shared } in pages {
        println!(
            "{name:<14} {main:>9} {own:>9} {shared:>9} {:>13}",
            main + own + shared
        );
    }
    if Command::new("twiggy").arg("--version").output().is_err() {
        run(Command::new("cargo").args(["install", "twiggy", "--locked"]))?;
    }
    // The main module as split, before wasm-bindgen and wasm-opt: what every page loads.
    let wasm = root().join("target/split/release/main.wasm");
    match Command::new("twiggy")
        .args(["top", "-n", "100000", "-f", "csv"])
        .arg(&wasm)
        .output()
    {
        Ok(out) if out.status.success() => {
            println!(
                "\nThe main module's code by crate (before wasm-bindgen and wasm-opt; bytes):"
            );
            for (name, bytes) in perf_by_crate(&String::from_utf8_lossy(&out.stdout))
                .into_iter()
                .take(15)
            {
                println!("{bytes:>10}  {name}");
            }
        }
        _ => eprintln!(
            "(twiggy could not read {}: no size by crate)",
            wasm.display()
        ),
    }
    Ok(())
}

/// Sums twiggy's CSV rows (`Name,ShallowSize,…`) by the crate named in each item.
fn perf_by_crate(csv: &str) -> Vec<(String, u64)> {
    let mut sums: std::collections::HashMap<String, u64> = std::collections::HashMap::new();
    for line in csv.lines().skip(1) {
        // The name may be quoted (with "" inside); the size is the next field.
        let (name, rest) = if let Some(q) = line.strip_prefix('"') {
            let mut end = 0;
            let b = q.as_bytes();
            while end < b.len() {
                if b[end] == b'"' && b.get(end + 1) == Some(&b'"') {
                    end += 2;
                } else if b[end] == b'"' {
                    break;
                } else {
                    end += 1;
                }
            }
            (
                q[..end.min(q.len())].replace("\"\"", "\""),
                q.get(end + 2..).unwrap_or(""),
            )
        } else {
            let (n, r) = line.split_once(',').unwrap_or((line, ""));
            (n.to_string(), r)
        };
        let Some(Ok(size)) = rest.split(',').next().map(|s| s.trim().parse::<u64>()) else {
            continue;
        };
        if name.contains("__wbindgen_describe")
            || name.contains("function names")
            || name.contains("__wasm_bindgen_unstable")
        {
            continue; // removed by wasm-bindgen and wasm-opt
        }
        let krate = name
            .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .find_map(|w| {
                w.split("::")
                    .next()
                    .filter(|k| w.contains("::") && !k.is_empty())
            })
            .unwrap_or("other (data, glue)")
            .to_string();
        *sums.entry(krate).or_default() += size;
    }
    let mut v: Vec<_> = sums.into_iter().collect();
    v.sort_by_key(|e| std::cmp::Reverse(e.1));
    v
}

#[cfg(test)]
mod perf_tests {
    #[test]
    fn sums_twiggy_rows_by_crate() {
        let csv = "Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent\n\"\"\"function names\"\" subsection\",100,1,,\ntachys::view::build::h1,40,1,,\n\"<F as tachys::reactive::Render>::build::h2\",10,1,,\ncollection::search::Index::build::h3,5,1,,\n";
        let v = super::perf_by_crate(csv);
        assert_eq!(
            v,
            vec![("tachys".to_string(), 50), ("collection".to_string(), 5)]
        );
    }
}
