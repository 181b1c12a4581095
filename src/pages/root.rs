//! `/`: send the reader to their language — the saved choice, else the browser's preference.

use crate::prefs;
use collection::route::Page;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

#[component]
pub fn RootRedirect() -> impl IntoView {
    let navigate = use_navigate();
    Effect::new(move |_| {
        let path = Page::Home.path(prefs::preferred_lang());
        navigate(
            &path,
            NavigateOptions {
                replace: true,
                ..Default::default()
            },
        );
    });
}
