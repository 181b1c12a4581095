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

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::{fixture_acts, render_html};

    #[test]
    fn an_act_is_cited_linking_to_its_page_and_to_its_official_text() {
        let acts = fixture_acts();
        let act = acts.acts[0].clone();
        let (id, all) = (act.id.clone(), acts.clone());
        let html = render_html(move || view! { <ActRef id=id lang=Lang::Uk acts=all /> });
        assert!(
            html.contains(&format!("href=\"/sub/uk/library/{}\"", act.id)),
            "{html}"
        );
        assert!(html.contains(&act.citation(Lang::Uk)), "{html}");
        assert!(html.contains(&format!("href=\"{}\"", act.source)), "{html}");
        assert!(
            html.contains("rel=\"external noopener noreferrer\""),
            "{html}"
        );
        assert!(html.contains(i18n::OFFICIAL_TEXT.uk), "{html}");
        // An id the data lacks shows as it is, without a link.
        let html = render_html(move || {
            view! { <ActRef id="ua-no-such-act".to_string() lang=Lang::En acts=acts /> }
        });
        assert!(
            html.contains("ua-no-such-act") && !html.contains("<a"),
            "{html}"
        );
    }

    #[test]
    fn a_list_has_an_item_per_act_and_an_empty_one_nothing() {
        let acts = fixture_acts();
        let ids: Vec<String> = acts.acts.iter().take(2).map(|a| a.id.clone()).collect();
        let all = acts.clone();
        let html = render_html(move || view! { <ActList ids=ids lang=Lang::Uk acts=all /> });
        assert_eq!(html.matches("<li>").count(), 2, "{html}");
        assert!(html.contains("<ul class=\"act-list\">"), "{html}");
        let html = render_html(move || view! { <ActList ids=vec![] lang=Lang::Uk acts=acts /> });
        assert!(!html.contains("<ul") && !html.contains("<li"), "{html}");
    }
}
