//! On paper: act, agency, strategy and library pages print their content without the header,
//! navigation, search, share links and buttons; links to official texts print their address;
//! the EU disclaimer stays; the library prints the current view as a table.

use collection::i18n;
use collection::library::{self, LibraryQuery};
use collection::model::ActsFile;
use collection::Lang;
use e2e::{data, dist, Browser, Site};
use serde_json::json;

async fn shown(b: &Browser, css: &str) -> bool {
    let c = serde_json::to_string(css).unwrap();
    b.eval(&format!("(() => {{ const e = document.querySelector({c}); return !!e && getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0; }})()"))
        .await
        .as_bool()
        .unwrap_or(false)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_print_their_content_and_the_library_a_table() {
    let dist = dist();
    let acts: ActsFile = data(&dist);
    let site = Site::start(dist, "").await;
    let b = Browser::start("uk").await;
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
            assert!(!shown(&b, hidden).await, "{path}: {hidden} is printed");
        }
        assert!(shown(&b, "main h1").await, "{path}: the heading is printed");
        assert!(
            shown(&b, ".site-footer__disclaimer").await,
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
    assert!(shown(&b, ".citation").await);

    // The library: the current view as a table of number, date, title and status.
    b.open(&site.url("/uk/library?type=law")).await;
    let q = LibraryQuery::from_pairs([("type", "law")]);
    let view = library::view(&acts, &q, Lang::Uk);
    assert!(shown(&b, ".print-table").await);
    assert!(!shown(&b, ".act-results").await && !shown(&b, ".filters").await);
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
    assert!(!shown(&b, ".print-table").await && shown(&b, ".act-results").await);
}
