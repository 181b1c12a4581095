//! The routing table as plain data: every URL the app answers, parsed into a [`Route`] and
//! printed back. The app renders from a `Route`; the browser tests and the sitemap list routes
//! from here, so a page cannot exist in one place and be missing from another.
//!
//! Paths are relative to the deployment's base path (the app strips `/some/path` first).

use crate::Lang;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// Declares the sections once: the enum, [`Section::ALL`] in navigation order and each slug
/// follow from one list, so a section cannot exist without being listed (and the app's
/// exhaustive `match`es make it routed and named).
macro_rules! sections {
    ($($variant:ident => $slug:literal,)*) => {
        /// The top-level sections, in navigation order.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
        #[serde(rename_all = "kebab-case")]
        pub enum Section {
            $($variant,)*
        }

        impl Section {
            /// Every section, in navigation order.
            pub const ALL: [Section; [$($slug),*].len()] = [$(Section::$variant,)*];

            /// The section's path segment: `/uk/<slug>`.
            pub fn slug(self) -> &'static str {
                match self {
                    $(Section::$variant => $slug,)*
                }
            }
        }
    };
}

sections! {
    Ibm => "ibm",
    Library => "library",
    Cooperation => "cooperation",
    Agencies => "agencies",
    Strategy => "strategy",
    Approximation => "approximation",
    Timeline => "timeline",
    Project => "project",
    Glossary => "glossary",
}

