//! What every page says about itself, read natively from the pre-renderer's output: every
//! route in both languages (and each static page's content file), rendered by the app's own components into static HTML, as readers
//! and search engines first get it. No browser: the browser tests keep what needs one (the
//! app taking over, focus, announcements, requests, input).
//!
//! Run with `cargo test --features ssr` (`cargo xtask test --fast` does).

use collection::files::{write_split_acts, DataFile};
use collection::i18n;
use collection::model::{ActsFile, AgenciesFile, SiteFile};
use collection::route::{Page, Section};
use collection::{Lang, Route};
use scraper::{Html, Selector};
use std::path::{Path, PathBuf};

/// The `<h1>` a page must show, from the same strings and data the app uses.
fn expected_heading(lang: Lang, page: &Page, agencies: &AgenciesFile, acts: &ActsFile) -> String {
    match page {
        Page::Home => i18n::SITE_NAME.get(lang).to_string(),
        Page::Section(s) => i18n::section_title(*s).get(lang).to_string(),
        Page::Agency(id) => agencies.agency(id).unwrap().name.get(lang).to_string(),
        Page::Act(id) => acts.act(id).unwrap().title.get(lang).to_string(),
        Page::Search => i18n::SEARCH_TITLE.get(lang).to_string(),
        Page::Contact => i18n::CONTACT_TITLE.get(lang).to_string(),
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A build as the pre-renderer expects one: the shell and the data, with the acts split.
fn build_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("page-facts");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("data")).unwrap();
    std::fs::copy(root().join("index.html"), dir.join("index.html")).unwrap();
    for entry in std::fs::read_dir(root().join("data")).unwrap().flatten() {
        std::fs::copy(entry.path(), dir.join("data").join(entry.file_name())).unwrap();
    }
    let acts: ActsFile = read(&dir);
    write_split_acts(&dir.join("data"), &acts).unwrap();
    dir
}

fn read<T: DataFile>(dir: &Path) -> T {
    T::parse(&std::fs::read_to_string(dir.join("data").join(T::NAME)).unwrap()).unwrap()
}

fn select<'a>(doc: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    doc.select(&Selector::parse(css).unwrap()).collect()
}

fn text(el: &scraper::ElementRef) -> String {
    el.text().collect()
}

fn attr(doc: &Html, css: &str, name: &str) -> String {
    select(doc, css)
        .first()
        .and_then(|e| e.value().attr(name))
        .unwrap_or_default()
        .to_string()
}

#[test]
fn every_page_states_its_heading_language_title_and_links() {
    let dir = build_dir();
    let report = ibm_collection::prerender::run(&dir, "", "https://ibm.example", &[], true)
        .unwrap_or_else(|e| panic!("pre-rendering failed:\n{e}"));
    let agencies: AgenciesFile = read(&dir);
    let acts: ActsFile = read(&dir);
    let contact = read::<SiteFile>(&dir).contact().is_some();
    let routes = Route::all_pages(
        agencies.agencies.iter().map(|a| a.id.as_str()),
        acts.acts.iter().map(|a| a.id.as_str()),
    );
    // Home, the sections, search, contact, every agency, every act — in both languages.
    let each = 1 + Section::ALL.len() + 2 + agencies.agencies.len() + acts.acts.len();
    assert_eq!(routes.len(), 2 * each);
    let expected_pages = if contact {
        routes.len()
    } else {
        routes.len() - 2
    };
    assert_eq!(report.pages, expected_pages);
    for route in &routes {
        let Route::Page(lang, page) = route else {
            unreachable!()
        };
        if *page == Page::Contact && !contact {
            continue;
        }
        let path = page.path(*lang);
        let file = collection::route::page_file(&path).unwrap();
        let html = std::fs::read_to_string(dir.join(&file))
            .unwrap_or_else(|e| panic!("{path}: no {file}: {e}"));
        let want = expected_heading(*lang, page, &agencies, &acts);
        let doc = Html::parse_document(&html);
        check_page(&doc, *lang, page, &want);
        if page.is_static() {
            let file = collection::route::fragment_file(&path).unwrap();
            let text = std::fs::read_to_string(dir.join(&file))
                .unwrap_or_else(|e| panic!("{path}: no {file}: {e}"));
            check_content_file(&doc, &Html::parse_document(&text), &path);
        }
    }
}

