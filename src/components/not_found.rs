//! "Page not found": the same words in `<h1>` and `<title>`, and a way back. It tells the
//! frame, so that a page found missing inside a section (an unknown act, a page left out of
//! the build) loses the section's breadcrumb and the share links, as every 404 does.

use crate::components::{Local, PageHeading};
use collection::i18n;
use collection::route::Page;
use collection::Lang;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage(lang: Lang) -> impl IntoView {
    let path = leptos_router::hooks::use_location()
        .pathname
        .get_untracked();
    crate::frame::use_frame().mark_missing(path);
    view! {
        <PageHeading text=i18n::NOT_FOUND_TITLE.get(lang) lang=lang />
        <p>{i18n::NOT_FOUND_TYPED.get(lang)}</p>
        <p>{i18n::NOT_FOUND_LINK.get(lang)}</p>
        <p>
            <Local path=Page::Home.path(lang)>{i18n::NOT_FOUND_HOME.get(lang)}</Local>
        </p>
    }
}
