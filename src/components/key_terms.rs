//! "Key terms" at the foot of a section page: links to the glossary entries it relies on.

use crate::api;
use crate::components::anchor_items;
use collection::i18n;
use collection::lang::collation_key;
use collection::model::GlossaryFile;
use collection::route::{Page, Section};
use collection::{Lang, Text};
use leptos::prelude::*;

/// "Key terms" for a section page: links to the glossary entries the section needs.
#[component]
pub fn KeyTerms(section: Section, lang: Lang) -> impl IntoView {
    // Only the names: the definitions are on the glossary page.
    let data = api::page_data(
        || (),
        move |_| async move {
            let g = api::load::<GlossaryFile>().await?;
            Ok(g.for_section(section)
                .map(|t| (t.id.clone(), t.term.clone()))
                .collect::<Vec<(String, Text)>>())
        },
    );
    let list = move || {
        let mut terms = data.get()?.ok()?;
        if terms.is_empty() {
            return None;
        }
        terms.sort_by_cached_key(|(_, t)| collation_key(t.get(lang), lang));
        let items = anchor_items(&Page::Section(Section::Glossary), terms, lang);
        Some(view! {
            <aside class="key-terms" aria-labelledby="key-terms-heading">
                <h2 id="key-terms-heading">{i18n::KEY_TERMS.get(lang)}</h2>
                <ul class="key-terms__list">{items}</ul>
            </aside>
        })
    };
    view! { <Suspense>{list}</Suspense> }
}
