//! Pre-rendering: every page of a finished build written as static HTML, so that its heading
//! and text paint before the WebAssembly arrives (and without JavaScript at all).
//!
//! The app itself renders each page in headless Chromium — one page load, then in-app
//! navigation from route to route — and the DOM is saved as `dist/<route>.html`
//! (`/uk/library` → `uk/library.html`, `/uk/` → `uk/index.html`; static hosts and the nginx
//! recipe serve those for the extensionless path). Nodes the app added are marked `data-pre`:
//! when the app starts on such a page it renders out of sight and then replaces them (see
//! `src/boot.rs`). `cargo xtask build` runs this between trunk and the final compression step.

use crate::{Browser, Site};
use collection::model::{ActsFile, AgenciesFile};
use collection::route::Route;
use std::path::{Path, PathBuf};

/// The file, relative to `dist/`, that holds the pre-rendered page for an app path.
pub fn page_file(path: &str) -> Option<String> {
    let rel = path.trim_start_matches('/');
    if rel.is_empty() || rel.contains('.') || rel.contains("//") {
        return None;
    }
    Some(match rel.strip_suffix('/') {
        Some(dir) => format!("{dir}/index.html"),
        None => format!("{rel}.html"),
    })
}

/// Every page worth pre-rendering, as app paths: all routes in both languages.
pub fn all_paths(dist: &Path) -> Vec<String> {
    let agencies: AgenciesFile = crate::data(dist);
    let acts: ActsFile = crate::data(dist);
    Route::all_pages(
        agencies.agencies.iter().map(|a| a.id.as_str()),
        acts.acts.iter().map(|a| a.id.as_str()),
    )
    .into_iter()
    .filter_map(|r| match r {
        Route::Page(lang, page) => Some(page.path(lang)),
        _ => None,
    })
    .collect()
}

/// Marks what the app added, makes in-page links work without the app, and returns the page.
const CAPTURE: &str = r##"
const shell = new DOMParser().parseFromString(arguments[0], 'text/html');
const known = new Set(Array.from(shell.head.children, (e) => e.outerHTML));
const page = document.documentElement.cloneNode(true);
for (const el of page.querySelectorAll('head > *')) {
  if (el.tagName !== 'TITLE' && !known.has(el.outerHTML)) el.setAttribute('data-pre', '');
}
for (const el of page.querySelectorAll('body > *')) {
  if (!['SCRIPT', 'NOSCRIPT'].includes(el.tagName)) el.setAttribute('data-pre', '');
}
for (const el of page.querySelectorAll('[aria-live]')) el.textContent = '';
// "#id" would resolve against <base href> and leave the page: point at this page's path.
for (const a of page.querySelectorAll('a[href^="#"]')) {
  a.setAttribute('href', location.pathname + location.search + a.getAttribute('href'));
}
page.removeAttribute('data-app');
// The heading and text first: the app's code may come after them on a slow link.
for (const l of page.querySelectorAll('link[rel="preload"], link[rel="modulepreload"]')) l.setAttribute('fetchpriority', 'low');
// The data files the app asked for on this page, fetched early and quietly: when the app
// starts, its requests find them on the way or done (the marks are made by src/api.rs).
const wasm = page.querySelector('link[rel="preload"][as="fetch"]');
for (const m of performance.getEntriesByType('mark')) {
  if (!m.name.startsWith('ibm-data:')) continue;
  const l = document.createElement('link');
  l.setAttribute('rel', 'preload');
  l.setAttribute('as', 'fetch');
  l.setAttribute('href', m.name.slice('ibm-data:'.length));
  l.setAttribute('crossorigin', 'anonymous');
  l.setAttribute('fetchpriority', 'low');
  l.setAttribute('data-pre', '');
  if (wasm) wasm.after(l); else page.querySelector('head').append(l);
}
const noscript = page.querySelector('body > noscript');
if (noscript) noscript.innerHTML = arguments[1];
return '<!DOCTYPE html>\n' + page.outerHTML + '\n';
"##;

/// Client-side navigation to `arguments[0]`, as a click on a link would do.
const NAVIGATE: &str = r#"
const h1 = document.querySelector('main h1');
if (h1) h1.setAttribute('data-stale', '');
performance.clearMarks();
history.pushState({}, '', arguments[0]);
window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
"#;