/// A static page's content file, which the app puts in place on client-side navigation: the
/// page's own content, title and description, marked not for indexing.
fn check_content_file(page: &Html, file: &Html, path: &str) {
    let words = |doc: &Html| {
        let content = text(&select(doc, ".static-page")[0]);
        content.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    assert_eq!(
        words(file),
        words(page),
        "{path}: the content file differs from the page"
    );
    assert_eq!(
        attr(file, "html", "lang"),
        attr(page, "html", "lang"),
        "{path}"
    );
    assert_eq!(
        text(&select(file, "title")[0]),
        text(&select(page, "title")[0]),
        "{path}"
    );
    for css in ["meta[name=description]", "meta[property='og:title']"] {
        assert_eq!(
            attr(file, css, "content"),
            attr(page, css, "content"),
            "{path}: {css}"
        );
    }
    assert_eq!(
        attr(file, "meta[name=robots]", "content"),
        "noindex",
        "{path}"
    );
    // Structured data may come along; nothing that runs.
    let scripts = select(file, "script:not([type='application/ld+json'])");
    assert!(scripts.is_empty(), "{path}: a script in a content file");
}

/// What the browser test used to read from each page in Chromium.
fn check_page(doc: &Html, lang: Lang, page: &Page, want: &str) {
    let path = page.path(lang);
    assert_eq!(attr(doc, "html", "lang"), lang.code(), "{path}");
    let h1 = select(doc, "h1");
    assert_eq!(h1.len(), 1, "{path}: one <h1>");
    assert_eq!(text(&h1[0]).trim(), want, "{path}");
    let title = text(&select(doc, "title")[0]);
    assert!(title.starts_with(want), "{path}: title {title:?}");
    assert!(select(doc, ".error-panel").is_empty(), "{path}: an error");
    let main: String = text(&select(doc, "main")[0]);
    // The contact page is mostly its form.
    let least = if *page == Page::Contact { 150 } else { 250 };
    let shown = main.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(shown.chars().count() > least, "{path}: {shown:?}");
    let footer = text(&select(doc, "footer")[0]);
    assert!(footer.contains(i18n::FOOTER_DISCLAIMER.get(lang)), "{path}");
    // The skip link is the first thing a keyboard reaches.
    assert_eq!(attr(doc, "a, button", "class"), "skip-link", "{path}");
    // Description, link previews, language alternates.
    let description = attr(doc, "meta[name=description]", "content");
    assert!(description.chars().count() > 40, "{path}: {description:?}");
    assert_eq!(attr(doc, "meta[property='og:title']", "content"), want);
    let alternates: Vec<String> = select(doc, "link[rel=alternate][hreflang]")
        .iter()
        .map(|l| {
            let href = l.value().attr("href").unwrap_or_default();
            let at = href.find("//").map_or(0, |i| i + 2);
            let path = href[at..].find('/').map_or(href, |p| &href[at + p..]);
            format!("{} {path}", l.value().attr("hreflang").unwrap_or_default())
        })
        .collect();
    let uk = page.path(Lang::Uk);
    let en = page.path(Lang::En);
    assert_eq!(
        alternates,
        [
            format!("uk {uk}"),
            format!("en {en}"),
            format!("x-default {uk}")
        ]
    );
    // No inline script (the CSP allows none): only the page's data.
    let inline =
        "script:not([src]):not([type='application/ld+json']):not([type='application/json'])";
    assert!(select(doc, inline).is_empty(), "{path}: an inline script");
    // A search field on every page (the search page has its own).
    assert_eq!(select(doc, "form[role=search]").len(), 1, "{path}");
    let current = select(doc, ".site-nav a[aria-current]").len();
    assert_eq!(current, usize::from(page.section().is_some()), "{path}");
    let crumbs = select(doc, ".breadcrumbs li").len();
    let want_crumbs = match page {
        Page::Home => 0,
        _ => page.ancestors().len() + 1,
    };
    assert_eq!(crumbs, want_crumbs, "{path}: breadcrumbs");
}
