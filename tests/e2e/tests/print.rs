//! On paper: act, agency, strategy and library pages print their content without the header,
//! navigation, search, share links and buttons; links to official texts print their address;
//! the EU disclaimer stays; the library prints the current view as a table.

use collection::i18n;
use collection::library::{self, LibraryQuery};
use collection::model::ActsFile;
use collection::Lang;
use e2e::{data, Fixture};
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_print_their_content_and_the_library_a_table() {
    let Fixture { site, b, dist } = Fixture::start("uk").await;
    let acts: ActsFile = data(&dist);
    b.cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }))
        .await;
    let act = acts.act("eu-reg-2016-399").unwrap();
    for path in [
        format!("/uk/library/{}", act.id),
        "/uk/agencies/sbgs".to_string(),
        "/en/strategy".to_string(),
        "/uk/library".to_string(),
    ] {
        b.open(&site.url(&path)).await;
        for hidden in [
            ".site-header",
            ".site-nav",
            "#header-search",
            ".share",
            ".breadcrumbs",
            "main button",
        ] {
            assert!(!b.is_shown(hidden).await, "{path}: {hidden} is printed");
        }
        assert!(
            b.is_shown("main h1").await,
            "{path}: the heading is printed"
        );
        assert!(
            b.is_shown(".site-footer__disclaimer").await,
            "{path}: the EU disclaimer is printed"
        );
    }

    // An act: the official text's address is printed beside the link, and the citation.
    b.open(&site.url(&format!("/uk/library/{}", act.id))).await;
    let after = b
        .eval_str("getComputedStyle(document.querySelector('.official-text a'), '::after').content")
        .await;
    assert!(after.contains(&act.source), "{after}");
    assert!(b.text(".citation").await.contains(&act.source));
    assert!(b.is_shown(".citation").await);

    // The library: the current view as a table of number, date, title and status.
    b.open(&site.url("/uk/library?type=law")).await;
    let q = LibraryQuery::from_pairs([("type", "law")]);
    let view = library::view(&acts, &q, Lang::Uk);
    assert!(b.is_shown(".print-table").await);
    assert!(!b.is_shown(".act-results").await && !b.is_shown(".filters").await);
    assert_eq!(
        b.count(".print-table tbody tr").await,
        view.items.len() as u64
    );
    let first = &view.items[0];
    let row = b.text(".print-table tbody tr").await;
    assert!(row.contains(&first.display_title().uk), "{row}");
    assert!(row.contains(&first.adopted.format(Lang::Uk)), "{row}");
    assert!(row.contains(first.status.label().uk), "{row}");
    assert_eq!(
        b.text(".print-table th:nth-child(3)").await,
        i18n::ACT_TITLE.uk
    );

    // On screen the table is not there.
    b.cdp("Emulation.setEmulatedMedia", json!({ "media": "screen" }))
        .await;
    assert!(!b.is_shown(".print-table").await && b.is_shown(".act-results").await);
}
