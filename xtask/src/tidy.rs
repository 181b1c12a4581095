//! Tidy tests: the rules in ARCHITECTURE.md that the compiler cannot check, checked on the
//! source text (after rust-analyzer's `tidy.rs`). Each rule names the invariant it guards.

use crate::root;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir` (relative to the workspace root), with its text.
fn sources(dir: &str) -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&root().join(dir), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (p.strip_prefix(root()).unwrap().to_path_buf(), text)
        })
        .collect()
}

/// The code of a file without its `#[cfg(test)]` module (by convention, at the end).
fn without_tests(text: &str) -> &str {
    text.find("#[cfg(test)]").map_or(text, |at| &text[..at])
}

/// Lines of `text` that contain any of `needles`, as "path:line: text".
fn lines_with(path: &Path, text: &str, needles: &[&str]) -> Vec<String> {
    without_tests(text)
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim_start().starts_with("//"))
        .filter(|(_, l)| needles.iter().any(|n| l.contains(n)))
        .map(|(i, l)| format!("{}:{}: {}", path.display(), i + 1, l.trim()))
        .collect()
}

/// Invariant "network": only `src/api.rs` talks to the network.
#[test]
fn only_the_api_module_talks_to_the_network() {
    let found: Vec<String> = sources("src")
        .iter()
        .filter(|(p, _)| p != Path::new("src/api.rs"))
        .flat_map(|(p, t)| lines_with(p, t, &["gloo_net", "fetch_with", "XmlHttpRequest"]))
        .collect();
    assert!(
        found.is_empty(),
        "only src/api.rs may talk to the network:\n{}",
        found.join("\n")
    );
}

/// Invariant "hydration": render code (pages and components) does not touch `window` or
/// `document`; what it needs from the browser goes through `src/dom.rs` or `src/frame.rs`.
#[test]
fn render_code_does_not_touch_window_or_document() {
    let needles = [
        "window()",
        "document()",
        "web_sys::window",
        "web_sys::Document",
        "gloo_net",
    ];
    let found: Vec<String> = ["src/pages", "src/components"]
        .iter()
        .flat_map(|d| sources(d))
        .flat_map(|(p, t)| lines_with(&p, &t, &needles))
        .collect();
    assert!(
        found.is_empty(),
        "pages and components must not touch window or document (use src/dom.rs):\n{}",
        found.join("\n")
    );
}

/// Invariant "strings": every interface string in `collection/src/i18n.rs` is used somewhere
/// in the app, the content crate or the build.
#[test]
fn every_interface_string_is_used() {
    let i18n_path = root().join("collection/src/i18n.rs");
    let i18n = std::fs::read_to_string(&i18n_path).unwrap();
    let code = without_tests(&i18n);
    let mut names = Vec::new();
    for line in code.lines() {
        let l = line.trim_start();
        let name = l
            .strip_prefix("pub const ")
            .filter(|r| r.contains(": Msg") || r.contains(": Noun"))
            .or_else(|| l.strip_prefix("pub fn "))
            .map(|r| {
                r.chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect::<String>()
            });
        if let Some(n) = name.filter(|n| !n.is_empty()) {
            names.push(n);
        }
    }
    assert!(names.len() > 100, "found only {} names", names.len());
    let others: Vec<(PathBuf, String)> = ["src", "collection/src", "xtask/src"]
        .iter()
        .flat_map(|d| sources(d))
        .filter(|(p, _)| p != Path::new("collection/src/i18n.rs"))
        .collect();
    let is_word = |text: &str, name: &str| {
        text.match_indices(name).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + name.len()..].chars().next();
            let part = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
            !part(before) && !part(after)
        })
    };
    let unused: Vec<&String> = names
        .iter()
        .filter(|n| {
            // Used by another string of i18n.rs (beyond its own definition), or elsewhere.
            let inside = code
                .lines()
                .filter(|l| !l.contains(&format!("const {n}:")) && !l.contains(&format!("fn {n}(")))
                .any(|l| is_word(l, n));
            !inside && !others.iter().any(|(_, t)| is_word(without_tests(t), n))
        })
        .collect();
    assert!(
        unused.is_empty(),
        "interface strings that nothing uses (remove them): {unused:?}"
    );
}

/// Invariant "data files": every file in `data/` is declared once in `collection::files`
/// (from which loading, validation and the schemas follow), and every declared file exists.
#[test]
fn every_data_file_is_declared() {
    let mut on_disk: Vec<String> = std::fs::read_dir(root().join("data"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".json"))
        .collect();
    on_disk.sort();
    let mut declared: Vec<String> = collection::files::ALL_FILES
        .iter()
        .map(|n| n.to_string())
        .collect();
    declared.sort();
    assert_eq!(
        on_disk, declared,
        "data/*.json and the data_files! list in collection/src/files.rs differ"
    );
}

/// Browser tests stay split by feature: no test file over 600 lines.
#[test]
fn test_files_stay_small() {
    let long: Vec<String> = sources("tests/e2e")
        .into_iter()
        .filter_map(|(p, t)| {
            let n = t.lines().count();
            (n > 600).then(|| format!("{}: {n} lines", p.display()))
        })
        .collect();
    assert!(
        long.is_empty(),
        "split these by feature (at most 600 lines):\n{}",
        long.join("\n")
    );
}
