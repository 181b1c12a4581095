//! End-to-end: the release build in headless Chromium, through real navigation.

use collection::i18n;
use collection::model::{ActsFile, AgenciesFile, Jurisdiction};
use collection::route::{Page, Section};
use collection::{Lang, Route};
use e2e::{data, dist, dist_subpath, Browser, Site, ENTER, SUBPATH, TAB};

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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_renders_in_both_languages() {
    let dist = dist();
    let agencies: AgenciesFile = data(&dist);
    let acts: ActsFile = data(&dist);
    let site_file: collection::model::SiteFile = data(&dist);
    let site = Site::start(dist, "").await;
    let b = Browser::start("uk,en").await;
    let routes = Route::all_pages(
        agencies.agencies.iter().map(|a| a.id.as_str()),
        acts.acts.iter().map(|a| a.id.as_str()),
    );
    assert_eq!(
        routes.len(),
        // Home, the sections, search, contact, every agency, every act — in both languages.
        2 * (1 + Section::ALL.len() + 2 + agencies.agencies.len() + acts.acts.len())
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
        assert_eq!(
            b.eval_str("document.documentElement.lang").await,
            lang.code(),
            "{route:?}"
        );
        let title = b.eval_str("document.title").await;
        assert!(title.starts_with(&want), "title {title:?} for {route:?}");
        assert_eq!(
            b.eval("document.querySelectorAll('h1').length").await,
            1,
            "{route:?}"
        );
        assert_eq!(
            b.eval("document.querySelectorAll('.error-panel').length")
                .await,
            0,
            "{route:?}"
        );
        let text_len = b
            .eval("document.querySelector('main').innerText.length")
            .await
            .as_u64()
            .unwrap();
        // The contact page is mostly its form.
        let least = if *page == Page::Contact { 150 } else { 250 };
        assert!(
            text_len > least,
            "{route:?} shows only {text_len} characters of content"
        );
        let footer = b
            .eval_str("document.querySelector('footer').innerText")
            .await;
        assert!(
            footer.contains(i18n::FOOTER_DISCLAIMER.get(*lang)),
            "{route:?}: {footer}"
        );
        // The skip link is the first thing a keyboard reaches.
        assert_eq!(
            b.eval_str("document.querySelector('a, button').className")
                .await,
            "skip-link"
        );
        // Description, link previews, language alternates.
        assert!(
            b.eval_str("document.querySelector('meta[name=description]').content")
                .await
                .len()
                > 40,
            "{route:?}"
        );
        assert_eq!(
            b.eval_str("document.querySelector('meta[property=\"og:title\"]').content")
                .await,
            want,
            "{route:?}"
        );
        let alternates = b.eval_str("[...document.querySelectorAll('link[rel=alternate][hreflang]')].map(l => l.hreflang + ' ' + new URL(l.href).pathname).join('|')").await;
        let expect_alt = format!(
            "uk {}|en {}|x-default {}",
            page.path(Lang::Uk),
            page.path(Lang::En),
            page.path(Lang::Uk)
        );
        assert_eq!(alternates, expect_alt, "{route:?}");
        // No request leaves the site, and no inline script runs (the CSP allows none).
        let foreign = b.eval_str("performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith(location.origin + '/')).join(' ')").await;
        assert_eq!(foreign, "", "{route:?} requested another origin");
        assert_eq!(
            b.count("script:not([src]):not([type='application/ld+json']):not([type='application/json'])")
                .await,
            0,
            "{route:?}"
        );
        // A search field on every page (the search page has its own).
        assert_eq!(b.count("form[role=search]").await, 1, "{route:?}");
        let nav_current = b
            .eval("document.querySelectorAll('.site-nav a[aria-current]').length")
            .await;
        let expected_current = if page.section().is_some() { 1 } else { 0 };
        assert_eq!(nav_current, expected_current, "{route:?}");
        let crumbs = b
            .eval("document.querySelectorAll('.breadcrumbs li').length")
            .await
            .as_u64()
            .unwrap();
        assert_eq!(
            crumbs as usize,
            if *page == Page::Home {
                0
            } else {
                page.ancestors().len() + 1
            },
            "{route:?}"
        );
    }
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn navigation_moves_focus_announces_and_goes_back() {
    let dist = dist();
    let agencies: AgenciesFile = data(&dist);
    let site = Site::start(dist, "").await;
    let b = Browser::start("uk,en").await;
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

    // The breadcrumb leads back up.
    b.click(".breadcrumbs a[href='/uk/agencies']").await;
    b.wait_heading(title).await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn language_switch_keeps_the_page_and_is_remembered() {
    let dist = dist();
    let agencies: AgenciesFile = data(&dist);
    let site = Site::start(dist, "").await;
    let b = Browser::start("uk").await;
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
    site.set_override("/data/agencies.json", 200, "{ \"bodies\": [ broken");
    site.set_override("/data/strategy.json", 500, "server error");
    let b = Browser::start("uk").await;

    // A pre-rendered page carries its data; a page the app shows next loads it.
    b.open(&site.url("/uk/")).await;
    b.click(".site-nav a[href='/uk/agencies']").await;
    b.wait_heading(i18n::section_title(Section::Agencies).uk)
        .await;
    b.wait_for(
        "document.querySelector('.error-panel') !== null",
        "the error panel",
    )
    .await;
    let panel = b
        .eval_str("document.querySelector('.error-panel').innerText")
        .await;
    assert!(panel.contains("data/agencies.json"), "{panel}");
    assert!(panel.contains(i18n::ERROR_TITLE.uk), "{panel}");
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

    // An HTTP failure names the status; fixing the file and retrying recovers.
    b.navigate("/en/strategy").await;
    b.wait_for(
        "document.querySelector('.error-panel') !== null",
        "the error panel",
    )
    .await;
    let panel = b
        .eval_str("document.querySelector('.error-panel').innerText")
        .await;
    assert!(
        panel.contains("data/strategy.json") && panel.contains("500"),
        "{panel}"
    );
    site.clear_override("/data/strategy.json");
    b.click(".error-panel button").await;
    b.wait_for("document.querySelector('.error-panel') === null && document.querySelector('main .goals') !== null", "content after retry").await;

    // An agency page needs agencies.json too: it shows the panel rather than a blank page.
    b.navigate("/en/agencies/sbgs").await;
    b.wait_for(
        "document.querySelector('.error-panel') !== null",
        "the error panel",
    )
    .await;
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

/// Acts matching a predicate, counted independently of the app's library logic.
fn count_acts(acts: &ActsFile, f: impl Fn(&collection::model::Act) -> bool) -> u64 {
    acts.acts.iter().filter(|a| f(a)).count() as u64
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn library_facets_count_right_and_the_url_keeps_the_view() {
    let dist = dist();
    let acts: ActsFile = data(&dist);
    let site = Site::start(dist, "").await;
    let b = Browser::start("uk").await;
    let found = |n: u64| i18n::results_found(Lang::Uk, n);

    b.open(&site.url("/uk/library")).await;
    let all = acts.acts.len() as u64;
    assert!(all >= 100, "the library needs at least 100 acts, has {all}");
    assert_eq!(b.text(".results__count").await, found(all));
    assert_eq!(b.count(".act-card").await, 20);
    // Newest first by default.
    let newest = acts
        .acts
        .iter()
        .max_by_key(|a| a.adopted.parse().ok())
        .unwrap();
    assert_eq!(b.text(".act-card__title").await, newest.display_title().uk);

    // Jurisdiction facet: count in the option, then in the results, and in the address.
    let ua = count_acts(&acts, |a| a.jurisdiction == Jurisdiction::Ua);
    assert!(b
        .text("#jurisdiction option[value=ua]")
        .await
        .ends_with(&format!("({ua})")));
    b.choose("#jurisdiction", "ua").await;
    b.wait_path("/uk/library?jurisdiction=ua").await;
    b.wait_for(
        &format!(
            "document.querySelector('.results__count').textContent === {:?}",
            found(ua)
        ),
        "the Ukrainian count",
    )
    .await;

    // Facet counts for another facet now respect the jurisdiction filter.
    let ua_laws = count_acts(&acts, |a| {
        a.jurisdiction == Jurisdiction::Ua && a.kind == collection::model::ActType::Law
    });
    assert!(b
        .text("#type option[value=law]")
        .await
        .ends_with(&format!("({ua_laws})")));
    let ua_sbgs = count_acts(&acts, |a| {
        a.jurisdiction == Jurisdiction::Ua && a.agencies.iter().any(|g| g == "sbgs")
    });
    b.choose("#agency", "sbgs").await;
    b.wait_path("/uk/library?jurisdiction=ua&agency=sbgs").await;
    b.wait_for(
        &format!(
            "document.querySelector('.results__count').textContent === {:?}",
            found(ua_sbgs)
        ),
        "ua + sbgs",
    )
    .await;

    // Reload keeps the view; back and forward restore it.
    b.client.refresh().await.unwrap();
    b.wait_page().await;
    assert_eq!(b.text(".results__count").await, found(ua_sbgs));
    assert_eq!(
        b.eval_str("document.querySelector('#agency').value").await,
        "sbgs"
    );
    b.client.back().await.unwrap();
    b.wait_path("/uk/library?jurisdiction=ua").await;
    b.wait_for(
        &format!(
            "document.querySelector('.results__count').textContent === {:?}",
            found(ua)
        ),
        "back to ua",
    )
    .await;
    assert_eq!(
        b.eval_str("document.querySelector('#agency').value").await,
        ""
    );
    b.client.forward().await.unwrap();
    b.wait_path("/uk/library?jurisdiction=ua&agency=sbgs").await;

    // Year range.
    let recent = count_acts(&acts, |a| {
        a.adopted.year().is_some_and(|y| (2015..=2019).contains(&y))
    });
    b.open(&site.url("/uk/library?from=2015&to=2019")).await;
    assert_eq!(b.text(".results__count").await, found(recent));

    // Pagination: page number in the address and the title.
    b.open(&site.url("/uk/library")).await;
    let pages = all.div_ceil(20);
    b.click(".pagination__next").await;
    b.wait_path("/uk/library?page=2").await;
    b.wait_for(
        "document.title.includes('сторінка 2')",
        "the page number in the title",
    )
    .await;
    assert!(b.eval_str("document.title").await.contains(&i18n::page_of(
        Lang::Uk,
        2,
        pages as usize
    )));
    assert_eq!(
        b.eval_str("document.querySelector('.pagination [aria-current=page]').textContent")
            .await,
        "2"
    );

    // Sorting by title puts the alphabetically first title on top.
    b.choose("#sort", "title").await;
    b.wait_path("/uk/library?sort=title").await;
    let first = acts
        .acts
        .iter()
        .min_by_key(|a| {
            (
                collection::library::collation_key(a.display_title().uk.as_str(), Lang::Uk),
                a.id.clone(),
            )
        })
        .unwrap();
    b.wait_for(
        &format!(
            "document.querySelector('.act-card__title').textContent === {:?}",
            first.display_title().uk
        ),
        "title order",
    )
    .await;

    // The same view in English, deep-linked.
    let eu_repealed = count_acts(&acts, |a| {
        a.jurisdiction == Jurisdiction::Eu && a.status == collection::model::ActStatus::Repealed
    });
    b.open(&site.url("/en/library?jurisdiction=eu&status=repealed"))
        .await;
    assert_eq!(
        b.text(".results__count").await,
        i18n::results_found(Lang::En, eu_repealed)
    );
    assert_eq!(
        b.eval_str("document.querySelector('#status').value").await,
        "repealed"
    );

    // Export: the files hold the whole filtered view (all pages), not just this page. The
    // blobs are read as they are made (fetching a blob: URL is outside the CSP's connect-src).
    b.open(&site.url("/uk/library?jurisdiction=eu")).await;
    let eu = count_acts(&acts, |a| a.jurisdiction == Jurisdiction::Eu);
    b.eval("(() => { window.__blobs = []; const make = URL.createObjectURL; URL.createObjectURL = (x) => { window.__blobs.push(x); return make(x); }; return 1; })()").await;
    let read = "const d = arguments[arguments.length - 1]; window.__blobs[window.__blobs.length - 1].text().then(d, e => d('error: ' + e));";
    b.click(".export__csv").await;
    b.wait_for("window.__blobs.length === 1", "the CSV file")
        .await;
    let csv = b.client.execute_async(read, vec![]).await.unwrap();
    let csv = csv.as_str().unwrap();
    assert_eq!(
        csv.trim_end().split("\r\n").count() as u64,
        eu + 1,
        "header + one row per EU act"
    );
    assert!(csv.contains("eu-reg-2016-399,eu,regulation"));
    let schengen = acts.act("eu-reg-2016-399").unwrap();
    let first_sentence = schengen.summary.en.split(". ").next().unwrap();
    assert!(
        csv.contains(first_sentence),
        "the file carries the summaries, which the list itself does not load"
    );
    b.click(".export__json").await;
    b.wait_for("window.__blobs.length === 2", "the JSON file")
        .await;
    let json: serde_json::Value = serde_json::from_str(
        b.client
            .execute_async(read, vec![])
            .await
            .unwrap()
            .as_str()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(json.as_array().unwrap().len() as u64, eu);
    assert!(json
        .as_array()
        .unwrap()
        .iter()
        .all(|a| a["jurisdiction"] == "eu"));

    // Unknown values are ignored, not errors.
    b.open(&site.url("/en/library?jurisdiction=mars&type=nope&page=abc&agency=kgb"))
        .await;
    assert_eq!(
        b.text(".results__count").await,
        i18n::results_found(Lang::En, all)
    );
    assert_eq!(b.count(".error-panel").await, 0);
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn act_pages_link_relations_both_ways_and_back_to_the_collection() {
    let dist = dist();
    let acts: ActsFile = data(&dist);
    let agencies: AgenciesFile = data(&dist);
    let site = Site::start(dist, "").await;
    let b = Browser::start("uk").await;

    // An act amended by others shows "amended by" links; the amending act links back.
    let (target, source) = acts
        .acts
        .iter()
        .find_map(|a| {
            a.relations
                .iter()
                .find(|r| r.kind == collection::model::RelationKind::Amends)
                .map(|r| (r.target.clone(), a))
        })
        .expect("some act amends another");
    let target_act = acts.act(&target).unwrap();
    assert_eq!(
        b.open(&site.url(&format!("/uk/library/{target}"))).await,
        target_act.title.uk
    );
    let link = format!("main a[href='/uk/library/{}']", source.id);
    assert!(
        b.count(&link).await >= 1,
        "{target} should link to {} (amended by)",
        source.id
    );
    assert!(b
        .text("main")
        .await
        .contains(collection::model::RelationKind::Amends.inverse_label().uk));
    b.click(&link).await;
    b.wait_heading(&source.title.uk).await;
    assert!(
        b.count(&format!("main a[href='/uk/library/{target}']"))
            .await
            >= 1
    );
    assert!(b
        .text("main")
        .await
        .contains(collection::model::RelationKind::Amends.label().uk));

    // Details, the official text and JSON-LD.
    let ld: serde_json::Value = serde_json::from_str(
        &b.eval_str("document.querySelector('script[type=\"application/ld+json\"]').textContent")
            .await,
    )
    .unwrap();
    assert_eq!(ld["@type"], "Legislation");
    assert_eq!(ld["sameAs"], source.source.as_str());
    if let Some(n) = &source.number {
        assert_eq!(ld["legislationIdentifier"], n.as_str());
        assert!(b.text(".summary-list").await.contains(n.as_str()));
    }
    assert_eq!(
        b.eval_str("document.querySelector('.official-text a').getAttribute('href')")
            .await,
        source.source
    );
    assert_eq!(
        b.eval_str("document.querySelector('.official-text a').getAttribute('rel')")
            .await,
        "external noopener noreferrer"
    );

    // Copy citation gives feedback either way and shows the citation text.
    assert!(b
        .text("#citation")
        .await
        .starts_with(&source.citation(Lang::Uk)));
    b.click("main button.button--secondary").await;
    b.wait_for(
        "document.querySelector('.copy-feedback').textContent.length > 0",
        "copy feedback",
    )
    .await;
    let fb = b.text(".copy-feedback").await;
    assert!(fb == i18n::COPIED.uk || fb == i18n::COPY_FAILED.uk, "{fb}");

    // An agency links to its governing act, and the act links back to the agency.
    let sbgs = agencies.agency("sbgs").unwrap();
    let gov = &sbgs.governing_acts[0];
    b.open(&site.url("/uk/agencies/sbgs")).await;
    b.click(&format!("main a[href='/uk/library/{gov}']")).await;
    b.wait_heading(&acts.act(gov).unwrap().title.uk).await;
    assert!(
        b.count("main a[href='/uk/agencies/sbgs']").await >= 1,
        "{gov} should link back to the SBGS"
    );

    // Unknown act id: the 404 page.
    assert_eq!(
        b.open(&site.url("/en/library/no-such-act")).await,
        i18n::NOT_FOUND_TITLE.en
    );
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_timeline_has_a_chart_with_a_text_equivalent_and_filters() {
    let dist = dist();
    let acts: ActsFile = data(&dist);
    let site = Site::start(dist, "").await;
    let b = Browser::start("en").await;
    b.open(&site.url("/en/timeline")).await;
    assert_eq!(
        b.text("svg[role=img] > title").await,
        i18n::TIMELINE_CHART.en
    );
    // Bars are real SVG elements with a size (not HTML elements lost inside the SVG).
    let drawn = b
        .eval("[...document.querySelectorAll('svg rect.bar')].filter(r => r.namespaceURI === 'http://www.w3.org/2000/svg' && r.getBBox().height > 0).length")
        .await
        .as_u64()
        .unwrap();
    assert!(drawn > 10, "only {drawn} bars drawn");
    let desc = b.text("svg desc").await;
    assert!(
        desc.starts_with(&collection::i18n::ACTS_COUNT.count(Lang::En, acts.acts.len() as u64)),
        "{desc}"
    );
    assert_eq!(b.count(".timeline-act").await, acts.acts.len() as u64);
    b.choose("#jurisdiction", "eu").await;
    b.wait_path("/en/timeline?jurisdiction=eu").await;
    let eu = count_acts(&acts, |a| a.jurisdiction == Jurisdiction::Eu);
    b.wait_for(
        &format!("document.querySelectorAll('.timeline-act').length === {eu}"),
        "EU acts only",
    )
    .await;
    assert_eq!(b.count(".timeline-act--eu").await, eu);
    // Deep link with the filter.
    b.open(&site.url("/uk/timeline?jurisdiction=intl")).await;
    assert_eq!(
        b.count(".timeline-act").await,
        count_acts(&acts, |a| a.jurisdiction == Jurisdiction::Intl)
    );
    assert_eq!(
        b.eval_str("document.querySelector('#jurisdiction').value")
            .await,
        "intl"
    );
    b.close().await;
}

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
    b.wait_for(
        "document.querySelector('.search-result') !== null",
        "results",
    )
    .await;
    assert_eq!(
        b.eval_str("document.querySelector('.search-result a').getAttribute('href')")
            .await,
        "/uk/library/ua-law-1777-xii"
    );
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
    b.eval(&format!("(() => {{ const i = document.querySelector('#search-input'); i.value = {}; i.dispatchEvent(new Event('input', {{bubbles: true}})); return 1; }})()", serde_json::to_string(&long).unwrap())).await;
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_kind_of_page_passes_an_axe_audit_in_both_languages() {
    let dist = dist();
    let agencies: AgenciesFile = data(&dist);
    let acts: ActsFile = data(&dist);
    // Every route except the 142 act pages, which share one template: of those, one of each
    // jurisdiction and status.
    let mut sample: Vec<&str> = Vec::new();
    for a in &acts.acts {
        if !sample.iter().any(|id| {
            let b = acts.act(id).unwrap();
            b.jurisdiction == a.jurisdiction && b.status == a.status
        }) {
            sample.push(&a.id);
        }
    }
    let routes: Vec<Route> = Route::all_pages(
        agencies.agencies.iter().map(|a| a.id.as_str()),
        sample.iter().copied(),
    );
    let site = Site::start(dist, "").await;
    let b = Browser::start("uk").await;
    let axe = e2e::browser::axe_source();
    let mut failures = Vec::new();
    let mut extra = vec![
        "/uk/library?jurisdiction=ua&page=2".to_string(),
        "/en/search?q=border".to_string(),
        "/uk/search?q=qqqzzz".to_string(),
        "/uk/no-such-page".to_string(),
    ];
    let mut paths: Vec<String> = routes
        .iter()
        .map(|r| match r {
            Route::Page(lang, page) => page.path(*lang),
            _ => unreachable!(),
        })
        .collect();
    paths.append(&mut extra);
    for path in &paths {
        b.open(&site.url(path)).await;
        for v in b.axe(&axe).await {
            failures.push(format!("{path}: {v}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} axe violation(s) on {} pages:\n{}",
        failures.len(),
        paths.len(),
        failures.join("\n")
    );
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_offers_share_links_and_copy_link() {
    let site = Site::start(dist(), "").await;
    let b = Browser::start("uk").await;
    b.open(&site.url("/uk/library/eu-reg-2016-399")).await;
    let links = b
        .eval_str("[...document.querySelectorAll('.share__link')].map(a => a.href).join('\\n')")
        .await;
    let here = site.url("/uk/library/eu-reg-2016-399");
    let encoded = collection::search::encode_query_value(&here);
    for prefix in [
        "https://www.facebook.com/sharer/sharer.php?u=",
        "https://x.com/intent/post?url=",
        "https://www.linkedin.com/sharing/share-offsite/?url=",
        "https://t.me/share/url?url=",
        "mailto:?subject=",
    ] {
        let line = links
            .lines()
            .find(|l| l.starts_with(prefix))
            .unwrap_or_else(|| panic!("no {prefix} in {links}"));
        assert!(line.contains(&encoded), "{line} should carry {here}");
    }
    assert!(b.eval_str("[...document.querySelectorAll('.share__link')].every(a => a.rel.includes('noopener') && a.rel.includes('noreferrer'))").await == "true");
    // Plain links only: nothing was loaded from those sites.
    let foreign = b.eval_str("performance.getEntriesByType('resource').filter(e => !e.name.startsWith(location.origin)).length").await;
    assert_eq!(foreign, "0");
    b.click(".share__copy").await;
    b.wait_for(
        "document.querySelector('.share__feedback').textContent.length > 0",
        "copy feedback",
    )
    .await;
    let fb = b.text(".share__feedback").await;
    assert!(
        fb == i18n::LINK_COPIED.uk || fb == i18n::LINK_COPY_FAILED.uk,
        "{fb}"
    );
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
        sorted.sort_by_cached_key(|n| collection::library::collation_key(n, lang));
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
    b.wait_for(
        "document.querySelector('.search-result') !== null",
        "results",
    )
    .await;
    assert_eq!(
        b.eval_str("document.querySelector('.search-result a').getAttribute('href')")
            .await,
        "/uk/glossary#green-border"
    );
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_coordination_diagram_links_every_agency_and_has_a_text_equivalent() {
    let dist = dist();
    let agencies: AgenciesFile = data(&dist);
    let site = Site::start(dist, "").await;
    let b = Browser::start("en").await;
    b.open(&site.url("/en/agencies")).await;
    // One SVG link per agency, each to its page; bodies are not links.
    let hrefs = b
        .eval("[...document.querySelectorAll('.diagram svg a')].map(a => a.getAttribute('href'))")
        .await;
    let mut hrefs: Vec<String> = hrefs
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    hrefs.sort();
    let mut want: Vec<String> = agencies
        .agencies
        .iter()
        .map(|a| format!("/en/agencies/{}", a.id))
        .collect();
    want.sort();
    assert_eq!(hrefs, want);
    assert_eq!(
        b.eval_str("document.querySelector('.diagram svg').getAttribute('role')")
            .await,
        "group"
    );
    // The text equivalent nests agencies under their coordinator.
    let sbgs_parent = b.eval_str("document.querySelector('.diagram__list a[href=\"/en/agencies/sbgs\"]').closest('ul').closest('li').querySelector('a').getAttribute('href')").await;
    assert_eq!(sbgs_parent, "/en/agencies/mia");
    // A node leads to its agency, within the app.
    b.click(".diagram svg a[href='/en/agencies/scs']").await;
    b.wait_heading(&agencies.agency("scs").unwrap().name.en)
        .await;
    b.wait_path("/en/agencies/scs").await;
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn strategy_and_project_pages_draw_their_timelines_and_figures() {
    let dist = dist();
    let strategy: collection::model::StrategyFile = data(&dist);
    let projects: collection::model::ProjectsFile = data(&dist);
    let site = Site::start(dist, "").await;
    let b = Browser::start("uk").await;
    b.open(&site.url("/uk/strategy")).await;
    let lanes = 1 + strategy.goals.len() + strategy.action_plans.len();
    assert_eq!(
        b.count(".timechart:not(.figures-chart) .timechart__label")
            .await as usize,
        lanes
    );
    assert!(
        b.eval_str("document.querySelector('.timechart svg').getAttribute('aria-label')")
            .await
            .len()
            > 20
    );
    // Figures drawn to scale, with the same numbers in the table.
    let r = strategy
        .monitoring
        .reports
        .iter()
        .find(|r| r.indicators_planned.is_some())
        .unwrap();
    let ratio = b.eval("document.querySelector('rect.figures__met').getBBox().width / document.querySelector('rect.figures__rest').getBBox().width").await.as_f64().unwrap();
    let want = r.indicators_met.unwrap() as f64 / r.indicators_planned.unwrap() as f64;
    assert!((ratio - want).abs() < 0.01, "{ratio} vs {want}");
    assert!(b
        .text("table")
        .await
        .contains(&r.indicators_met.unwrap().to_string()));
    b.open(&site.url("/en/project")).await;
    assert_eq!(
        b.count(".timechart .timechart__label").await as usize,
        projects.projects.len()
    );
    let outputs: usize = projects.projects.iter().map(|p| p.outputs.len()).sum();
    assert_eq!(b.count(".timechart circle").await as usize, outputs);
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
