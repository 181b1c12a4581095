//! The pre-renderer as a build step: the same bytes every time, and a broken data file stops
//! it with the file, the JSON path and the reason. (That it needs no browser is checked by
//! `cargo xtask test`, which builds `dist/` with `CHROMIUM=/bin/false CHROMEDRIVER=/bin/false`.)

use e2e::{copy_of, dist, prerender};
use std::path::{Path, PathBuf};

/// Every pre-rendered page of a build: `*.html` below the language folders.
fn html_files(dist: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack: Vec<PathBuf> = collection::Lang::ALL
        .iter()
        .map(|l| dist.join(l.code()))
        .collect();
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "html") {
                out.push(p.strip_prefix(dist).unwrap().to_path_buf());
            }
        }
    }
    out.sort();
    out
}

/// The pre-rendered pages (`<route>.html`) and, separately, the static pages' content files
/// (`<route>.main.html`), which the pre-renderer writes beside them.
fn pages(dist: &Path) -> Vec<PathBuf> {
    html_files(dist)
        .into_iter()
        .filter(|p| !p.to_string_lossy().ends_with(".main.html"))
        .collect()
}

/// The origin the build was made for, from its `robots.txt` (`Sitemap: <origin>/sitemap.xml`).
fn origin_of(dist: &Path) -> String {
    let robots = std::fs::read_to_string(dist.join("robots.txt")).unwrap();
    robots
        .lines()
        .find_map(|l| l.strip_prefix("Sitemap: "))
        .and_then(|u| u.strip_suffix("/sitemap.xml"))
        .unwrap_or("")
        .to_string()
}

#[test]
fn pre_rendering_again_gives_the_same_bytes() {
    let dist = dist();
    let before = pages(&dist);
    assert!(
        before.len() > 300,
        "every page is pre-rendered: {}",
        before.len()
    );
    let written = html_files(&dist);
    assert!(
        written.len() > before.len(),
        "static pages have content files"
    );
    let again = copy_of(&dist, "dist-prerendered-again");
    for page in &written {
        std::fs::remove_file(again.join(page)).unwrap();
    }
    std::fs::remove_file(again.join(collection::route::FRAGMENTS)).unwrap();
    let out = prerender(&again, "/", &origin_of(&dist), &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = String::from_utf8_lossy(&out.stderr);
    assert!(
        report.contains(&format!("pre-rendered {} pages in", before.len())),
        "it says how many pages and how long: {report}"
    );
    assert_eq!(html_files(&again), written);
    let bundle = PathBuf::from(collection::route::FRAGMENTS);
    let differ: Vec<_> = written
        .iter()
        .chain([&bundle])
        .filter(|p| std::fs::read(dist.join(p)).unwrap() != std::fs::read(again.join(p)).unwrap())
        .collect();
    assert!(
        differ.is_empty(),
        "pages that differ between two runs: {differ:?}"
    );
    std::fs::remove_dir_all(again).unwrap();
}

#[test]
fn a_broken_data_file_stops_the_build_with_file_path_and_reason() {
    let broken = copy_of(&dist(), "dist-broken-data");
    let path = broken.join("data/agencies.json");
    let mut agencies: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    agencies["agencies"][1]["name"] = serde_json::json!(42);
    std::fs::write(&path, agencies.to_string()).unwrap();
    let home = broken.join("uk/index.html");
    std::fs::remove_file(&home).unwrap();

    let out = prerender(&broken, "/", "", &[]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "the build goes on: {said}");
    assert!(
        said.contains("data/agencies.json") && said.contains("$.agencies[1].name"),
        "names the file and the place: {said}"
    );
    assert!(said.contains("expected"), "says why: {said}");
    assert!(!home.exists(), "no page is written from broken data");
    std::fs::remove_dir_all(broken).unwrap();
}
