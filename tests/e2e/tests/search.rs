//! Finding things: search as you type with the address following, and the glossary —
//! alphabetical, linkable, searchable and linked from the sections.

use collection::i18n;
use collection::route::{Page, Section};
use collection::Lang;
use e2e::{data, dist, Browser, Site, ENTER};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_finds_as_you_type_and_the_url_follows() {
    let site = Site::start(dist(), "").await;
    let b = Browser::start("uk").await;
    b.open(&site.url("/uk/agencies")).await;

    // "/" focuses the header field; Enter opens the results for the query.
    b.press("/").await;
    assert_eq!(
        b.eval_str("document.activeElement.id").await,
        "header-search"
    );
    b.press("1777-XII").await;
    b.press(ENTER).await;
    b.wait_path("/uk/search?q=1777-XII").await;
    assert_eq!(b.first_result().await, "/uk/library/ua-law-1777-xii");
    assert!(
        b.count(".search-result mark").await >= 1,
        "matched words are marked"
    );
    assert_eq!(
        b.eval_str("document.querySelector('#search-input').value")
            .await,
        "1777-XII"
    );

    // Typing updates the results and the address, with no reload.
    b.eval("(() => { const i = document.querySelector('#search-input'); i.focus(); i.select(); return 1; })()").await;
    b.press("derzhavnyi kordon").await;
    b.wait_path("/uk/search?q=derzhavnyi%20kordon").await;
    b.wait_for("document.querySelector('.search-result a').getAttribute('href') === '/uk/library/ua-law-1777-xii'", "the State Border law first").await;
    assert_eq!(
        b.eval_str("document.querySelector('.search-result__kind').textContent")
            .await,
        i18n::KIND_ACT.uk
    );

    // A shared link in the other interface language finds the same act.
    b.open(&site.url(
        "/en/search?q=%D0%BC%D0%B8%D1%82%D0%BD%D0%B8%D0%B9%20%D0%BA%D0%BE%D0%B4%D0%B5%D0%BA%D1%81",
    ))
    .await;
    b.wait_for(
        "document.querySelector('.search-result a') !== null",
        "results",
    )
    .await;
    assert_eq!(
        b.eval_str("document.querySelector('.search-result a').getAttribute('href')")
            .await,
        "/en/library/ua-law-4495-vi"
    );

    // Empty and no-result states help.
    b.open(&site.url("/uk/search")).await;
    assert!(b.count(".suggestions a").await >= 3);
    b.open(&site.url("/uk/search?q=qqqqzzzzxxxx")).await;
    assert!(b.text("main").await.contains(i18n::SEARCH_NONE.uk));
    assert_eq!(b.count("main a[href='/uk/library']").await, 1);

    // Any input: 10,000 characters, emoji, control characters — the page answers and survives.
    let long = format!("{}😀\u{0007}'’/-", "кордон ".repeat(1430));
    b.set_value("#search-input", &long).await;
    b.wait_for(
        "location.search.length > 1000",
        "the long query in the address",
    )
    .await;
    b.wait_for(
        "document.querySelector('.results__count') !== null",
        "an answer",
    )
    .await;
    assert_eq!(b.text("main h1").await, i18n::SEARCH_TITLE.uk);
    b.close().await;
}

