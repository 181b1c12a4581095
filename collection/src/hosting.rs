//! How a static host with clean addresses answers for a finished build: the rules the
//! development server (`cargo xtask serve`) and the browser tests' server both follow, so that
//! what a developer sees and what the tests check is what Netlify, Cloudflare Pages or the
//! nginx recipe in `deploy/` serve.

use crate::route::page_file;

/// What answers a path (relative to the deployment's base, e.g. `/uk/library`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// This file of the build, relative to its root: the file asked for, or the pre-rendered
    /// page of a route (`/uk/library` → `uk/library.html`).
    File(String),
    /// The app shell (`index.html`): a route without a page of its own — `/`, an id the build
    /// does not have — which the app renders, as "not found" if need be.
    Shell,
    /// A file (its name has an extension) the build does not have: a plain 404.
    Missing,
    /// `..`, `.` or an empty segment: never looked up.
    Refused,
}

/// Answers `rel` from a build in which `is_file(path)` says whether a file exists (paths
/// relative to the build's root, without a leading `/`).
pub fn answer(rel: &str, is_file: impl Fn(&str) -> bool) -> Answer {
    let file = rel.trim_start_matches('/');
    if file.is_empty() {
        return Answer::Shell;
    }
    let inner = file.strip_suffix('/').unwrap_or(file);
    if inner
        .split('/')
        .any(|s| s.is_empty() || s == "." || s == ".." || s.contains('\\'))
    {
        return Answer::Refused;
    }
    if is_file(file) {
        return Answer::File(file.to_string());
    }
    if file.rsplit('/').next().unwrap_or("").contains('.') {
        return Answer::Missing;
    }
    match page_file(rel) {
        Some(page) if is_file(&page) => Answer::File(page),
        _ => Answer::Shell,
    }
}

/// The `Content-Type` for a file of the build, by its extension.
pub fn content_type(path: &str) -> &'static str {
    match path.rsplit_once('.').map_or("", |(_, ext)| ext) {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "webmanifest" => "application/manifest+json",
        "png" => "image/png",
        _ => "application/octet-stream",
    }
}

/// trunk names the wasm, JS and CSS `<name>-<16 hex digits>.<ext>`, and the app's wasm chunks
/// sit in `split-<16 hex digits>/`: safe to cache for good, as a CDN would (`_headers` says
/// so). Everything else is revalidated.
pub fn is_hashed(path: &str) -> bool {
    let hex16 = |h: &str| h.len() == 16 && h.bytes().all(|b| b.is_ascii_hexdigit());
    let mut folders = path.rsplit('/').skip(1);
    if folders.any(|f| f.strip_prefix("split-").is_some_and(hex16)) {
        return true;
    }
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.split_once('.').map_or(name, |(s, _)| s);
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-')
        .is_some_and(|(_, h)| h.len() == 16 && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The `Cache-Control` a host sends for a file of the build.
pub fn cache_control(path: &str) -> &'static str {
    if is_hashed(path) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(path: &str) -> bool {
        [
            "index.html",
            "uk/library.html",
            "uk/index.html",
            "uk/agencies/dpsu.html",
            "data/acts.json",
        ]
        .contains(&path)
    }

    #[test]
    fn files_pages_and_the_shell_as_a_clean_url_host_serves_them() {
        let file = |f: &str| Answer::File(f.to_string());
        assert_eq!(answer("/data/acts.json", build), file("data/acts.json"));
        assert_eq!(answer("/uk/library", build), file("uk/library.html"));
        assert_eq!(answer("/uk/", build), file("uk/index.html"));
        assert_eq!(
            answer("/uk/agencies/dpsu", build),
            file("uk/agencies/dpsu.html")
        );
        assert_eq!(answer("/", build), Answer::Shell);
        assert_eq!(answer("", build), Answer::Shell);
        assert_eq!(answer("/uk/agencies/nobody", build), Answer::Shell);
        assert_eq!(answer("/data/gone.json", build), Answer::Missing);
        for bad in [
            "/../etc/passwd",
            "/uk/../index.html",
            "/uk//library",
            "/./index.html",
        ] {
            assert_eq!(answer(bad, build), Answer::Refused, "{bad}");
        }
    }

    #[test]
    fn only_hashed_names_are_cached_for_good() {
        assert!(is_hashed("ibm-collection-eb2faf17397730cd_bg.wasm"));
        assert!(is_hashed("/boot-1d14ae9d7d7bac55.js"));
        assert!(is_hashed("main-d5e54a4c9eba097c.css"));
        assert!(is_hashed("/split-00a1b2c3d4e5f607/chunk_7.wasm"));
        assert!(is_hashed("ibm/split-00a1b2c3d4e5f607/__wasm_split.js"));
        assert!(!is_hashed("split-00a1b2c3/chunk_7.wasm"));
        assert!(!is_hashed("sw.js"));
        assert!(!is_hashed("data/acts-index.json"));
        assert_eq!(cache_control("uk/library.html"), "no-cache");
        assert_eq!(content_type("x/y.wasm"), "application/wasm");
        assert_eq!(content_type("uk/library.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("README"), "application/octet-stream");
    }
}
