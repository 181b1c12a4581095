//! Getting around, in headless Chromium through real navigation: every route in both
//! languages, focus and announcements on a page change, the language switch and its memory, the
//! root's redirect, real 404 pages, the error panel for a broken data file, a sub-path build.

use collection::i18n;
use collection::model::{ActsFile, AgenciesFile};
use collection::route::{Page, Section};
use collection::{Lang, Route};
use e2e::{data, dist, dist_subpath, Browser, Fixture, Site, ENTER, SUBPATH, TAB};

/// The `<h1>` a route must show, from the same strings and data the app uses.
fn expected_heading(route: &Route, agencies: &AgenciesFile, acts: &ActsFile) -> String {
    match route {
        Route::Page(lang, Page::Home) => i18n::SITE_NAME.get(*lang).to_string(),
        Route::Page(lang, Page::Section(s)) => i18n::section_title(*s).get(*lang).to_string(),
        Route::Page(lang, Page::Agency(id)) => {
            agencies.agency(id).unwrap().name.get(*lang).to_string()
        }
        Route::Page(lang, Page::Act(id)) => acts.act(id).unwrap().title.get(*lang).to_string(),
        Route::Page(lang, Page::Search) => i18n::SEARCH_TITLE.get(*lang).to_string(),
        Route::Page(lang, Page::Contact) => i18n::CONTACT_TITLE.get(*lang).to_string(),
        other => panic!("not a page: {other:?}"),
    }
}

