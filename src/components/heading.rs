//! The page's `<h1>`: also sets the document title and description, and after a route change
//! takes focus and is announced, since a single-page app's router does neither.

use crate::frame::use_frame;
use collection::i18n::{self, Msg};
use collection::route::Section;
use collection::Lang;
use leptos::html::H1;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn PageHeading(
    #[prop(into)] text: String,
    lang: Lang,
    /// The document title before the site name, when it differs from the heading (e.g. with a
    /// page number); the heading otherwise.
    #[prop(optional, into)]
    title: Option<Signal<String>>,
    /// The page's description for search engines and link previews; the collection's own
    /// description when the page has none of its own.
    #[prop(optional, into)]
    description: Option<String>,
) -> impl IntoView {
    let frame = use_frame();
    let node = NodeRef::<H1>::new();
    let site = i18n::SITE_NAME.get(lang);
    let title = title.unwrap_or_else(|| Signal::stored(text.clone()));
    Effect::new(move |_| {
        if let Some(h1) = node.get() {
            frame.heading_arrived(&h1, lang);
        }
    });
    let description = description.unwrap_or_else(|| i18n::SITE_DESCRIPTION.get(lang).to_string());
    let description: String = description.chars().take(300).collect();
    view! {
        <Title text=move || format!("{} — {site}", title.get()) />
        <Meta name="description" content=description.clone() />
        <Meta property="og:title" content=move || title.get() />
        <Meta property="og:description" content=description />
        <h1 tabindex="-1" node_ref=node>
            {text}
        </h1>
    }
}

/// A section's page heading: the section's title, and its description for the page's meta.
/// With `lead`, that text is the description and also stands under the heading.
#[component]
pub fn SectionHeading(
    section: Section,
    lang: Lang,
    #[prop(optional)] lead: Option<Msg>,
) -> impl IntoView {
    let description = lead.unwrap_or_else(|| i18n::section_description(section));
    view! {
        <PageHeading
            text=i18n::section_title(section).get(lang)
            lang=lang
            description=description.get(lang)
        />
        {lead.map(|lead| view! { <p class="lead">{lead.get(lang)}</p> })}
    }
}

/// A `<section>` named by its own `<h2>` (`aria-labelledby`), so that assistive technology
/// lists it as a region under that name. The heading's `id` is also the section's anchor.
#[component]
pub fn NamedSection(
    id: String,
    class: &'static str,
    #[prop(into)] heading: String,
    children: Children,
) -> impl IntoView {
    let labelled_by = id.clone();
    view! {
        <section class=class aria-labelledby=labelled_by>
            <h2 id=id>{heading}</h2>
            {children()}
        </section>
    }
}
