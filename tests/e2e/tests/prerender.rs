//! Pre-rendered pages (`src/prerender.rs`) and hydration (`src/boot.rs`): readable before and
//! without the app's code, and taken over by the app without replacing what the reader sees.

use collection::i18n;
use collection::library::{self, LibraryQuery};
use collection::model::{ActsFile, AgenciesFile};
use collection::route::Section;
use e2e::{data, dist, Browser, Site};
use serde_json::json;

fn wasm_path() -> String {
    wasm_in(&dist())
}

fn wasm_in(dist: &std::path::Path) -> String {
    format!("/{}", e2e::wasm_file(dist))
}

/// Waits for a page of `path` whose heading is `h1`, from a full page load (not the app).
async fn static_page(b: &Browser, path: &str, h1: &str) {
    let expect = serde_json::to_string(h1).unwrap();
    let path_js = serde_json::to_string(path).unwrap();
    b.wait_for(
        &format!("location.pathname === {path_js} && document.querySelector('main h1') && document.querySelector('main h1').textContent === {expect}"),
        &format!("the pre-rendered {path}"),
    )
    .await;
}

/// Records, from the first moment of every document, what the page reports as an error (a
/// hydration mismatch is logged by Leptos through `console.error`), and keeps the app's code
/// out of the cache, so that every page load waits for it again.
async fn record_errors(b: &Browser) {
    b.cdp("Network.enable", json!({})).await;
    b.cdp("Network.setCacheDisabled", json!({ "cacheDisabled": true }))
        .await;
    b.cdp("Network.setBypassServiceWorker", json!({ "bypass": true }))
        .await;
    b.cdp("Page.enable", json!({})).await;
    b.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": include_str!("../js/record_errors.js") }),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_the_app_code_pages_are_readable_and_links_work() {
    let dist = dist();
    let agencies: AgenciesFile = data(&dist);
    let acts: ActsFile = data(&dist);
    let act = &acts.acts[0];
    let site = Site::start(dist.clone(), "").await;
    // The app's code never arrives, as on a link that drops the large download.
    site.set_override_typed(&wasm_path(), 404, "text/plain", "gone");
    let b = Browser::start("uk").await;

    for lang in collection::Lang::ALL {
        let code = lang.code();
        b.goto(&site.url(&format!("/{code}/library/{}", act.id)))
            .await;
        static_page(
            &b,
            &format!("/{code}/library/{}", act.id),
            act.title.get(lang),
        )
        .await;
        assert_eq!(b.eval_str("document.documentElement.lang").await, code);
        let summary = act.summary.get(lang);
        assert!(
            b.text("main").await.contains(summary),
            "the act's summary is in the page"
        );
        // The act's name is the last breadcrumb, without the app too.
        assert_eq!(
            b.text(".breadcrumbs li:last-child").await,
            act.title.get(lang)
        );
        // The skip link stays on this page despite <base href>.
        assert_eq!(
            b.eval_str("new URL(document.querySelector('.skip-link').href).pathname")
                .await,
            format!("/{code}/library/{}", act.id)
        );
        // A link in the navigation is a plain link to another pre-rendered page.
        b.click(&format!("a[href='/{code}/agencies']")).await;
        static_page(
            &b,
            &format!("/{code}/agencies"),
            i18n::section_title(Section::Agencies).get(lang),
        )
        .await;
        let first = &agencies.agencies[0];
        assert!(b.text("main").await.contains(first.name.get(lang)));
    }

    // The static pages are as accessible as the app's: an axe audit of a few kinds.
    let axe = e2e::browser::axe_source();
    let mut problems = Vec::new();
    for path in [
        "/uk/",
        "/en/library",
        "/uk/glossary",
        "/en/strategy",
        "/uk/timeline",
    ] {
        b.goto(&site.url(path)).await;
        b.wait_for("document.querySelector('main h1') !== null", path)
            .await;
        for v in b.axe(&axe).await {
            problems.push(format!("{path}: {v}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    // The header search submits to the results page.
    b.goto(&site.url("/uk/")).await;
    static_page(&b, "/uk/", i18n::SITE_NAME.uk).await;
    b.click("#header-search").await;
    b.client
        .active_element()
        .await
        .unwrap()
        .send_keys("кордон\u{E007}")
        .await
        .unwrap();
    b.wait_for(
        "location.pathname === '/uk/search' && new URLSearchParams(location.search).get('q') === 'кордон'",
        "the search page",
    )
    .await;
    assert_eq!(
        b.eval_str("document.documentElement.dataset.app || ''")
            .await,
        ""
    );
}

/// Loads `path` with the app's code held back, marks the nodes the browser parsed from the
/// HTML, lets the app take over, and checks that the same nodes are still there — then runs
/// `settled`, a JS condition for the page's own content (a filter applied, results shown).
async fn takes_over(b: &Browser, site: &Site, path: &str, settled: &str) {
    b.goto(&site.url(path)).await;
    b.wait_for(
        "document.querySelector('main h1') !== null",
        &format!("the pre-rendered {path}"),
    )
    .await;
    assert_eq!(
        b.eval_str("document.documentElement.dataset.app || ''")
            .await,
        "",
        "{path}: the heading is there before the app"
    );
    b.eval("(window.__parsed = { h1: document.querySelector('main h1'), header: document.querySelector('header.site-header'), main: document.querySelector('main') }, true)")
        .await;
    b.wait_page().await;
    b.wait_for(
        settled,
        &format!("{path} to show what its address asks for"),
    )
    .await;
    for node in ["h1", "header", "main"] {
        assert_eq!(
            b.eval(&format!("document.contains(window.__parsed.{node}) && document.querySelector({:?}) === window.__parsed.{node}",
                match node { "h1" => "main h1", "header" => "header.site-header", _ => "main" }))
                .await,
            true,
            "{path}: the parsed <{node}> is the one in the page after the app took over"
        );
    }
    let errors = b.eval("window.__errors").await;
    assert_eq!(errors, json!([]), "{path}: errors while taking over");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_hydrates_every_kind_of_page_without_replacing_it() {
    let dist = dist();
    let acts: ActsFile = data(&dist);
    let agencies: AgenciesFile = data(&dist);
    let site = Site::start(dist.clone(), "").await;
    // A slow link: the app's code arrives after the page has been read.
    site.set_delay(&wasm_path(), 800);
    let b = Browser::start_without_waiting("uk").await;
    record_errors(&b).await;

    // The library with a filter in the address: pre-rendered without it, filtered right after.
    let q = LibraryQuery::from_pairs([("type", "law")]);
    let expected = library::view(&acts, &q, collection::Lang::Uk).total;
    let count =
        serde_json::to_string(&i18n::results_found(collection::Lang::Uk, expected as u64)).unwrap();
    takes_over(
        &b,
        &site,
        "/uk/library?type=law",
        &format!("document.querySelector('#results-count').textContent === {count} && document.querySelector('#type').value === 'law'"),
    )
    .await;
    let act = &acts.acts[5];
    takes_over(
        &b,
        &site,
        &format!("/en/library/{}", act.id),
        "document.querySelector('.citation') !== null",
    )
    .await;
    takes_over(
        &b,
        &site,
        &format!("/uk/agencies/{}", agencies.agencies[1].id),
        "true",
    )
    .await;
    takes_over(
        &b,
        &site,
        "/uk/",
        "document.querySelectorAll('.card').length > 0",
    )
    .await;
    takes_over(&b, &site, "/en/strategy", "true").await;
    takes_over(
        &b,
        &site,
        "/uk/glossary",
        "document.querySelectorAll('.term').length > 0",
    )
    .await;
    takes_over(
        &b,
        &site,
        "/uk/search?q=%D0%BA%D0%BE%D1%80%D0%B4%D0%BE%D0%BD",
        "document.querySelectorAll('.search-result').length > 0 && document.querySelector('#search-input').value === 'кордон'",
    )
    .await;

    // The app is in charge: links navigate in-app, and a filter works without a page load.
    b.eval("window.__same_page = true").await;
    b.click("a[href='/uk/library']").await;
    b.wait_heading(i18n::section_title(Section::Library).uk)
        .await;
    b.choose("#jurisdiction", "eu").await;
    b.wait_for(
        "location.search.includes('jurisdiction=eu')",
        "the filter in the URL",
    )
    .await;
    b.wait_page().await;
    assert_eq!(b.eval("window.__same_page === true").await, true);
    assert_eq!(b.eval("window.__errors").await, json!([]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hydration_keeps_focus_and_typed_text() {
    let site = Site::start(dist(), "").await;
    site.set_delay(&wasm_path(), 1500);
    let b = Browser::start_without_waiting("uk").await;
    b.goto(&site.url("/uk/library")).await;
    static_page(&b, "/uk/library", i18n::section_title(Section::Library).uk).await;
    b.eval("(document.getElementById('header-search').focus(), document.getElementById('header-search').value = 'шенген', true)")
        .await;
    b.wait_page().await;
    assert_eq!(
        b.eval_str("document.activeElement.id").await,
        "header-search"
    );
    assert_eq!(
        b.eval_str("document.getElementById('header-search').value")
            .await,
        "шенген",
        "what the reader typed is kept"
    );
    // One page, not two.
    for (css, n) in [
        ("main", 1),
        ("main h1", 1),
        ("header.site-header", 1),
        ("link[rel=canonical]", 1),
        ("meta[name=description]", 1),
        ("title", 1),
    ] {
        assert_eq!(b.count(css).await, n, "{css}");
    }
    // The app submits the header search itself.
    b.press(e2e::ENTER).await;
    b.wait_heading(i18n::SEARCH_TITLE.uk).await;
    b.wait_for(
        "document.querySelectorAll('.search-result').length > 0",
        "results",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sub_path_build_hydrates_too() {
    let dist = e2e::dist_subpath();
    let site = Site::start(dist.clone(), e2e::SUBPATH).await;
    site.set_delay(&wasm_in(&dist), 800);
    let b = Browser::start_without_waiting("en").await;
    record_errors(&b).await;
    let acts: ActsFile = data(&dist);
    let q = LibraryQuery::from_pairs([("jurisdiction", "eu")]);
    let expected = library::view(&acts, &q, collection::Lang::En).total;
    let count =
        serde_json::to_string(&i18n::results_found(collection::Lang::En, expected as u64)).unwrap();
    takes_over(
        &b,
        &site,
        "/en/library?jurisdiction=eu",
        &format!("document.querySelector('#results-count').textContent === {count}"),
    )
    .await;
    // Links stay under the sub-path, and the app follows them.
    b.click(&format!("a[href='{}/en/strategy']", e2e::SUBPATH))
        .await;
    b.wait_heading(i18n::section_title(Section::Strategy).en)
        .await;
    assert_eq!(b.path().await, format!("{}/en/strategy", e2e::SUBPATH));
}
