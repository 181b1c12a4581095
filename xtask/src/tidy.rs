//! Tidy tests: the rules in ARCHITECTURE.md that the compiler cannot check (after
//! rust-analyzer's `tidy.rs`): whole files are read, less their `#[cfg(test)]` modules. Where
//! the app may touch the browser and the network is clippy's (`disallowed-methods` in
//! `clippy.toml`), and so is the length of a function. Each rule names the invariant it guards.

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

/// The code of a file without its `#[cfg(test)]` items — `mod tests { … }` wherever it
/// stands, or `mod tidy;` — and nothing else: the rest of the file is read whole.
fn without_tests(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let item = &rest[at..];
        rest = match (item.find('{'), item.find(';')) {
            // `mod name;` (or any item without a body) ends at its semicolon.
            (open, Some(semi)) if open.is_none_or(|o| semi < o) => &item[semi + 1..],
            (Some(open), _) => &item[end_of_block(item, open)..],
            _ => "",
        };
    }
    out.push_str(rest);
    out
}

/// The index just past the `}` that closes the `{` at `open`, counting braces outside string
/// and character literals and line comments; the end of `text` if it never closes.
fn end_of_block(text: &str, open: usize) -> usize {
    let bytes = text.as_bytes();
    let (mut depth, mut i) = (0usize, open);
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i += text[i..].find('\n').unwrap_or(text.len() - i);
            }
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            // '{' or '}' as a character; a lifetime (`'a`) has no closing quote two on.
            b'\'' if bytes.get(i + 2) == Some(&b'\'') => i += 2,
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    text.len()
}

#[test]
fn test_modules_are_left_out_wherever_they_stand() {
    let text = "fn a() {}\n#[cfg(test)]\nmod tidy;\nfn b() { let s = \"}\"; let c = '}'; }\n#[cfg(test)]\nmod tests {\n    fn t() { let x = \"{\"; } // }\n}\nfn c() {}\n";
    assert_eq!(
        without_tests(text),
        "fn a() {}\n\nfn b() { let s = \"}\"; let c = '}'; }\n\nfn c() {}\n"
    );
}

/// Invariant "strings": every interface string in `collection/src/i18n.rs` is used somewhere
/// in the app, the content crate or the build.
#[test]
fn every_interface_string_is_used() {
    let i18n_path = root().join("collection/src/i18n.rs");
    let i18n = std::fs::read_to_string(&i18n_path).unwrap();
    let code = without_tests(&i18n);
    let code = code.as_str();
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
        .map(|(p, t)| (p, without_tests(&t)))
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
            !inside && !others.iter().any(|(_, t)| is_word(t, n))
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

/// Invariant "one way": the layout (`src/shell.rs`) sits above pages and components, and pages
/// above components: nothing under `src/components/` reaches up into `pages` or `shell`.
#[test]
fn components_do_not_reach_up() {
    let found: Vec<String> = sources("src/components")
        .iter()
        .filter(|(_, t)| {
            let code = without_tests(t);
            code.contains("crate::pages") || code.contains("crate::shell")
        })
        .map(|(p, _)| p.display().to_string())
        .collect();
    assert!(
        found.is_empty(),
        "components must not use pages or the shell (move what they share into components):\n{}",
        found.join("\n")
    );
}