/// On a slow link the results come before the app: the search module answers the address's
/// query, and what the reader types, while the app's code is still on its way; the app then
/// carries on from what the reader typed. A missing index names its file, and retrying recovers.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn results_show_before_the_app_and_a_missing_index_names_its_file() {
    let dist = dist();
    let site = Site::start(dist.clone(), "").await;
    site.set_override_typed("/sw.js", 404, "text/plain", "no worker in this test");
    site.set_delay(&format!("/{}", e2e::wasm_file(&dist)), 4000);
    let b = Browser::start_without_waiting("uk").await;
    b.goto(&site.url("/uk/search?q=%D0%BA%D0%BE%D1%80%D0%B4%D0%BE%D0%BD"))
        .await;
    b.wait_for(
        "document.querySelector('.search-result a') !== null",
        "results from the search module",
    )
    .await;
    let app = "document.documentElement.dataset.app || ''";
    assert_eq!(b.eval_str(app).await, "", "the results came before the app");
    // Their excerpts follow with the texts file (results show without waiting for it).
    b.wait_for(
        "document.querySelector('.search-result__excerpt mark') !== null",
        "excerpts with the query marked",
    )
    .await;
    assert_eq!(
        b.eval_str("document.querySelector('#search-input').value")
            .await,
        "кордон"
    );
    b.set_value("#search-input", "1777-XII").await;
    b.wait_for("document.querySelector('.search-result a').getAttribute('href') === '/uk/library/ua-law-1777-xii'", "results for what was typed").await;
    assert_eq!(b.eval_str(app).await, "", "still before the app");
    // The app takes over and carries on from what was typed.
    b.wait_page().await;
    b.wait_path("/uk/search?q=1777-XII").await;
    b.set_value("#search-input", "derzhavnyi kordon").await;
    b.wait_path("/uk/search?q=derzhavnyi%20kordon").await;
    b.wait_for("document.querySelector('.search-result a').getAttribute('href') === '/uk/library/ua-law-1777-xii'", "the app's results").await;
    b.close().await;

    // The index cannot be had: the page says which file and why; retrying recovers.
    site.set_override_typed("/data/search-en.bin", 404, "text/plain", "gone");
    let b = Browser::start("en").await;
    b.open(&site.url("/en/search?q=border")).await;
    let panel = b.error_panel().await;
    assert!(
        panel.contains("data/search-en.bin") && panel.contains("404"),
        "{panel}"
    );
    assert_eq!(b.text("main h1").await, i18n::SEARCH_TITLE.en);
    site.clear_override("/data/search-en.bin");
    b.click(".error-panel button").await;
    b.wait_for("document.querySelector('.error-panel') === null && document.querySelector('.search-result a') !== null", "results after retry").await;
    // A file that is not an index: the panel says it could not be read.
    site.set_override_bytes(
        "/data/search-uk.bin",
        200,
        "application/octet-stream",
        b"not an index".to_vec(),
    );
    b.open(&site.url("/uk/search?q=border")).await;
    let panel = b.error_panel().await;
    assert!(
        panel.contains("data/search-uk.bin") && panel.contains("search index format"),
        "{panel}"
    );
    site.clear_override("/data/search-uk.bin");
    b.close().await;
    // Without the excerpts' texts, search works all the same: results without excerpts (a
    // new browser, whose service worker has cached no texts).
    site.set_override_typed("/data/search-uk-texts.bin", 404, "text/plain", "gone");
    let b = Browser::start("uk").await;
    b.open(&site.url("/uk/search?q=border")).await;
    assert!(b.first_result().await.starts_with("/uk/"));
    b.wait_for(
        "performance.getEntriesByName('ibm-search-index').length > 0",
        "the index read",
    )
    .await;
    // The texts were asked for beside the index: their answer has come by now.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(b.count("main .error-panel").await, 0);
    assert_eq!(b.count(".search-result__excerpt").await, 0);
    assert!(b.first_result().await.starts_with("/uk/"));
    site.clear_override("/data/search-uk-texts.bin");
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn excerpts_arrive_into_the_results_without_moving_focus() {
    // The texts come late: the results show first, titles only, and the reader moves on.
    let site = Site::start(dist(), "").await;
    site.set_delay("/data/search-en-texts.bin", 3000);
    let b = Browser::start("en").await;
    b.open(&site.url("/en/search?q=border")).await;
    assert!(b.first_result().await.starts_with("/en/"));
    assert_eq!(b.count(".search-result__excerpt").await, 0, "no texts yet");
    b.eval("(window.__link = document.querySelectorAll('.search-result a')[1]).focus() ?? true")
        .await;
    b.wait_for(
        "document.querySelectorAll('.search-result__excerpt').length > 1",
        "the excerpts, once the texts have come",
    )
    .await;
    assert_eq!(
        b.eval("document.activeElement === window.__link && window.__link.isConnected")
            .await,
        true,
        "focus stays on the result the reader was on"
    );
    assert_eq!(b.count(".results__count").await, 1);
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_glossary_is_alphabetical_linkable_searchable_and_linked_from_sections() {
    let dist = dist();
    let g: collection::model::GlossaryFile = data(&dist);
    assert!(
        g.terms.len() >= 40,
        "at least 40 terms, found {}",
        g.terms.len()
    );
    let site = Site::start(dist, "").await;
    let b = Browser::start("uk").await;
    for lang in Lang::ALL {
        b.open(&site.url(&Page::Section(Section::Glossary).path(lang)))
            .await;
        assert_eq!(b.count(".term").await as usize, g.terms.len());
        let names = b
            .eval("[...document.querySelectorAll('.term__name')].map(h => h.textContent)")
            .await;
        let names: Vec<String> = names
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        let mut sorted = names.clone();
        sorted.sort_by_cached_key(|n| collection::lang::collation_key(n, lang));
        assert_eq!(names, sorted, "{lang}: alphabetical in the page's language");
        // The letter index jumps within the page.
        b.click(".letters a").await;
        assert!(b
            .eval_str("document.activeElement.id")
            .await
            .starts_with("letter-"));
    }
    // A deep link to a term brings it into view.
    b.open(&site.url("/en/glossary#readmission")).await;
    b.wait_for("(() => { const r = document.getElementById('readmission').getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; })()", "the term in view").await;
    // Search finds terms and links to their anchors.
    b.open(&site.url("/uk/search?q=%D0%B7%D0%B5%D0%BB%D0%B5%D0%BD%D0%B8%D0%B9%20%D0%BA%D0%BE%D1%80%D0%B4%D0%BE%D0%BD")).await;
    assert_eq!(b.first_result().await, "/uk/glossary#green-border");
    assert_eq!(b.text(".search-result__kind").await, i18n::KIND_TERM.uk);
    // Section pages link to their key terms.
    b.open(&site.url("/uk/ibm")).await;
    b.wait_for(
        "document.querySelector('.key-terms a') !== null",
        "key terms",
    )
    .await;
    let first = b
        .eval_str("document.querySelector('.key-terms a').getAttribute('href')")
        .await;
    assert!(first.starts_with("/uk/glossary#"), "{first}");
    b.click(".key-terms a").await;
    b.wait_heading(i18n::section_title(Section::Glossary).uk)
        .await;
    b.close().await;
}
