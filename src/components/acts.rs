//! Acts cited on the section pages, each linking to its page in the library.

use crate::components::{ExternalLink, Local};
use collection::i18n;
use collection::model::ActsFile;
use collection::route::Page;
use collection::Lang;
use leptos::either::Either;
use leptos::prelude::*;
use std::sync::Arc;

/// One act cited in the official manner, linking to its library page, with the official text
/// beside it. An id that does not resolve is shown as is (the validator reports it; the page
/// still renders).
#[component]
pub fn ActRef(id: String, lang: Lang, acts: Arc<ActsFile>) -> impl IntoView {
    match acts.act(&id) {
        Some(act) => {
            let citation = act.citation(lang);
            let source = act.source.clone();
            Either::Left(view! {
                <span class="act-ref">
                    <Local path=Page::Act(act.id.clone()).path(lang)>{citation}</Local>
                    " "
                    <span class="act-ref__source">
                        "("<ExternalLink href=source lang=lang>
                            {i18n::OFFICIAL_TEXT.get(lang)}
                        </ExternalLink>")"
                    </span>
                </span>
            })
        }
        None => Either::Right(view! { <span class="act-ref">{id}</span> }),
    }
}

/// A list of acts; renders nothing for an empty list.
#[component]
pub fn ActList(ids: Vec<String>, lang: Lang, acts: Arc<ActsFile>) -> impl IntoView {
    (!ids.is_empty()).then(|| {
        let items = ids
            .into_iter()
            .map(|id| {
                view! {
                    <li>
                        <ActRef id=id lang=lang acts=acts.clone() />
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="act-list">{items}</ul> }
    })
}