impl Section {
    pub fn from_slug(slug: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

/// A page within one language.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Page {
    Home,
    Section(Section),
    /// One agency by id; whether the id exists is known only once the data is loaded.
    Agency(String),
    /// One legal act by id, in the library.
    Act(String),
    /// Search across the collection (`?q=`).
    Search,
    /// "Leave a message" (only when data/site.json has a contact address).
    Contact,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Route {
    /// `/`: sends the reader to a language.
    Root,
    Page(Lang, Page),
    /// Anything else, with the language of its first segment when that is a known language.
    NotFound(Option<Lang>, String),
}

/// Ids in URLs are short lowercase slugs.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 80
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

impl Page {
    /// A page whose content only reads — no filter, no form, nothing that depends on the query
    /// string. The browser bundle carries no code for these: the build writes them as static
    /// HTML, and the app shows them by putting that HTML in place (see [`fragment_file`]).
    pub fn is_static(&self) -> bool {
        match self {
            Page::Home | Page::Agency(_) | Page::Act(_) => true,
            // Spelled out, so that a new section does not compile until it is placed.
            Page::Section(s) => match s {
                Section::Ibm
                | Section::Cooperation
                | Section::Agencies
                | Section::Strategy
                | Section::Approximation
                | Section::Project
                | Section::Glossary => true,
                Section::Library | Section::Timeline => false,
            },
            Page::Search | Page::Contact => false,
        }
    }

    pub fn path(&self, lang: Lang) -> String {
        match self {
            Page::Home => format!("/{lang}/"),
            Page::Section(s) => format!("/{lang}/{}", s.slug()),
            Page::Agency(id) => format!("/{lang}/agencies/{id}"),
            Page::Act(id) => format!("/{lang}/library/{id}"),
            Page::Search => format!("/{lang}/search"),
            Page::Contact => format!("/{lang}/contact"),
        }
    }

    /// The path to a place within the page (`/uk/glossary#readmission`).
    pub fn anchored(&self, lang: Lang, anchor: &str) -> String {
        format!("{}#{anchor}", self.path(lang))
    }

    /// The page one level up, for breadcrumbs.
    pub fn parent(&self) -> Option<Page> {
        match self {
            Page::Home => None,
            Page::Section(_) => Some(Page::Home),
            Page::Agency(_) => Some(Page::Section(Section::Agencies)),
            Page::Act(_) => Some(Page::Section(Section::Library)),
            Page::Search | Page::Contact => Some(Page::Home),
        }
    }

    /// The section the page belongs to, for marking the main navigation.
    pub fn section(&self) -> Option<Section> {
        match self {
            Page::Home => None,
            Page::Section(s) => Some(*s),
            Page::Agency(_) => Some(Section::Agencies),
            Page::Act(_) => Some(Section::Library),
            Page::Search | Page::Contact => None,
        }
    }

    /// Home first, then each level down to (not including) this page.
    pub fn ancestors(&self) -> Vec<Page> {
        let mut trail = Vec::new();
        let mut cur = self.parent();
        while let Some(p) = cur {
            cur = p.parent();
            trail.push(p);
        }
        trail.reverse();
        trail
    }
}

impl Route {
    /// Parses a path (no query, no fragment) relative to the base path.
    pub fn parse(path: &str) -> Route {
        let trimmed = path.trim_matches('/');
        if trimmed.is_empty() {
            return Route::Root;
        }
        let segments: Vec<&str> = trimmed.split('/').collect();
        let Some(lang) = Lang::from_code(segments[0]) else {
            return Route::NotFound(None, path.to_string());
        };
        let page = match &segments[1..] {
            [] => Some(Page::Home),
            ["search"] => Some(Page::Search),
            ["contact"] => Some(Page::Contact),
            [slug] => Section::from_slug(slug).map(Page::Section),
            ["agencies", id] if is_slug(id) => Some(Page::Agency(id.to_string())),
            ["library", id] if is_slug(id) => Some(Page::Act(id.to_string())),
            _ => None,
        };
        match page {
            Some(page) => Route::Page(lang, page),
            None => Route::NotFound(Some(lang), path.to_string()),
        }
    }

    pub fn lang(&self) -> Option<Lang> {
        match self {
            Route::Root => None,
            Route::Page(lang, _) => Some(*lang),
            Route::NotFound(lang, _) => *lang,
        }
    }

    /// The same place in another language: what the language switch links to.
    pub fn path_in(&self, lang: Lang) -> String {
        match self {
            Route::Root => format!("/{lang}/"),
            Route::Page(_, page) => page.path(lang),
            Route::NotFound(Some(_), path) => {
                let rest = path.trim_start_matches('/');
                let rest = rest.split_once('/').map(|(_, r)| r).unwrap_or("");
                format!("/{lang}/{rest}")
            }
            Route::NotFound(None, _) => format!("/{lang}/"),
        }
    }

    /// Every route that has a page, in both languages, given the agency and act ids in the data.
    pub fn all_pages<'a>(
        agency_ids: impl IntoIterator<Item = &'a str> + Clone,
        act_ids: impl IntoIterator<Item = &'a str> + Clone,
    ) -> Vec<Route> {
        let mut out = Vec::new();
        for lang in Lang::ALL {
            out.push(Route::Page(lang, Page::Home));
            for s in Section::ALL {
                out.push(Route::Page(lang, Page::Section(s)));
            }
            out.push(Route::Page(lang, Page::Search));
            out.push(Route::Page(lang, Page::Contact));
            for id in agency_ids.clone() {
                out.push(Route::Page(lang, Page::Agency(id.to_string())));
            }
            for id in act_ids.clone() {
                out.push(Route::Page(lang, Page::Act(id.to_string())));
            }
        }
        out
    }
}

/// The file, relative to a build's root, that holds the pre-rendered page for an app path:
/// `/uk/library` → `uk/library.html`, `/uk/` → `uk/index.html` (static hosts and the nginx
/// recipe serve those for the extensionless path); `None` for what is not a page path.
pub fn page_file(path: &str) -> Option<String> {
    let rel = path.trim_start_matches('/');
    if rel.is_empty() || rel.contains('.') || rel.contains("//") {
        return None;
    }
    Some(match rel.strip_suffix('/') {
        Some(dir) => format!("{dir}/index.html"),
        None => format!("{rel}.html"),
    })
}

/// The file, relative to a build's root, that holds a static page's content alone — its `<main>`
/// with its title and description, for the app to put in place on client-side navigation:
/// `/uk/ibm` → `uk/ibm.main.html`, `/uk/` → `uk/index.main.html`.
pub fn fragment_file(path: &str) -> Option<String> {
    page_file(path).map(|f| format!("{}.main.html", f.trim_end_matches(".html")))
}

/// The one file that holds every static page's content, keyed by [`fragment_file`]: the
/// service worker fetches it once and keeps each page, so that they all read offline.
pub const FRAGMENTS: &str = "fragments.json";

/// The kebab-case name serde gives an enum value (`cmu-order`).
pub fn slug_of<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The enum value for a kebab-case name, if there is one.
pub fn from_slug<T: DeserializeOwned>(s: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(s.to_string())).ok()
}

