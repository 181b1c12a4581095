//! `/{lang}/ibm`: what integrated border management is — the EU and Ukrainian definitions, the
//! elements, and how the concept developed.

use crate::api;
use crate::components::{loaded, ActList, SectionHeading};
use collection::i18n;
use collection::model::{ActsFile, Definition, IbmFile, Milestone};
use collection::route::Section;
use collection::Lang;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn IbmPage(lang: Lang) -> impl IntoView {
    let data = api::page_data(|| (), |_| api::with_cited_acts::<IbmFile>());
    view! {
        <SectionHeading section=Section::Ibm lang=lang />
        {loaded(
            lang,
            data,
            move |(ibm, acts)| {
                let intro = ibm
                    .intro
                    .iter()
                    .map(|p| view! { <p class="lead">{p.get(lang).to_string()}</p> })
                    .collect_view();
                let elements = ibm
                    .elements
                    .iter()
                    .map(|e| {
                        view! {
                            <li>
                                <strong>{e.title.get(lang).to_string()}</strong>
                                " — "
                                {e.text.get(lang).to_string()}
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    {intro}
                    <h2>{i18n::IBM_DEFINITIONS.get(lang)}</h2>
                    {ibm.definitions.iter().map(|d| definition(d, &acts, lang)).collect_view()}
                    <h2>{i18n::IBM_ELEMENTS.get(lang)}</h2>
                    <ol class="numbered">{elements}</ol>
                    <h2>{i18n::IBM_HISTORY.get(lang)}</h2>
                    <ol class="timeline">
                        {ibm.history.iter().map(|m| milestone(m, &acts, lang)).collect_view()}
                    </ol>
                }
            },
        )}
        <crate::components::KeyTerms section=Section::Ibm lang=lang />
    }
}

/// One definition of IBM: the text, where it stands, and the acts behind it.
fn definition(d: &Definition, acts: &Arc<ActsFile>, lang: Lang) -> impl IntoView {
    view! {
        <section class="definition" id=format!("definition-{}", d.id)>
            <h3>{d.label.get(lang).to_string()}</h3>
            <blockquote>
                <p>{d.text.get(lang).to_string()}</p>
            </blockquote>
            <p class="definition__source">
                {i18n::SOURCE.get(lang)}": "{d.source.get(lang).to_string()}
            </p>
            <ActList ids=d.acts.clone() lang=lang acts=acts.clone() />
        </section>
    }
}

/// One step in the history of IBM in Ukraine.
fn milestone(m: &Milestone, acts: &Arc<ActsFile>, lang: Lang) -> impl IntoView {
    view! {
        <li class="timeline__item">
            <time class="timeline__date" datetime=m.date.as_str().to_string()>
                {m.date.format(lang)}
            </time>
            <h3 class="timeline__title">{m.title.get(lang).to_string()}</h3>
            <p>{m.text.get(lang).to_string()}</p>
            <ActList ids=m.acts.clone() lang=lang acts=acts.clone() />
        </li>
    }
}
