//! On a phone at a border post. At 390×844 the header is compact — the collection's name, the
//! other language, "Menu" and search — and every page's heading starts within the first
//! 240 px; the menu opens and closes from the keyboard, before and without the app's code; the
//! library shows its count and first results on the first screen, its filters folded behind a
//! button that says how many are set; tap targets pass axe's WCAG 2.2 AA rules in both
//! languages and both themes; nothing scrolls sideways at 320 px.

use collection::i18n;
use collection::library::{self, LibraryQuery};
use collection::model::ActsFile;
use collection::route::{Page, Section};
use collection::Lang;
use e2e::browser::axe_source;
use e2e::{data, dist, Browser, Fixture, Site, ENTER, TAB};
use serde_json::json;

const WIDTH: u32 = 390;
const HEIGHT: u32 = 844;
const ESCAPE: &str = "\u{E00C}";

async fn expanded(b: &Browser, css: &str) -> String {
    let c = serde_json::to_string(css).unwrap();
    b.eval_str(&format!(
        "document.querySelector({c}).getAttribute('aria-expanded')"
    ))
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_heading_starts_on_the_first_screen_of_a_phone() {
    let dist = dist();
    let acts: ActsFile = data(&dist);
    let act = &acts.acts[0];
    let site = Site::start(dist, "").await;
    let b = Browser::start_sized("uk", WIDTH, HEIGHT).await;
    let mut pages: Vec<String> = Vec::new();
    for lang in Lang::ALL {
        for page in [
            Page::Home,
            Page::Agency("sbgs".into()),
            Page::Act(act.id.clone()),
        ]
        .into_iter()
        .chain(Section::ALL.into_iter().map(Page::Section))
        {
            pages.push(page.path(lang));
        }
    }
    pages.push("/uk/search?q=%D0%BA%D0%BE%D1%80%D0%B4%D0%BE%D0%BD".into());
    pages.push("/en/no-such-page".into());
    for path in &pages {
        b.open(&site.url(path)).await;
        let (top, _) = b.box_of("main h1").await;
        assert!(top <= 240.0, "{path}: the heading starts at {top} px");
        assert!(b.is_shown(".menu-button").await, "{path}: no Menu button");
        assert!(!b.is_shown(".site-nav").await, "{path}: the menu is open");
        assert!(b.is_shown(".site-header__name").await);
        println!("{path}: heading at {top} px");
    }
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_menu_opens_from_the_keyboard_and_escape_closes_it() {
    let site = Site::start(dist(), "").await;
    let b = Browser::start_sized("uk", WIDTH, HEIGHT).await;
    b.open(&site.url("/uk/agencies/sbgs")).await;
    // Skip link, the collection's name, the other language, then "Menu".
    for _ in 0..4 {
        b.press(TAB).await;
    }
    assert_eq!(
        b.eval_str("document.activeElement.className").await,
        "menu-button"
    );
    assert_eq!(b.text(".menu-button").await, i18n::MENU.uk);
    assert_eq!(expanded(&b, ".menu-button").await, "false");
    assert_eq!(
        b.eval_str("document.querySelector('.menu-button').getAttribute('aria-controls')")
            .await,
        "site-nav"
    );
    b.press(ENTER).await;
    assert_eq!(expanded(&b, ".menu-button").await, "true");
    assert!(b.is_shown("#site-nav").await);
    assert_eq!(
        b.count("#site-nav a").await,
        Section::ALL.len() as u64,
        "every section is in the menu"
    );
    // The menu follows its button: the next Tab stop is its first link.
    b.press(TAB).await;
    assert_eq!(
        b.eval_str("document.activeElement.closest('#site-nav') ? 'in' : 'out'")
            .await,
        "in"
    );
    // Escape closes it and puts focus back on the button.
    b.press(ESCAPE).await;
    assert_eq!(expanded(&b, ".menu-button").await, "false");
    assert!(!b.is_shown("#site-nav").await);
    assert_eq!(
        b.eval_str("document.activeElement.className").await,
        "menu-button"
    );
    // Open again and follow a link: the page changes inside the app and the menu closes.
    b.press(ENTER).await;
    b.click("#site-nav a[href='/uk/library']").await;
    b.wait_heading(i18n::section_title(Section::Library).uk)
        .await;
    b.wait_path("/uk/library").await;
    assert_eq!(expanded(&b, ".menu-button").await, "false");
    assert!(!b.is_shown("#site-nav").await);
    // In English it says so.
    b.click(".lang-switch a[hreflang=en]").await;
    b.wait_heading(i18n::section_title(Section::Library).en)
        .await;
    assert_eq!(b.text(".menu-button").await, i18n::MENU.en);
    // On a wide screen there is no button: the navigation is always there.
    b.cdp(
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": false }),
    )
    .await;
    b.wait_for("innerWidth > 1000", "a wide window").await;
    assert!(!b.is_shown(".menu-button").await);
    assert!(b.is_shown("#site-nav").await);
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_menu_works_without_the_app_code() {
    let dist = dist();
    let site = Site::start(dist.clone(), "").await;
    // The app's code never arrives, as on a link that drops the large download.
    site.set_override_typed(
        &format!("/{}", e2e::wasm_file(&dist)),
        404,
        "text/plain",
        "gone",
    );
    let b = Browser::start_sized("en", WIDTH, HEIGHT).await;
    b.goto(&site.url("/en/strategy")).await;
    b.wait_for(
        "document.querySelector('main h1') !== null",
        "the pre-rendered page",
    )
    .await;
    b.click(".menu-button").await;
    assert_eq!(expanded(&b, ".menu-button").await, "true");
    assert!(b.is_shown("#site-nav").await);
    b.press(ESCAPE).await;
    assert!(!b.is_shown("#site-nav").await);
    b.click(".menu-button").await;
    b.click("#site-nav a[href='/en/glossary']").await;
    b.wait_for(
        &format!(
            "location.pathname === '/en/glossary' && document.querySelector('main h1') && document.querySelector('main h1').textContent === {:?}",
            i18n::section_title(Section::Glossary).en
        ),
        "the glossary, loaded as a page",
    )
    .await;
    assert!(!b.is_shown("#site-nav").await, "a new page starts closed");
    assert_ne!(
        b.eval_str("document.documentElement.dataset.app").await,
        "ready",
        "the app must not be running in this test"
    );
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_library_shows_its_first_results_on_the_first_screen() {
    let Fixture { site, b, dist } = Fixture::sized("uk", WIDTH, HEIGHT).await;
    let acts: ActsFile = data(&dist);

    b.open(&site.url("/uk/library")).await;
    assert_eq!(
        b.text(".filters__toggle").await,
        i18n::filters_toggle(Lang::Uk, 0)
    );
    assert!(!b.is_shown("#jurisdiction").await, "the filters are folded");
    assert!(!b.is_shown(".filters .reset").await);
    let (_, count) = b.box_of(".results__count").await;
    let (_, first) = b.box_of(".act-card a").await;
    println!("/uk/library: count ends at {count} px, first act at {first} px");
    assert!(first <= HEIGHT as f64, "the first act ends at {first} px");

    // Two filters in the address: the button says so, and "Clear filters" is at hand.
    b.open(&site.url("/uk/library?type=law&status=in-force"))
        .await;
    assert_eq!(
        b.text(".filters__toggle").await,
        i18n::filters_toggle(Lang::Uk, 2)
    );
    assert_eq!(b.text(".filters .reset").await, i18n::RESET_FILTERS.uk);
    let (_, first) = b.box_of(".act-card a").await;
    assert!(
        first <= HEIGHT as f64,
        "filtered: first act ends at {first} px"
    );
    let q = LibraryQuery::from_pairs([("type", "law"), ("status", "in-force")]);
    assert_eq!(
        b.text(".results__count").await,
        i18n::results_found(Lang::Uk, library::view(&acts, &q, Lang::Uk).total as u64)
    );

    // Open the filters and choose one more: they stay open, the chosen one keeps focus.
    b.click(".filters__toggle").await;
    assert_eq!(expanded(&b, ".filters__toggle").await, "true");
    assert!(b.is_shown("#jurisdiction").await);
    b.choose("#jurisdiction", "ua").await;
    b.wait_path("/uk/library?jurisdiction=ua&type=law&status=in-force")
        .await;
    b.wait_for(
        &format!(
            "document.querySelector('.filters__toggle').textContent === {:?}",
            i18n::filters_toggle(Lang::Uk, 3)
        ),
        "three filters",
    )
    .await;
    b.wait_page().await;
    assert_eq!(expanded(&b, ".filters__toggle").await, "true");
    assert!(b.is_shown("#jurisdiction").await);
    assert_eq!(
        b.eval_str("document.activeElement.id").await,
        "jurisdiction"
    );
    // Clear them all.
    b.click(".filters .reset").await;
    b.wait_path("/uk/library").await;
    b.wait_for(
        &format!(
            "document.querySelector('.filters__toggle').textContent === {:?}",
            i18n::FILTERS.uk
        ),
        "no filters",
    )
    .await;

    // Search results too start on the first screen.
    b.open(&site.url("/en/search?q=border")).await;
    b.wait_for("document.querySelector('.search-result a')", "results")
        .await;
    let (_, first) = b.box_of(".search-result a").await;
    assert!(
        first <= HEIGHT as f64,
        "the first search result ends at {first} px"
    );
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_phone_passes_axe_with_the_menu_and_filters_open_in_both_themes() {
    let dist = dist();
    let acts: ActsFile = data(&dist);
    let act = &acts.acts[0];
    let site = Site::start(dist, "").await;
    let axe = axe_source();
    let b = Browser::start_sized("uk", WIDTH, HEIGHT).await;
    let mut problems = Vec::new();
    for theme in ["light", "dark"] {
        b.cdp(
            "Emulation.setEmulatedMedia",
            json!({ "features": [{ "name": "prefers-color-scheme", "value": theme }] }),
        )
        .await;
        for lang in Lang::ALL {
            let code = lang.code();
            for path in [
                format!("/{code}/"),
                format!("/{code}/library?type=law"),
                format!("/{code}/library/{}", act.id),
                format!("/{code}/agencies/sbgs"),
                format!("/{code}/glossary"),
            ] {
                b.open(&site.url(&path)).await;
                b.click(".menu-button").await;
                if path.contains("library?") {
                    b.click(".filters__toggle").await;
                }
                for v in b.axe(&axe).await {
                    problems.push(format!("{theme} {path}: {v}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_fit_a_320_pixel_screen() {
    let site = Site::start(dist(), "").await;
    let b = Browser::start_sized("uk", 320, 800).await;
    for path in [
        "/uk/",
        "/uk/agencies",
        "/uk/agencies/dpss",
        "/en/strategy",
        "/uk/cooperation",
        "/en/project",
        "/uk/library",
        "/en/library/eu-reg-2016-399",
        "/uk/timeline",
    ] {
        b.open(&site.url(path)).await;
        assert_eq!(
            b.eval("window.innerWidth").await,
            320,
            "the window must really be 320 px wide"
        );
        let overflow = b
            .eval("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            .await;
        assert_eq!(overflow, 0, "{path} scrolls sideways at 320 px");
    }
    b.close().await;
}
