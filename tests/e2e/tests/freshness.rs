//! How fresh the collection is, as a reader sees it: what is new on the home page, the date of
//! the evidence behind every act and the day it was checked, the newest evidence and latest
//! check of the whole collection, the Atom feeds, and the library sorted by date added.

use collection::changes::{self, ChangeKind};
use collection::i18n;
use collection::library::{self, LibraryQuery};
use collection::model::ActsFile;
use collection::route::page_file;
use collection::{Lang, Page};
use e2e::{data, dist, Browser, Site};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_home_page_footer_and_act_pages_say_how_fresh_they_are() {
    let dist = dist();
    let acts: ActsFile = data(&dist);
    let site = Site::start(dist.clone(), "").await;
    let b = Browser::start("uk").await;
    let latest = changes::latest(&acts, 8);
    let fresh = changes::freshness(&acts).expect("acts are checked");
    for lang in Lang::ALL {
        assert_eq!(
            b.open(&site.url(&Page::Home.path(lang))).await,
            i18n::SITE_NAME.get(lang)
        );
        assert_eq!(b.text("#news-heading").await, i18n::HOME_NEWS.get(lang));
        assert_eq!(b.count(".news__item").await, latest.len() as u64);
        let first = &latest[0];
        let item = b.text(".news__item").await;
        assert!(item.starts_with(&first.date.format(lang)), "{item}");
        let what = match &first.kind {
            ChangeKind::Added => i18n::CHANGE_ADDED.get(lang).to_string(),
            ChangeKind::Status(_) => i18n::CHANGE_STATUS.get(lang).to_string(),
        };
        assert!(item.contains(&what), "{item}");
        assert_eq!(
            b.eval_str("new URL(document.querySelector('.news__item a').href).pathname")
                .await,
            Page::Act(first.act.clone()).path(lang)
        );
        // Every page says how current the collection is, and offers the feed.
        let footer = b.text("footer").await;
        for (label, date) in [
            (i18n::NEWEST_EVIDENCE, &fresh.evidence),
            (i18n::LAST_CHECKED, &fresh.checked),
        ] {
            let said = format!("{} {}", label.get(lang), date.format(lang));
            assert!(footer.contains(&said), "{said:?} not in {footer}");
        }
        assert_eq!(
            b.eval_str("new URL(document.querySelector('link[rel=alternate][type=\"application/atom+xml\"]').href).pathname")
                .await,
            format!("/{}/feed.xml", lang.code())
        );
        // In the app too: the news links to the act, whose page says when it was checked.
        b.click(".news__item a").await;
        let act = acts.act(&first.act).unwrap();
        b.wait_heading(act.title.get(lang)).await;
        // Two dates, each with what it promises: the evidence, and the day of the check.
        for (css, label, date) in [
            (".evidence-on", i18n::EVIDENCE_AS_OF, &act.evidence),
            (".checked-on", i18n::STATUS_CHECKED, &act.checked),
        ] {
            let said = format!("{} {}", label.get(lang), date.format(lang));
            assert_eq!(b.text(css).await, said);
        }
        assert!(b
            .text("footer")
            .await
            .contains(&fresh.evidence.format(lang)));
    }

    // The library sorted by date added: the newest additions first.
    let q = LibraryQuery::from_pairs([("sort", "added")]);
    let want = &library::view(&acts, &q, Lang::En).items[0];
    b.open(&site.url("/en/library?sort=added")).await;
    assert_eq!(
        b.eval_str("document.querySelector('#sort').value").await,
        "added"
    );
    assert_eq!(b.text(".act-card__title").await, want.display_title().en);

    // Filtered by the year of the evidence and sorted by it: a deep link gives the records
    // that know the latest changes, and the filter says which year is chosen.
    let year = fresh.evidence.year().expect("a dated evidence").to_string();
    let pairs = [("evidence", year.as_str()), ("sort", "evidence")];
    let q = LibraryQuery::from_pairs(pairs);
    let v = library::view(&acts, &q, Lang::Uk);
    assert!(
        v.total > 0
            && v.items
                .iter()
                .all(|a| a.evidence.year() == fresh.evidence.year())
    );
    b.open(&site.url(&q.href("/uk/library"))).await;
    assert_eq!(
        b.eval_str("document.querySelector('#evidence').value")
            .await,
        year
    );
    assert_eq!(
        b.text(".act-card__title").await,
        v.items[0].display_title().uk
    );
    assert_eq!(b.count(".act-card").await, v.items.len() as u64);
}

#[test]
fn the_feeds_are_atom_and_every_link_is_a_built_page() {
    let dist = dist();
    let acts: ActsFile = data(&dist);
    for lang in Lang::ALL {
        let xml = std::fs::read_to_string(dist.join(format!("{}/feed.xml", lang.code()))).unwrap();
        let feed: atom_syndication::Feed = xml.parse().expect("valid Atom 1.0");
        assert!(feed.entries().len() >= 10, "{}", feed.entries().len());
        let newest = &changes::all(&acts)[0];
        assert!(feed
            .updated()
            .to_rfc3339()
            .starts_with(newest.date.as_str()));
        for e in feed.entries() {
            assert!(!e.id().is_empty() && !e.title().is_empty());
            let href = e.links()[0].href();
            let path = url::Url::parse(href)
                .map(|u| u.path().to_string())
                .unwrap_or_else(|_| href.to_string());
            let file = page_file(&path).unwrap_or_else(|| panic!("{href} is not a page"));
            assert!(dist.join(&file).is_file(), "{href}: no {file} in the build");
        }
    }
}
