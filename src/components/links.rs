//! Links: inside the collection (under the deployment base) and out to official sources.

use crate::frame::use_frame;
use collection::i18n;
use collection::model::AgenciesFile;
use collection::Lang;
use leptos::either::Either;
use leptos::prelude::*;

/// A link to an app path, resolved under the deployment base. (Typed children, not
/// `Children`: boxed children are an erased view, costly in the wasm for every kind of
/// content a link is given.)
#[component]
pub fn Local<C: IntoView + 'static>(
    #[prop(into)] path: String,
    children: TypedChildren<C>,
) -> impl IntoView {
    let href = use_frame().href(&path);
    view! { <a href=href>{children.into_inner()()}</a> }
}

/// A link that leaves the collection: opens in the same tab, says it is external, and sends no
/// referrer or opener.
#[component]
pub fn ExternalLink<C: IntoView + 'static>(
    #[prop(into)] href: String,
    lang: Lang,
    children: TypedChildren<C>,
) -> impl IntoView {
    view! {
        <a class="external" href=href rel="external noopener noreferrer">
            {children.into_inner()()}
            <span class="visually-hidden">" " {i18n::EXTERNAL_LINK.get(lang)}</span>
        </a>
    }
}

/// List items (`<li>`) of agency links, one per id, for a list the caller opens.
pub fn agency_items(
    ids: &[String],
    agencies: &std::sync::Arc<AgenciesFile>,
    lang: Lang,
) -> impl IntoView + use<> {
    ids.iter()
        .map(|id| {
            view! {
                <li>
                    <AgencyLink id=id.clone() lang=lang agencies=agencies.clone() />
                </li>
            }
        })
        .collect_view()
}

/// An agency by id: its abbreviation linking to its page, with the full name as the
/// accessible name. An id that does not resolve shows as plain text rather than failing.
#[component]
pub fn AgencyLink(id: String, lang: Lang, agencies: std::sync::Arc<AgenciesFile>) -> impl IntoView {
    match agencies.agency(&id) {
        Some(a) => {
            let path = collection::route::Page::Agency(a.id.clone()).path(lang);
            let name = a.name.get(lang).to_string();
            let abbr = a.abbreviation.get(lang).to_string();
            Either::Left(view! {
                <Local path=path>
                    <abbr title=name.clone()>{abbr}</abbr>
                    " — "
                    {name}
                </Local>
            })
        }
        None => Either::Right(view! { <span>{id}</span> }),
    }
}

/// List items linking to places within one page (`/uk/glossary#readmission`), each by its
/// anchor and its name in `lang`.
pub fn anchor_items(
    page: &collection::route::Page,
    items: Vec<(String, collection::Text)>,
    lang: Lang,
) -> impl IntoView + use<> {
    items
        .into_iter()
        .map(|(id, name)| {
            let path = page.anchored(lang, &id);
            let name = name.get(lang).to_string();
            view! {
                <li>
                    <Local path=path>{name}</Local>
                </li>
            }
        })
        .collect_view()
}
