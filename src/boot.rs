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
    if !prerendered {
        leptos::mount::mount_to_body(crate::App);
        return ready();
    }
    // A page's code comes as a chunk (`chunks.rs`): the page is hydrated once its chunk is in,
    // for hydration to find the nodes it rendered. If the chunk cannot be
    // fetched, the page stays as the build wrote it, a plain page whose links still work.
    let chunk = page_chunk();
    // Not Leptos's spawner: hydration is what sets it up.
    wasm_bindgen_futures::spawn_local(async move {
        if let Some(chunk) = chunk {
            if chunk.load().await.is_err() {
                return leptos::logging::warn!("{chunk:?}: the page's code did not load");
            }
        }
        hydrate();
        ready();
    });
}

/// `<html data-app="ready">`: the app is in charge.
#[allow(clippy::disallowed_methods)]
fn ready() {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("data-app", "ready");
    }
}

/// The chunk the page at the address needs, if any.
fn page_chunk() -> Option<crate::chunks::Chunk> {
    let base = crate::frame::Deployment::current().base;
    let path = crate::dom::pathname();
    let route = collection::Route::parse(collection::route::strip_base(&base, &path)?);
    crate::chunks::Chunk::of_route(&route)
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
