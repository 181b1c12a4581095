//! Starting the app in the browser.
//!
//! `cargo xtask build` pre-renders every page natively (`src/bin/prerender.rs`) with the data it
//! shows serialised beside it. On such a page the app hydrates what is there: the nodes the
//! browser parsed stay, and only come alive. On a page that was not pre-rendered — the shell
//! (`index.html`, `404.html`) for unknown ids and for `/` — it renders from scratch.
//! `<html data-app="ready">` marks that the app is in charge.

use collection::ids;
use leptos::prelude::*;

#[allow(clippy::disallowed_methods)] // Starting the app is about the page itself.
pub fn start() {
    let doc = document();
    let prerendered = doc.get_element_by_id(ids::HYDRATION_DATA).is_some();
    if prerendered {
        hydrate();
    } else {
        leptos::mount::mount_to_body(crate::App);
    }
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute("data-app", "ready");
    }
}

#[cfg(feature = "hydrate")]
fn hydrate() {
    leptos::mount::hydrate_body(crate::App);
}

/// Built without `hydrate` (only `cargo clippy` does): render from scratch.
#[cfg(not(feature = "hydrate"))]
fn hydrate() {
    leptos::mount::mount_to_body(crate::App);
}
