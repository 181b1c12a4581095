//! The Atom 1.0 feeds of what changes in the collection, one per language
//! (`/uk/feed.xml`, `/en/feed.xml`), written at build time from `data/` (see
//! `collection::changes`): acts added and status changes, newest first.

use atom_syndication::{Entry, Feed, FixedDateTime, Link, Person, Text};
use collection::changes::{self, Change, ChangeKind};
use collection::i18n;
use collection::model::ActsFile;
use collection::{Lang, Page};

/// How many changes a feed carries.
pub const ENTRIES: usize = 60;

/// Where a feed file goes in the build, for a language: `uk/feed.xml`.
pub fn file(lang: Lang) -> String {
    format!("{}/feed.xml", lang.code())
}

/// Midnight UTC of an ISO date (a missing month or day counts as the first).
fn at_midnight(date: &collection::IsoDate) -> FixedDateTime {
    let d = date.parse().ok();
    let (y, m, day) = d
        .map(|d| (d.year, d.month.unwrap_or(1), d.day.unwrap_or(1)))
        .unwrap_or((1970, 1, 1));
    format!("{y:04}-{m:02}-{day:02}T00:00:00Z")
        .parse()
        .expect("a valid RFC 3339 time")
}

fn entry(change: &Change, acts: &ActsFile, lang: Lang, site: &str) -> Entry {
    let act = acts.act(&change.act);
    let title = act
        .map(|a| a.display_title().get(lang).to_string())
        .unwrap_or_else(|| change.act.clone());
    let what = match &change.kind {
        ChangeKind::Added => i18n::CHANGE_ADDED.get(lang).to_string(),
        ChangeKind::Status(s) => {
            format!("{}: {}", i18n::CHANGE_STATUS.get(lang), s.label().get(lang))
        }
    };
    let mut e = Entry::default();
    e.set_id(format!(
        "tag:ibm-collection,2026:{}/{}",
        lang.code(),
        change.key()
    ));
    e.set_title(Text::plain(format!("{what} — {title}")));
    e.set_updated(at_midnight(&change.date));
    let mut link = Link::default();
    link.set_href(format!(
        "{site}{}",
        Page::Act(change.act.clone())
            .path(lang)
            .trim_start_matches('/')
    ));
    link.set_rel("alternate");
    link.set_hreflang(Some(lang.code().to_string()));
    e.set_links(vec![link]);
    if let Some(a) = act {
        // The summary, then what it is up to date with: a reader of the feed sees the same
        // promise as a reader of the act's page, never more.
        let as_of = format!(
            "{} {}.",
            i18n::EVIDENCE_AS_OF.get(lang),
            a.evidence.format(lang)
        );
        let summary = a.summary.get(lang);
        let text = if summary.is_empty() {
            as_of
        } else {
            format!("{summary}\n\n{as_of}")
        };
        e.set_summary(Some(Text::plain(text)));
    }
    e
}

/// The feed for `lang`. `site` is where the collection lives, ending in `/`
/// (`https://host/base/`, or just the base path when the origin is not known).
pub fn atom(acts: &ActsFile, lang: Lang, site: &str) -> String {
    let all = changes::all(acts);
    let shown = &all[..all.len().min(ENTRIES)];
    let mut feed = Feed::default();
    feed.set_id(format!("tag:ibm-collection,2026:{}/feed", lang.code()));
    feed.set_title(Text::plain(format!(
        "{} — {}",
        i18n::SITE_NAME.get(lang),
        i18n::FEED_TITLE.get(lang)
    )));
    feed.set_lang(Some(lang.code().to_string()));
    if let Some(newest) = shown.first() {
        feed.set_updated(at_midnight(&newest.date));
    }
    let mut author = Person::default();
    author.set_name(i18n::SITE_NAME.get(lang));
    feed.set_authors(vec![author]);
    let mut this = Link::default();
    this.set_href(format!("{site}{}", file(lang)));
    this.set_rel("self");
    let mut home = Link::default();
    home.set_href(format!(
        "{site}{}",
        Page::Home.path(lang).trim_start_matches('/')
    ));
    home.set_rel("alternate");
    feed.set_links(vec![this, home]);
    feed.set_entries(
        shown
            .iter()
            .map(|c| entry(c, acts, lang, site))
            .collect::<Vec<_>>(),
    );
    feed.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use collection::files::DataFile;

    #[test]
    fn each_feed_is_atom_with_a_dated_linked_entry_per_change() {
        let text = std::fs::read_to_string(crate::root().join("data/acts.json")).unwrap();
        let acts = ActsFile::parse(&text).unwrap();
        for lang in Lang::ALL {
            let xml = atom(&acts, lang, "https://ibm.example/base/");
            let feed: Feed = xml.parse().expect("valid Atom");
            assert!(feed.entries().len() >= 10, "{}", feed.entries().len());
            assert_eq!(feed.lang(), Some(lang.code()));
            let ids: std::collections::BTreeSet<_> =
                feed.entries().iter().map(|e| e.id()).collect();
            assert_eq!(ids.len(), feed.entries().len(), "ids are unique");
            for e in feed.entries() {
                let href = e.links()[0].href();
                let id = href
                    .strip_prefix(&format!(
                        "https://ibm.example/base/{}/library/",
                        lang.code()
                    ))
                    .unwrap_or_else(|| panic!("{href}"));
                let act = acts.act(id).unwrap_or_else(|| panic!("{href}"));
                let summary = e.summary().map(|t| t.as_str()).unwrap_or_default();
                let as_of = act.evidence.format(lang);
                assert!(summary.ends_with(&format!("{as_of}.")), "{summary}");
            }
            // Newest first, and the feed is as new as its newest entry.
            let dates: Vec<_> = feed.entries().iter().map(|e| *e.updated()).collect();
            assert!(dates.windows(2).all(|w| w[0] >= w[1]));
            assert_eq!(feed.updated(), &dates[0]);
        }
    }
}
