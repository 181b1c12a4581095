//! State shared between the layout and the pages for one visit.

use collection::Lang;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use leptos_router::params::ParamsMap;

/// Where the collection is deployed. The pre-renderer provides it from the build's options; in
/// the browser it comes from the page (`<base href>`, the address).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Deployment {
    /// Base path without a trailing slash: `""` at the root, `/some/path` below it.
    pub base: String,
    /// `https://host` the build was made for, or `""` when unknown (links then keep only the
    /// path).
    pub origin: String,
}

impl Deployment {
    /// The deployment the pre-renderer provided, else the one the browser is looking at.
    pub fn current() -> Deployment {
        use_context::<Deployment>().unwrap_or_else(Deployment::from_browser)
    }

    #[cfg(not(feature = "ssr"))]
    #[allow(clippy::disallowed_methods)] // The page's own `<base href>` and canonical link.
    fn from_browser() -> Deployment {
        // `<base href>` is filled in by trunk from `--public-url`.
        let doc = document();
        let uri = doc.base_uri().ok().flatten().unwrap_or_default();
        let path = web_sys::Url::new(&uri)
            .map(|u| u.pathname())
            .unwrap_or_default();
        // The origin the page was pre-rendered for, as its canonical link has it: hydration
        // must first render what the build rendered.
        let canonical = doc
            .query_selector("link[rel=canonical]")
            .ok()
            .flatten()
            .and_then(|l| l.get_attribute("href"));
        let origin = match canonical {
            Some(href) if href.starts_with("http") => web_sys::Url::new(&href)
                .map(|u| u.origin())
                .unwrap_or_default(),
            Some(_) => String::new(),
            None => window().location().origin().unwrap_or_default(),
        };
        Deployment {
            base: path.trim_end_matches('/').to_string(),
            origin,
        }
    }

    #[cfg(feature = "ssr")]
    fn from_browser() -> Deployment {
        Deployment::default()
    }
}

#[derive(Clone, Copy)]
pub struct Frame {
    deployment: StoredValue<Deployment>,
    /// Set on every route change after the first; the next page heading takes focus and is
    /// announced. The first page load leaves focus where the browser put it.
    focus_pending: StoredValue<bool>,
    /// Text of the polite live region that announces page changes.
    pub announcement: RwSignal<String>,
    /// False during the first render — the one a pre-rendered page was made from, which
    /// hydration must reproduce exactly — and true from then on. What the build cannot know
    /// (the query string, the reader's saved choices) is read only once this is true.
    hydrated: RwSignal<bool>,
    /// How many parts of the page are loading new content while showing the old (a library
    /// filter just chosen): `<main aria-busy>` while any is.
    busy: RwSignal<u32>,
    /// The path of the page that turned out not to exist (an unknown act, a contact page left
    /// out of the build): its breadcrumb, share links and head links go, as on any 404.
    missing: RwSignal<Option<String>>,
}

impl Frame {
    pub fn new(deployment: Deployment) -> Self {
        Frame {
            deployment: StoredValue::new(deployment),
            focus_pending: StoredValue::new(false),
            announcement: RwSignal::new(String::new()),
            hydrated: RwSignal::new(false),
            busy: RwSignal::new(0),
            missing: RwSignal::new(None),
        }
    }

    pub fn base(&self) -> String {
        self.deployment.with_value(|d| d.base.clone())
    }

    /// `https://host` for full addresses (canonical, share and copy links): the public origin
    /// the build was made for, where it knew one — the collection's own address, whichever copy
    /// the reader has open — else, from right after hydration, the browser's. Reactive only in
    /// that second case (inside page content, read it untracked): when the build knew it,
    /// nothing has to render again once the app takes over. (It used to switch to the
    /// browser's origin in every case, which rebuilt every head link and share link after
    /// hydration: a sixth of the library's first long task.)
    pub fn origin(&self) -> String {
        let built = self.deployment.with_value(|d| d.origin.clone());
        if built.is_empty() && self.hydrated.get() {
            live_origin().unwrap_or_default()
        } else {
            built
        }
    }

    /// A link target for an app path (`/uk/ibm`), under the deployment base.
    pub fn href(&self, path: &str) -> String {
        format!("{}{}", self.base(), path)
    }

    /// The full address of an app path, for canonical and share links.
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.origin(), self.href(path))
    }

    pub fn route_changed(&self, first: bool) {
        self.focus_pending.set_value(!first);
    }

    /// True once per route change: the caller should move focus to its heading.
    fn take_focus(&self) -> bool {
        let pending = self.focus_pending.get_value();
        self.focus_pending.set_value(false);
        pending
    }

    /// A page's heading is in place: after a route change (once), it takes focus and is
    /// announced ("Сторінка: …"), since a single-page app's router does neither. Every page
    /// comes through here, whether its components or the build wrote the heading.
    pub fn heading_arrived(&self, h1: &web_sys::HtmlElement, lang: Lang) {
        if self.take_focus() {
            let _ = h1.focus();
            let text = h1.text_content().unwrap_or_default();
            let page = collection::i18n::PAGE_ANNOUNCE.get(lang);
            self.announcement.set(format!("{page}: {}", text.trim()));
        }
    }

    /// Called once, by an effect of the layout: effects run after hydration, never at build
    /// time.
    pub fn mark_hydrated(&self) {
        self.hydrated.set(true);
    }

    pub fn is_hydrated(&self) -> bool {
        self.hydrated.get()
    }
}

impl Frame {
    /// Says that the page at `path` does not exist: the not-found page calls it.
    pub fn mark_missing(&self, path: String) {
        if self.missing.get_untracked().as_deref() != Some(path.as_str()) {
            self.missing.set(Some(path));
        }
    }

    /// True when the page at `path` was found not to exist.
    pub fn is_missing(&self, path: &str) -> bool {
        self.missing.with(|m| m.as_deref() == Some(path))
    }

    pub fn is_busy(&self) -> bool {
        self.busy.get() > 0
    }

    /// One part of the page starts (`true`) or stops loading.
    pub fn set_busy(&self, busy: bool) {
        self.busy
            .update(|n| *n = if busy { *n + 1 } else { n.saturating_sub(1) });
    }
}

#[cfg(not(feature = "ssr"))]
#[allow(clippy::disallowed_methods)] // The address the reader is looking at.
fn live_origin() -> Option<String> {
    window().location().origin().ok()
}

#[cfg(feature = "ssr")]
fn live_origin() -> Option<String> {
    None
}

pub fn use_frame() -> Frame {
    expect_context::<Frame>()
}

/// The address's query, as the page may use it: empty for the first render (pre-rendered pages
/// are made without one), the real one from right after hydration.
pub fn use_query() -> Signal<ParamsMap> {
    let frame = use_frame();
    let location = use_location();
    // A memo: what reads it runs again only when the query really changes.
    Memo::new(move |_| {
        if frame.is_hydrated() {
            location.query.get()
        } else {
            ParamsMap::new()
        }
    })
    .into()
}

/// `?…` of the address (or nothing), on the same terms as [`use_query`].
pub fn use_search() -> Signal<String> {
    let frame = use_frame();
    let location = use_location();
    Memo::new(move |_| {
        let search = if frame.is_hydrated() {
            location.search.get()
        } else {
            String::new()
        };
        if search.is_empty() {
            search
        } else {
            format!("?{}", search.trim_start_matches('?'))
        }
    })
    .into()
}