/// The `<noscript>` note of a pre-rendered page, in both languages.
fn noscript() -> String {
    let m = collection::i18n::NOSCRIPT_STATIC;
    format!("<p lang=\"uk\">{}</p><p lang=\"en\">{}</p>", m.uk, m.en)
}

/// Puts the deployment origin (`https://host`, or nothing: path-only URLs) where the test
/// server's origin is, plain and percent-encoded (share links carry the page URL encoded).
pub fn with_origin(html: &str, server: &str, origin: Option<&str>) -> String {
    let origin = origin.unwrap_or("").trim_end_matches('/');
    let encode = |s: &str| s.replace(':', "%3A").replace('/', "%2F");
    html.replace(server, origin)
        .replace(&encode(server), &encode(origin))
}

/// Pre-renders `paths` (app paths such as `/uk/library`) of the build in `dist`, deployed
/// under `base` (`""` or `/sub`) at `origin` (for canonical and share links; without it they
/// keep only the path). Returns the files written.
pub async fn prerender(
    dist: &Path,
    base: &str,
    origin: Option<&str>,
    paths: &[String],
) -> Vec<PathBuf> {
    let shell = std::fs::read_to_string(dist.join("index.html")).expect("index.html");
    let site = Site::start(dist.to_path_buf(), base).await;
    let b = Browser::start("uk").await;
    b.goto(&site.url("/index.html")).await;
    b.wait_for(
        "document.documentElement.dataset.app === 'ready'",
        "the app",
    )
    .await;
    let mut written = Vec::new();
    for path in paths {
        let Some(file) = page_file(path) else {
            continue;
        };
        let url = site.url(path);
        b.client
            .execute(NAVIGATE, vec![url.clone().into()])
            .await
            .unwrap_or_else(|e| panic!("navigate to {url}: {e}"));
        b.wait_for(
            "(() => { const h = document.querySelector('main h1'); return h !== null && !h.hasAttribute('data-stale') && document.querySelector('main .loading') === null; })()",
            &format!("{path} to render"),
        )
        .await;
        let html = b
            .client
            .execute(CAPTURE, vec![shell.clone().into(), noscript().into()])
            .await
            .unwrap_or_else(|e| panic!("capture {path}: {e}"));
        let server = format!("http://{}", site.addr);
        let html = with_origin(html.as_str().expect("a string"), &server, origin);
        let out = dist.join(&file);
        if let Some(dir) = out.parent() {
            std::fs::create_dir_all(dir).expect("create directory");
        }
        std::fs::write(&out, html).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
        written.push(out);
    }
    b.close().await;
    written
}

#[cfg(test)]
mod tests {
    use super::{page_file, with_origin};

    #[test]
    fn the_test_server_origin_becomes_the_deployment_origin() {
        let page = r#"<link href="http://127.0.0.1:9/uk/x" rel="canonical"><a href="https://t.me/share/url?url=http%3A%2F%2F127.0.0.1%3A9%2Fuk%2Fx">"#;
        assert_eq!(
            with_origin(page, "http://127.0.0.1:9", Some("https://ibm.example/")),
            r#"<link href="https://ibm.example/uk/x" rel="canonical"><a href="https://t.me/share/url?url=https%3A%2F%2Fibm.example%2Fuk%2Fx">"#
        );
        assert_eq!(
            with_origin(page, "http://127.0.0.1:9", None),
            r#"<link href="/uk/x" rel="canonical"><a href="https://t.me/share/url?url=%2Fuk%2Fx">"#
        );
    }

    #[test]
    fn each_path_has_one_file() {
        assert_eq!(page_file("/uk/").as_deref(), Some("uk/index.html"));
        assert_eq!(page_file("/en/library").as_deref(), Some("en/library.html"));
        assert_eq!(
            page_file("/uk/library/ua-law-1777-xii").as_deref(),
            Some("uk/library/ua-law-1777-xii.html")
        );
        assert_eq!(page_file("/"), None);
        assert_eq!(page_file("/uk/../x"), None);
        assert_eq!(page_file("/data/acts.json"), None);
    }
}
