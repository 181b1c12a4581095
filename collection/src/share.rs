//! Where a page can be shared: the services' share addresses for a page's address and title,
//! and the title a shared page goes by.

use crate::i18n;
use crate::route::encode_query_value;
use crate::Lang;

/// The share links for the page at `url` called `title`: (the service's name, its address),
/// in the order they are shown.
pub fn links(url: &str, title: &str, lang: Lang) -> Vec<(&'static str, String)> {
    let (u, t) = (encode_query_value(url), encode_query_value(title));
    vec![
        (
            "Facebook",
            format!("https://www.facebook.com/sharer/sharer.php?u={u}"),
        ),
        ("X", format!("https://x.com/intent/post?url={u}&text={t}")),
        (
            "LinkedIn",
            format!("https://www.linkedin.com/sharing/share-offsite/?url={u}"),
        ),
        (
            "Telegram",
            format!("https://t.me/share/url?url={u}&text={t}"),
        ),
        (
            i18n::SHARE_EMAIL.get(lang),
            format!("mailto:?subject={t}&body={u}"),
        ),
    ]
}

/// "Page — Collection", or the collection's name alone for its home page (or a page with no
/// heading of its own).
pub fn title(heading: &str, lang: Lang) -> String {
    let site = i18n::SITE_NAME.get(lang);
    if heading.is_empty() || heading == site {
        site.to_string()
    } else {
        format!("{heading} — {site}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_service_gets_the_address_and_title_encoded() {
        let l = links(
            "https://example.org/uk/library?type=law",
            "Закон & Co",
            Lang::Uk,
        );
        assert_eq!(l.len(), 5);
        assert_eq!(l[4].0, i18n::SHARE_EMAIL.uk);
        for (name, href) in &l {
            assert!(
                href.contains("https%3A%2F%2Fexample.org%2Fuk%2Flibrary%3Ftype%3Dlaw"),
                "{name}: {href}"
            );
            assert!(
                !href.contains(' ') && !href.contains("&Co"),
                "{name}: {href}"
            );
        }
        assert!(l[1]
            .1
            .contains("text=%D0%97%D0%B0%D0%BA%D0%BE%D0%BD%20%26%20Co"));
    }

    #[test]
    fn the_title_names_the_page_and_the_collection() {
        assert_eq!(title("", Lang::En), i18n::SITE_NAME.en);
        assert_eq!(title(i18n::SITE_NAME.en, Lang::En), i18n::SITE_NAME.en);
        assert_eq!(
            title("Glossary", Lang::En),
            format!("Glossary — {}", i18n::SITE_NAME.en)
        );
    }
}
