//! Offline at a border post: after one online visit, every page works with the network cut,
//! and a new deploy is offered as a reload.

use collection::i18n;
use collection::model::{ActsFile, AgenciesFile};
use e2e::{data, dist, Browser, Fixture, Site};

/// Waits until the service worker controls the page and has cached every file it lists.
async fn wait_until_cached(b: &Browser) {
    b.wait_for(
        "navigator.serviceWorker && navigator.serviceWorker.controller !== null",
        "the service worker to take control",
    )
    .await;
    let script = r#"
        const done = arguments[arguments.length - 1];
        (async () => {
          for (let i = 0; i < 200; i++) {
            const keys = await caches.keys();
            if (keys.length === 1) {
              const n = (await (await caches.open(keys[0])).keys()).length;
              if (n > 10) return done(n);
            }
            await new Promise(r => setTimeout(r, 50));
          }
          done(0);
        })();
    "#;
    let n = b
        .client
        .execute_async(script, vec![])
        .await
        .unwrap()
        .as_u64()
        .unwrap_or(0);
    assert!(n > 10, "the cache holds only {n} files");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_one_visit_every_page_works_offline() {
    let Fixture { site, b, dist } = Fixture::start("uk").await;
    let acts: ActsFile = data(&dist);
    let agencies: AgenciesFile = data(&dist);
    b.open(&site.url("/uk/")).await;
    wait_until_cached(&b).await;
    assert_eq!(
        b.count(".notice--offline").await,
        0,
        "online: no offline notice"
    );
    // One more page read online, now through the worker.
    b.open(&site.url("/uk/ibm")).await;

    site.stop().await;

    // Deep links typed into the address bar, in both languages, with the network gone.
    let sbgs = agencies.agency("sbgs").unwrap();
    assert_eq!(b.open(&site.url("/en/agencies/sbgs")).await, sbgs.name.en);
    b.wait_for(
        "document.querySelector('.notice--offline') !== null",
        "the offline notice",
    )
    .await;
    assert_eq!(b.text(".notice--offline").await, i18n::OFFLINE.en);
    let law = acts.act("ua-law-1777-xii").unwrap();
    assert_eq!(
        b.open(&site.url("/uk/library/ua-law-1777-xii")).await,
        law.title.uk
    );
    assert_eq!(
        b.open(&site.url("/uk/library?jurisdiction=eu")).await,
        i18n::section_title(collection::route::Section::Library).uk
    );
    assert_eq!(b.count(".error-panel").await, 0);
    b.open(&site.url("/en/timeline")).await;
    assert!(b.count(".timeline-act").await > 100);

    // Search works offline too.
    b.open(&site.url("/uk/search?q=%D0%BA%D0%BE%D1%80%D0%B4%D0%BE%D0%BD"))
        .await;
    assert!(b.first_result().await.starts_with("/uk/"));
    // A page read online comes back offline as its pre-rendered self, at once, from the
    // cache, and the app hydrates it (its data is in the page); a page never read comes from
    // the app shell.
    let prerendered = format!("script#{}", collection::ids::HYDRATION_DATA);
    b.open(&site.url("/uk/ibm")).await;
    assert_eq!(
        b.count(&prerendered).await,
        1,
        "/uk/ibm from the cached static page"
    );
    b.open(&site.url("/en/glossary")).await;
    assert_eq!(
        b.count(&prerendered).await,
        0,
        "/en/glossary from the shell"
    );

    // An unknown path is still a real "not found" page.
    assert_eq!(
        b.open(&site.url("/uk/nowhere")).await,
        i18n::NOT_FOUND_TITLE.uk
    );
    b.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_deploy_is_offered_as_a_reload() {
    let dist = dist();
    let sw = std::fs::read_to_string(dist.join("sw.js")).unwrap();
    let site = Site::start(dist, "").await;
    let b = Browser::start("en").await;
    b.open(&site.url("/en/")).await;
    wait_until_cached(&b).await;
    let old_cache = b
        .client
        .execute_async(
            "const d = arguments[0]; caches.keys().then(k => d(k[0]));",
            vec![],
        )
        .await
        .unwrap();

    // Deploy: the worker script changes (as it does whenever any file changes).
    let start = sw.find("const VERSION = \"").unwrap() + "const VERSION = \"".len();
    // A different first digit (whatever the version happens to start with).
    let other = if sw[start..].starts_with('0') {
        "1"
    } else {
        "0"
    };
    let new_sw = format!("{}{other}{}", &sw[..start], &sw[start + 1..]);
    assert_ne!(new_sw, sw);
    site.set_override_typed("/sw.js", 200, "text/javascript", &new_sw);
    b.eval("(navigator.serviceWorker.getRegistration().then(r => r.update()), 1)")
        .await;
    b.wait_for(
        "document.querySelector('.notice--update') !== null",
        "the new-version notice",
    )
    .await;
    assert!(b
        .text(".notice--update")
        .await
        .starts_with(i18n::UPDATE_READY.en));

    b.click(".notice--update button").await;
    b.wait_for("document.readyState === 'complete' && document.querySelector('main h1') !== null && document.querySelector('.notice--update') === null", "the reload").await;
    b.wait_page().await;
    let script = "const d = arguments[0]; caches.keys().then(k => d(k));";
    let keys = b.client.execute_async(script, vec![]).await.unwrap();
    let keys = keys.as_array().unwrap();
    assert_eq!(keys.len(), 1, "the old cache is removed: {keys:?}");
    assert_ne!(keys[0], old_cache, "a new cache replaced the old one");
    b.close().await;
}
