//! The Leptos user interface. Thin by design: content, validation and routing logic live in the
//! `collection` crate; this crate renders them.
//!
//! The same components run in two places: natively at build time (feature `ssr`), where
//! `src/bin/prerender.rs` renders every page to static HTML with its data, and in the browser
//! (feature `hydrate`), where [`boot`] hydrates that HTML — or, on a page that was not
//! pre-rendered, renders from scratch.
//!
//! - [`api`] is the only code that reads content (the network in the browser, disk at build
//!   time);
//! - [`frame`] holds the per-visit state the layout shares with pages;
//! - [`shell`] is the layout and the router: it sits above the pages;
//! - [`pages`] has one module per route, above
//! - [`components`], the shared pieces (heading, error panel, "not found", …), which use
//!   neither pages nor the shell.

// Pages are told apart by `EitherOf…` instead of erased views (smaller wasm), which makes the
// pre-renderer's async render types deep.
#![recursion_limit = "256"]

pub mod api;
#[cfg(not(feature = "ssr"))]
pub mod boot;
pub mod chunks;
pub mod components;
pub mod dom;
pub mod frame;
pub mod offline;
pub mod pages;
pub mod prefs;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod search_engine;
pub mod shell;

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::Router;

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let deployment = frame::Deployment::current();
    let base = deployment.base.clone();
    provide_context(frame::Frame::new(deployment));
    provide_context(offline::start());
    view! {
        <Router base=base>
            <shell::Shell />
        </Router>
    }
}

/// Renders a view to HTML natively, as the pre-renderer does, inside the frame of a deployment
/// under `/sub` at `https://ibm.example`, without the empty comments (`<!>`) that mark places
/// for hydration: the components' own tests read what it gives.
#[cfg(all(test, feature = "ssr"))]
pub(crate) fn render_html<V: IntoView + 'static>(view: impl FnOnce() -> V) -> String {
    use leptos::tachys::view::RenderHtml;
    Owner::new().with(|| {
        provide_context(frame::Frame::new(frame::Deployment {
            base: "/sub".into(),
            origin: "https://ibm.example".into(),
        }));
        view().into_view().to_html().replace("<!>", "")
    })
}

/// The acts of the minimal collection (`collection/tests/fixtures/minimal/`).
#[cfg(all(test, feature = "ssr"))]
pub(crate) fn fixture_acts() -> std::sync::Arc<collection::model::ActsFile> {
    use collection::DataFile;
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/collection/tests/fixtures/minimal/acts.json"
    );
    let text = std::fs::read_to_string(path).expect("the fixture");
    std::sync::Arc::new(collection::model::ActsFile::parse(&text).expect("a valid fixture"))
}
