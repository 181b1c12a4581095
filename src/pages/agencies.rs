//! `/{lang}/agencies`: the directory of the IBM agencies.

use crate::api;
use crate::components::{loaded, CoordinationDiagram, Local, SectionHeading};
use collection::i18n;
use collection::model::AgenciesFile;
use collection::route::{Page, Section};
use collection::Lang;
use leptos::prelude::*;

#[component]
pub fn AgenciesPage(lang: Lang) -> impl IntoView {
    let data = api::page_data(|| (), |_| api::load::<AgenciesFile>());
    view! {
        <SectionHeading section=Section::Agencies lang=lang lead=i18n::AGENCIES_LEAD />
        {loaded(
            lang,
            data,
            move |file| {
                let count = i18n::AGENCIES_COUNT.count(lang, file.agencies.len() as u64);
                let cards = file
                    .agencies
                    .iter()
                    .map(|a| {
                        let coordinator = file
                            .coordinator_name(&a.coordinator)
                            .map(|n| n.get(lang).to_string())
                            .unwrap_or_default();
                        let name = a.name.get(lang).to_string();
                        view! {
                            <li class="card">
                                <h2 class="card__title">
                                    <Local path=Page::Agency(a.id.clone()).path(lang)>{name}</Local>
                                </h2>
                                <p class="card__meta">
                                    <span class="tag">{a.abbreviation.get(lang).to_string()}</span>
                                    " "
                                    {a.category.label().get(lang)}
                                </p>
                                <p class="card__meta">
                                    {i18n::AGENCY_COORDINATOR.get(lang)}": "{coordinator}
                                </p>
                            </li>
                        }
                    })
                    .collect_view();
                let coordination = (!file.coordination.is_empty())
                    .then(|| {
                        let text = file
                            .coordination
                            .iter()
                            .map(|p| view! { <p>{p.get(lang).to_string()}</p> })
                            .collect_view();
                        view! {
                            <section aria-labelledby="coordination-heading">
                                <h2 id="coordination-heading">
                                    {i18n::AGENCIES_COORDINATION.get(lang)}
                                </h2>
                                {text}
                            </section>
                        }
                    });
                view! {
                    <p class="count">{count}</p>
                    <ul class="card-grid card-grid--agencies">{cards}</ul>
                    {coordination}
                    <CoordinationDiagram agencies=file.clone() lang=lang />
                }
            },
        )}
        <crate::components::KeyTerms section=Section::Agencies lang=lang />
    }
}
