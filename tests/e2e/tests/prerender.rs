//! Pre-rendered pages (see `tests/e2e/src/prerender.rs` and `src/boot.rs`): readable before and
//! without the app's code, and replaced by the app without losing what the reader did.

use collection::i18n;
use collection::model::{ActsFile, AgenciesFile};
use e2e::{data, dist, Browser, Site};

fn wasm_path() -> String {
    std::fs::read_dir(dist())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .find(|n| n.ends_with("_bg.wasm"))
        .map(|n| format!("/{n}"))
        .expect("a wasm file in dist/")
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
            i18n::section_title(collection::route::Section::Agencies).get(lang),
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
        "/uk/contact",
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_takes_over_keeping_focus_and_typed_text() {
    let site = Site::start(dist(), "").await;
    // A slow link: the app's code arrives two seconds after the page.
    site.set_delay(&wasm_path(), 2000);
    let b = Browser::start_without_waiting("uk").await;
    b.goto(&site.url("/uk/library")).await;
    static_page(
        &b,
        "/uk/library",
        i18n::section_title(collection::route::Section::Library).uk,
    )
    .await;
    assert_eq!(
        b.eval_str("document.documentElement.dataset.app || ''")
            .await,
        "",
        "the heading is there before the app"
    );
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
    // One page, not two: the static nodes and head tags are gone.
    for (css, n) in [
        ("[data-pre]", 0),
        ("main", 1),
        ("main h1", 1),
        ("header.site-header", 1),
        ("link[rel=canonical]", 1),
        ("meta[name=description]", 1),
        ("title", 1),
    ] {
        assert_eq!(b.count(css).await, n, "{css}");
    }
    assert!(
        b.count(".act-card, .acts li").await > 0,
        "the list is there"
    );
    // The static page hinted the data the app wants; the app used that one download.
    let html = std::fs::read_to_string(dist().join("uk/library.html")).unwrap();
    for file in ["acts-index.json", "agencies.json", "cooperation.json"] {
        assert!(
            html.contains(&format!("href=\"data/{file}\"")),
            "a preload hint for {file}"
        );
        assert_eq!(
            b.eval(&format!("performance.getEntriesByName(new URL('data/{file}', document.baseURI).href).length"))
                .await,
            1,
            "{file} is fetched once: the app's request used the preload"
        );
    }
    // The app is in charge: a filter works without a page load.
    b.eval("window.__same_page = true").await;
    b.choose("#jurisdiction", "eu").await;
    b.wait_for(
        "location.search.includes('jurisdiction=eu')",
        "the filter in the URL",
    )
    .await;
    assert_eq!(b.eval("window.__same_page === true").await, true);
}