/// Percent-encodes a query value for a URL (`?q=…`): everything but unreserved characters.
pub fn encode_query_value(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for b in v.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_query_values() {
        assert_eq!(encode_query_value("1777-XII"), "1777-XII");
        assert_eq!(encode_query_value("державний кордон"), "%D0%B4%D0%B5%D1%80%D0%B6%D0%B0%D0%B2%D0%BD%D0%B8%D0%B9%20%D0%BA%D0%BE%D1%80%D0%B4%D0%BE%D0%BD");
        assert_eq!(encode_query_value("a&b=c/d?#"), "a%26b%3Dc%2Fd%3F%23");
    }

    #[test]
    fn each_page_path_has_one_file() {
        assert_eq!(page_file("/uk/").as_deref(), Some("uk/index.html"));
        assert_eq!(page_file("/en/library").as_deref(), Some("en/library.html"));
        assert_eq!(
            page_file("/uk/library/ua-law-1777-xii").as_deref(),
            Some("uk/library/ua-law-1777-xii.html")
        );
        assert_eq!(page_file("/"), None);
        assert_eq!(page_file("/uk/../x"), None);
        assert_eq!(page_file("/data/acts.json"), None);
        assert_eq!(fragment_file("/uk/").as_deref(), Some("uk/index.main.html"));
        assert_eq!(
            fragment_file("/en/library/ua-law-1777-xii").as_deref(),
            Some("en/library/ua-law-1777-xii.main.html")
        );
        assert_eq!(fragment_file("/uk/ibm.main"), None);
    }

    #[test]
    fn pages_that_read_the_query_string_or_take_input_are_not_static() {
        let dynamic = [
            Page::Section(Section::Library),
            Page::Section(Section::Timeline),
            Page::Search,
            Page::Contact,
        ];
        for route in Route::all_pages(["sbgs"], ["ua-law-1777-xii"]) {
            let Route::Page(_, page) = route else {
                continue;
            };
            assert_eq!(page.is_static(), !dynamic.contains(&page), "{page:?}");
        }
        assert!(Page::Act("x".into()).is_static() && Page::Home.is_static());
    }

    #[test]
    fn parses_every_page_and_prints_it_back() {
        for route in Route::all_pages(["sbgs", "mia"], ["ua-law-1777-xii"]) {
            let Route::Page(lang, page) = &route else {
                unreachable!()
            };
            let path = page.path(*lang);
            assert_eq!(Route::parse(&path), route, "{path}");
        }
    }

    #[test]
    fn a_place_within_a_page_parses_as_the_page() {
        let page = Page::Section(Section::Glossary);
        let path = page.anchored(Lang::En, "readmission");
        assert_eq!(path, "/en/glossary#readmission");
        let (p, _) = path.split_once('#').unwrap();
        assert_eq!(Route::parse(p), Route::Page(Lang::En, page));
    }

    #[test]
    fn root_and_trailing_slashes() {
        assert_eq!(Route::parse(""), Route::Root);
        assert_eq!(Route::parse("/"), Route::Root);
        assert_eq!(Route::parse("/uk"), Route::Page(Lang::Uk, Page::Home));
        assert_eq!(
            Route::parse("/en/ibm/"),
            Route::Page(Lang::En, Page::Section(Section::Ibm))
        );
    }

    #[test]
    fn unknown_paths_keep_their_language() {
        assert_eq!(
            Route::parse("/uk/nope"),
            Route::NotFound(Some(Lang::Uk), "/uk/nope".into())
        );
        assert_eq!(
            Route::parse("/fr/ibm"),
            Route::NotFound(None, "/fr/ibm".into())
        );
        assert_eq!(
            Route::parse("/en/agencies/SBGS"),
            Route::NotFound(Some(Lang::En), "/en/agencies/SBGS".into())
        );
        assert!(matches!(
            Route::parse("/en/agencies/a/b"),
            Route::NotFound(Some(Lang::En), _)
        ));
        assert!(matches!(
            Route::parse("/en/ibm/extra"),
            Route::NotFound(Some(Lang::En), _)
        ));
    }

    #[test]
    fn language_switch_keeps_the_page() {
        let r = Route::parse("/uk/agencies/sbgs");
        assert_eq!(r.path_in(Lang::En), "/en/agencies/sbgs");
        assert_eq!(Route::parse("/en/").path_in(Lang::Uk), "/uk/");
        assert_eq!(Route::parse("/en/no/such").path_in(Lang::Uk), "/uk/no/such");
        assert_eq!(Route::parse("/xx").path_in(Lang::Uk), "/uk/");
    }

    #[test]
    fn breadcrumb_trail() {
        let p = Page::Agency("sbgs".into());
        assert_eq!(
            p.ancestors(),
            vec![Page::Home, Page::Section(Section::Agencies)]
        );
        assert_eq!(Page::Home.ancestors(), vec![]);
        assert_eq!(p.section(), Some(Section::Agencies));
    }

    #[test]
    fn slugs() {
        assert!(is_slug("sbgs"));
        assert!(is_slug("ua-law-1777-xii"));
        assert!(!is_slug("Sbgs"));
        assert!(!is_slug("-x"));
        assert!(!is_slug(""));
        assert!(!is_slug("a b"));
    }
}

/// The app-relative path of a browser path under a deployment base (`/some/path`, or `""` at
/// the root). `None` when the path lies outside the base.
pub fn strip_base<'a>(base: &str, pathname: &'a str) -> Option<&'a str> {
    let base = base.trim_end_matches('/');
    if base.is_empty() {
        return Some(pathname);
    }
    let rest = pathname.strip_prefix(base)?;
    if rest.is_empty() || rest.starts_with('/') {
        Some(rest)
    } else {
        None
    }
}

#[cfg(test)]
mod base_tests {
    use super::strip_base;

    #[test]
    fn strips_the_deployment_base() {
        assert_eq!(strip_base("", "/uk/ibm"), Some("/uk/ibm"));
        assert_eq!(strip_base("/ibm-test", "/ibm-test/uk/ibm"), Some("/uk/ibm"));
        assert_eq!(strip_base("/ibm-test/", "/ibm-test"), Some(""));
        assert_eq!(strip_base("/ibm-test", "/ibm-testing/uk"), None);
        assert_eq!(strip_base("/ibm-test", "/uk/ibm"), None);
    }
}
