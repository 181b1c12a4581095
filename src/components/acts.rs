//! Acts cited on the section pages.

use crate::components::ExternalLink;
use collection::i18n;
use collection::model::ActsFile;
use collection::Lang;
use leptos::prelude::*;
use std::sync::Arc;

/// One act cited in the official manner, linking to its official text. An id that does not
/// resolve is shown as is (the validator reports it; the page still renders).
#[component]
pub fn ActRef(id: String, lang: Lang, acts: Arc<ActsFile>) -> impl IntoView {
    match acts.act(&id) {
        Some(act) => {
            let citation = act.citation(lang);
            let source = act.source.clone();
            view! {
                <span class="act-ref">
                    {citation}" "
                    <ExternalLink href=source lang=lang>{i18n::OFFICIAL_TEXT.get(lang)}</ExternalLink>
                </span>
            }
            .into_any()
        }
        None => view! { <span class="act-ref">{id}</span> }.into_any(),
    }
}

/// A titled list of acts; renders nothing for an empty list.
#[component]
pub fn ActList(
    ids: Vec<String>,
    lang: Lang,
    acts: Arc<ActsFile>,
    #[prop(optional)] heading: Option<&'static str>,
) -> impl IntoView {
    (!ids.is_empty()).then(|| {
        let items = ids
            .into_iter()
            .map(|id| view! { <li><ActRef id=id lang=lang acts=acts.clone()/></li> })
            .collect_view();
        view! {
            {heading.map(|h| view! { <h3>{h}</h3> })}
            <ul class="act-list">{items}</ul>
        }
    })
}
