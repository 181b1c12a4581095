//! Pages fetch only what they show. A pre-rendered page carries its data and fetches none;
//! inside the app, lists read the compact acts index, an act's page (a static page) reads its
//! own content file and the index for its name in the breadcrumbs, search reads only the index
//! the build wrote for the page's language, and the whole `acts.json` is read only by export.

use collection::model::ActsFile;
use e2e::{data, dist, Browser, Site};

/// Data files this page has fetched so far, as paths below `data/`.
async fn fetched_data(b: &Browser) -> Vec<String> {
    let v = b.eval(include_str!("../js/fetched_data.js")).await;
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_fetch_the_index_and_one_act_not_the_whole_collection() {
    let dist = dist();
    let acts: ActsFile = data(&dist);
    let act = &acts.acts[3];
    let site = Site::start(dist, "").await;
    let b = Browser::start("uk").await;

    // A pre-rendered page carries what it shows: hydrating it fetches no data at all.
    b.open(&site.url("/uk/library")).await;
    assert_eq!(fetched_data(&b).await, Vec::<String>::new());
    b.open(&site.url(&format!("/uk/library/{}", act.id))).await;
    assert!(b.text("main").await.contains(&act.summary.uk));
    assert_eq!(fetched_data(&b).await, Vec::<String>::new());

    // Inside the app, an act's page reads its own content file, and the compact index for its
    // name in the breadcrumbs.
    let other = &acts.acts[7];
    b.navigate(&format!("/uk/library/{}", other.id)).await;
    assert!(b.text("main").await.contains(&other.summary.uk));
    assert_eq!(b.text(".breadcrumbs [aria-current]").await, other.title.uk);
    let files = fetched_data(&b).await;
    assert_eq!(files, vec!["acts-index.json".to_string()]);
    let content = format!("uk/library/{}.main.html", other.id);
    assert_eq!(
        b.eval(&format!(
            "performance.getEntriesByType('resource').filter(e => e.name.endsWith('/{content}')).length"
        ))
        .await,
        1,
        "{content} fetched once"
    );

    // An unknown id is a not-found page, and costs no download of the whole collection.
    assert_eq!(
        b.open(&site.url("/uk/library/no-such-act")).await,
        collection::i18n::NOT_FOUND_TITLE.uk
    );
    assert_eq!(b.count("main .error-panel").await, 0);
    assert!(!fetched_data(&b).await.contains(&"acts.json".to_string()));

    // Search reads the index the build wrote for the page's language and its texts for the
    // excerpts, and no content file.
    b.open(&site.url("/en/search?q=border")).await;
    assert!(b.first_result().await.starts_with("/en/"));
    b.wait_for(
        "document.querySelector('.search-result__excerpt') !== null",
        "excerpts",
    )
    .await;
    let mut files = fetched_data(&b).await;
    files.sort();
    files.dedup();
    assert_eq!(files, vec!["search-en-texts.bin", "search-en.bin"]);
}
