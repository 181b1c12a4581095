//! The Leptos user interface. Thin by design: content, validation and routing logic live in the
//! `collection` crate; this crate renders them.
//!
//! - [`api`] is the only code that fetches;
//! - [`frame`] holds the per-visit state the layout shares with pages;
//! - [`components`] are the shared pieces (layout, heading, error panel, …);
//! - [`pages`] has one module per route.

pub mod api;
pub mod boot;
pub mod components;
pub mod dom;
pub mod frame;
pub mod offline;
pub mod pages;
pub mod prefs;

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::Router;

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let base = frame::base_path();
    provide_context(frame::Frame::new(base.clone()));
    provide_context(offline::start());
    view! {
        <Router base=base>
            <components::Shell/>
        </Router>
    }
}

pub fn mount() {
    boot::start(App);
}