/// Every route in both languages, in the browser: the app takes over the pre-rendered page
/// (or renders it) without an error, in the page's language, and nothing is fetched from
/// another origin. What each page states in its HTML — title, meta, alternates, breadcrumbs,
/// skip link, no inline script — is read natively from the pre-renderer's output
/// (`tests/page_facts.rs` of the app crate).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_renders_in_both_languages() {
    let Fixture { site, b, dist } = Fixture::start("uk,en").await;
    let agencies: AgenciesFile = data(&dist);
    let acts: ActsFile = data(&dist);
    let site_file: collection::model::SiteFile = data(&dist);
    let routes = Route::all_pages(
        agencies.agencies.iter().map(|a| a.id.as_str()),
        acts.acts.iter().map(|a| a.id.as_str()),
    );
    // Without a contact address the build has no contact page (tests/contact.rs covers both).
    let contact = site_file.contact().is_some();
    for route in &routes {
        let Route::Page(lang, page) = route else {
            unreachable!()
        };
        if *page == Page::Contact && !contact {
            continue;
        }
        let h1 = b.open(&site.url(&page.path(*lang))).await;
        let want = expected_heading(route, &agencies, &acts);
        assert_eq!(h1, want, "{route:?}");
        // One round trip for the rest: language, errors, requests to other origins.
        let facts = b.eval_str("[document.documentElement.lang, document.querySelectorAll('h1, .error-panel').length, performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith(location.origin + '/')).join(' ')].join('|')").await;
        assert_eq!(
            facts,
            format!("{}|1|", lang.code()),
            "{route:?}: lang|h1 and error panels|foreign requests"
        );
    }
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn navigation_moves_focus_announces_and_goes_back() {
    let Fixture { site, b, dist } = Fixture::start("uk,en").await;
    let agencies: AgenciesFile = data(&dist);
    b.open(&site.url("/uk/")).await;
    // First load leaves focus alone.
    assert_eq!(b.eval_str("document.activeElement.tagName").await, "BODY");

    b.click(".site-nav a[href='/uk/agencies']").await;
    let title = i18n::section_title(Section::Agencies).get(Lang::Uk);
    b.wait_heading(title).await;
    b.wait_path("/uk/agencies").await;
    assert_eq!(b.eval_str("document.activeElement.tagName").await, "H1");
    b.wait_for(
        "document.querySelector('[aria-live]').textContent.length > 0",
        "the announcement",
    )
    .await;
    let said = b
        .eval_str("document.querySelector('[aria-live]').textContent")
        .await;
    assert!(said.contains(title), "announced {said:?}");
    assert_eq!(b.eval_str("document.querySelector('.site-nav a[href=\"/uk/agencies\"]').getAttribute('aria-current')").await, "page");
    let count = b
        .eval_str("document.querySelector('main .count').textContent")
        .await;
    assert_eq!(
        count,
        i18n::AGENCIES_COUNT.count(Lang::Uk, agencies.agencies.len() as u64)
    );

    let sbgs = agencies.agency("sbgs").unwrap();
    b.click("main a[href='/uk/agencies/sbgs']").await;
    b.wait_heading(&sbgs.name.uk).await;
    assert_eq!(b.eval_str("document.activeElement.tagName").await, "H1");
    assert_eq!(
        b.eval_str("document.querySelector('.breadcrumbs [aria-current]').textContent")
            .await,
        sbgs.name.uk
    );
    assert_eq!(b.eval_str("document.querySelector('.site-nav a[href=\"/uk/agencies\"]').getAttribute('aria-current')").await, "true");
    // Both official names, each marked with its language.
    assert_eq!(
        b.eval_str("document.querySelector('dd[lang=en]').textContent")
            .await,
        sbgs.name.en
    );

    b.client.back().await.unwrap();
    b.wait_heading(title).await;
    b.client.forward().await.unwrap();
    b.wait_heading(&sbgs.name.uk).await;

    // A static page shown by navigation has its own title and description, once each; they go
    // with it, and the next page (here one the app renders) writes its own.
    let site_name = i18n::SITE_NAME.uk;
    assert_eq!(
        b.eval_str("document.title").await,
        format!("{} — {site_name}", sbgs.name.uk)
    );
    let descriptions =
        "[...document.querySelectorAll('meta[name=description]')].map(m => m.content)";
    let said = b.eval(descriptions).await;
    assert_eq!(said.as_array().map(Vec::len), Some(1), "{said}");
    assert_eq!(
        b.eval_str("document.querySelector('meta[property=\"og:title\"]').content")
            .await,
        sbgs.name.uk
    );
    b.click(".site-nav a[href='/uk/library']").await;
    b.wait_heading(i18n::section_title(Section::Library).uk)
        .await;
    let said = b.eval(descriptions).await;
    let lead: String = i18n::LIBRARY_LEAD.uk.chars().take(300).collect();
    assert_eq!(said, serde_json::json!([lead]), "{said}");
    b.client.back().await.unwrap();
    b.wait_heading(&sbgs.name.uk).await;
    assert_eq!(b.eval(descriptions).await.as_array().map(Vec::len), Some(1));

    // The breadcrumb leads back up.
    b.click(".breadcrumbs a[href='/uk/agencies']").await;
    b.wait_heading(title).await;
    assert_eq!(
        b.eval_str("document.title").await,
        format!("{title} — {site_name}")
    );
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn language_switch_keeps_the_page_and_is_remembered() {
    let Fixture { site, b, dist } = Fixture::start("uk").await;
    let agencies: AgenciesFile = data(&dist);
    let sbgs = agencies.agency("sbgs").unwrap();
    assert_eq!(b.open(&site.url("/uk/agencies/sbgs")).await, sbgs.name.uk);
    b.click(".lang-switch a[hreflang='en']").await;
    b.wait_heading(&sbgs.name.en).await;
    b.wait_path("/en/agencies/sbgs").await;
    assert_eq!(b.eval_str("document.documentElement.lang").await, "en");
    assert_eq!(
        b.eval_str("document.querySelector('.lang-switch [aria-current]').textContent")
            .await,
        "English"
    );
    // The root now follows the saved choice, not the browser's Ukrainian preference.
    b.goto(&site.url("/")).await;
    b.wait_for("location.pathname === '/en/'", "redirect to /en/")
        .await;
    assert_eq!(b.wait_page().await, i18n::SITE_NAME.en);
    b.click(".lang-switch a[hreflang='uk']").await;
    b.wait_heading(i18n::SITE_NAME.uk).await;
    b.goto(&site.url("/")).await;
    b.wait_for("location.pathname === '/uk/'", "redirect to /uk/")
        .await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn root_follows_the_browser_language_when_nothing_is_saved() {
    let site = Site::start(dist(), "").await;
    for (prefs, want) in [
        ("en-GB,en", "/en/"),
        ("uk-UA,uk,en", "/uk/"),
        ("de-DE,de", "/uk/"),
    ] {
        let b = Browser::start(prefs).await;
        b.goto(&site.url("/")).await;
        b.wait_for(&format!("location.pathname === '{want}'"), want)
            .await;
        b.wait_page().await;
        b.close().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_paths_and_ids_get_a_real_not_found_page() {
    let site = Site::start(dist(), "").await;
    let b = Browser::start("uk").await;
    for (path, lang) in [
        ("/uk/nope", Lang::Uk),
        ("/en/agencies/no-such-agency", Lang::En),
        ("/uk/agencies/a/b", Lang::Uk),
        ("/en/ibm/extra", Lang::En),
        ("/fr/ibm", Lang::Uk),
    ] {
        let h1 = b.open(&site.url(path)).await;
        let want = i18n::NOT_FOUND_TITLE.get(lang);
        assert_eq!(h1, want, "{path}");
        assert!(
            b.eval_str("document.title").await.starts_with(want),
            "{path}"
        );
        assert_eq!(
            b.eval_str("document.documentElement.lang").await,
            lang.code(),
            "{path}"
        );
        // A plain 404: no section in a breadcrumb, nothing to share, no canonical address.
        for gone in [".breadcrumbs", ".share", "link[rel=canonical]"] {
            assert_eq!(b.count(gone).await, 0, "{path}: {gone}");
        }
    }
    // The way back works.
    b.click(&format!("main a[href='{}']", Page::Home.path(Lang::Uk)))
        .await;
    b.wait_heading(i18n::SITE_NAME.uk).await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broken_data_file_shows_an_error_panel_and_the_rest_still_works() {
    let site = Site::start(dist(), "").await;
    // The app's own loading, failing and retrying, without the offline worker: once installed,
    // it answers data and content files from its cache first (refreshing in the background),
    // so whether a broken file it cached reaches a later step would depend on when it installed
    // (tests/offline.rs covers the worker).
    site.set_override_typed("/sw.js", 404, "text/plain", "no worker in this test");
    site.set_override("/data/agencies.json", 200, "{ \"bodies\": [ broken");
    site.set_override("/data/acts-index.json", 500, "server error");
    // Loaded once per visit: broken from the start, for the last step below.
    site.set_override("/data/components.json", 200, "{ broken");
    let b = Browser::start("uk").await;

    // A pre-rendered page carries its data; a page the app shows next loads it. An HTTP
    // failure names the status; fixing the file and retrying recovers.
    b.open(&site.url("/uk/")).await;
    b.click(".site-nav a[href='/uk/timeline']").await;
    b.wait_heading(i18n::section_title(Section::Timeline).uk)
        .await;
    let panel = b.error_panel().await;
    assert!(
        panel.contains("data/acts-index.json") && panel.contains("500"),
        "{panel}"
    );
    assert!(panel.contains(i18n::ERROR_TITLE.uk), "{panel}");
    site.clear_override("/data/acts-index.json");
    b.click(".error-panel button").await;
    b.wait_for("document.querySelector('.error-panel') === null && document.querySelector('main .timeline-act') !== null", "content after retry").await;

    // A file that is not valid JSON: the panel says where and why.
    b.click(".site-nav a[href='/uk/library']").await;
    b.wait_heading(i18n::section_title(Section::Library).uk)
        .await;
    let panel = b.error_panel().await;
    assert!(panel.contains("data/agencies.json"), "{panel}");
    assert!(panel.contains(i18n::ERROR_INVALID.uk), "{panel}");

    // Other pages keep working, by in-app navigation.
    b.click(".site-nav a[href='/uk/ibm']").await;
    b.wait_heading(i18n::section_title(Section::Ibm).uk).await;
    assert_eq!(
        b.eval("document.querySelectorAll('.error-panel').length")
            .await,
        0
    );
    assert!(
        b.eval("document.querySelectorAll('.timeline__item').length")
            .await
            .as_u64()
            .unwrap()
            > 0
    );

    // A static page whose content fails to load: the panel names its file, under the page's
    // heading; retrying recovers.
    site.set_override("/en/strategy.main.html", 503, "unavailable");
    b.navigate("/en/strategy").await;
    let panel = b.error_panel().await;
    assert!(
        panel.contains("en/strategy.main.html") && panel.contains("503"),
        "{panel}"
    );
    assert_eq!(
        b.text("main h1").await,
        i18n::section_title(Section::Strategy).en
    );
    site.clear_override("/en/strategy.main.html");
    // Slow content: the loading line and a busy <main> until it is in.
    site.set_delay("/en/strategy.main.html", 1500);
    b.click(".error-panel button").await;
    b.wait_for(
        "document.querySelector('main[aria-busy=true] .static-page .loading[role=status]') !== null",
        "the loading line",
    )
    .await;
    b.wait_for("document.querySelector('.error-panel') === null && document.querySelector('main .goals') !== null && document.querySelector('main .loading') === null", "content after retry").await;

    // The approximation map's file broken: the library, which filters by its components,
    // still lists the acts (without that filter's choices).
    site.clear_override("/data/agencies.json");
    b.navigate("/uk/library").await;
    b.wait_for(
        "document.querySelector('main .act-card') !== null",
        "the library's acts",
    )
    .await;
    assert_eq!(b.count(".error-panel").await, 0);
    assert_eq!(b.count("#component option").await, 1, "only “all”");
    b.close().await;
}

/// The folder of the build's wasm chunks (`split-<hash>`, xtask/src/split.rs).
fn chunks_folder() -> String {
    std::fs::read_dir(dist())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .find(|n| n.starts_with("split-"))
        .expect("a split-<hash> folder in the build")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_page_whose_code_does_not_arrive_says_so_and_the_rest_still_works() {
    let site = Site::start(dist(), "").await;
    // Without the offline worker, which would have fetched every chunk at install.
    site.set_override_typed("/sw.js", 404, "text/plain", "no worker in this test");
    let chunk = format!("/{}/split_other.wasm", chunks_folder());
    site.set_override(&chunk, 503, "unavailable");
    let b = Browser::start("uk").await;

    // By navigation: the page's heading, and a panel naming the chunk; retrying recovers.
    b.open(&site.url("/uk/")).await;
    b.click(".site-nav a[href='/uk/timeline']").await;
    b.wait_heading(i18n::section_title(Section::Timeline).uk)
        .await;
    let panel = b.error_panel().await;
    assert!(panel.contains("split_other.wasm"), "{panel}");
    assert!(
        panel.contains(i18n::ERROR_NETWORK.uk) && !panel.contains("()"),
        "the reason, in the page's language and without empty brackets: {panel}"
    );
    assert!(
        !panel.contains("failed"),
        "no English on a Ukrainian page: {panel}"
    );
    // Other pages, and their own chunks, keep working.
    b.click(".site-nav a[href='/uk/library']").await;
    b.wait_heading(i18n::section_title(Section::Library).uk)
        .await;
    b.wait_for(
        "document.querySelector('main .act-card') !== null",
        "the library's acts",
    )
    .await;
    b.click(".site-nav a[href='/uk/timeline']").await;
    b.wait_heading(i18n::section_title(Section::Timeline).uk)
        .await;
    b.error_panel().await;
    site.clear_override(&chunk);
    b.click(".error-panel button").await;
    b.wait_for("document.querySelector('.error-panel') === null && document.querySelector('main .timeline-act') !== null", "the timeline after retry").await;

    // Opened directly: the page stays as the build wrote it, readable, and its links lead on.
    b.close().await;
    site.set_override(&chunk, 503, "unavailable");
    let b = Browser::start("uk").await;
    b.goto(&site.url("/uk/timeline")).await;
    b.wait_for(
        "document.querySelector('main .timeline-act') !== null",
        "the pre-rendered timeline",
    )
    .await;
    b.click(".site-nav a[href='/uk/library']").await;
    assert_eq!(
        b.wait_page().await,
        i18n::section_title(Section::Library).uk
    );
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deep_links_work_under_a_sub_path() {
    let dist = dist_subpath();
    let agencies: AgenciesFile = data(&dist);
    let site = Site::start(dist, SUBPATH).await;
    let b = Browser::start("uk").await;
    let sbgs = agencies.agency("sbgs").unwrap();
    assert_eq!(b.open(&site.url("/en/agencies/sbgs")).await, sbgs.name.en);
    b.click(&format!(".site-nav a[href='{SUBPATH}/en/ibm']"))
        .await;
    b.wait_heading(i18n::section_title(Section::Ibm).en).await;
    b.wait_path(&format!("{SUBPATH}/en/ibm")).await;
    // On a fresh load the skip link is the first Tab stop; Enter on it focuses <main> without
    // leaving the page (a bare "#main-content" would resolve against <base href>).
    b.open(&site.url("/en/ibm")).await;
    b.press(TAB).await;
    assert_eq!(
        b.eval_str("document.activeElement.className").await,
        "skip-link"
    );
    b.press(ENTER).await;
    assert_eq!(
        b.eval_str("document.activeElement.id").await,
        "main-content"
    );
    assert_eq!(b.path().await, format!("{SUBPATH}/en/ibm"));
    // The root of the sub-path redirects into a language under it.
    b.goto(&site.url("/")).await;
    b.wait_for(
        &format!("location.pathname === '{SUBPATH}/uk/'"),
        "redirect under the sub-path",
    )
    .await;
    b.close().await;
}

#[test]
fn dist_works_on_hosts_without_rewrites() {
    let dist = dist();
    let index = std::fs::read(dist.join("index.html")).unwrap();
    let fallback = std::fs::read(dist.join("404.html")).expect("404.html");
    assert_eq!(index, fallback, "404.html must be the app shell");
    for name in collection::files::ALL_FILES {
        assert!(
            dist.join("data").join(name).is_file(),
            "data/{name} missing from dist"
        );
    }
}
