//! "Page not found": the same words in `<h1>` and `<title>`, and a way back.

use crate::components::{Local, PageHeading};
use collection::i18n;
use collection::route::Page;
use collection::Lang;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage(lang: Lang) -> impl IntoView {
    view! {
        <PageHeading text=i18n::NOT_FOUND_TITLE.get(lang) lang=lang />
        <p>{i18n::NOT_FOUND_TYPED.get(lang)}</p>
        <p>{i18n::NOT_FOUND_LINK.get(lang)}</p>
        <p>
            <Local path=Page::Home.path(lang)>{i18n::NOT_FOUND_HOME.get(lang)}</Local>
        </p>
    }
}
