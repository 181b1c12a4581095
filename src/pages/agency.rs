//! `/{lang}/agencies/{id}`: one agency — names in both languages, role, governing acts,
//! coordination and website. An unknown id is a "Page not found".

use crate::api;
use crate::components::{
    loaded_with_heading, ActList, AgencyLink, ExternalLink, Local, PageHeading,
};
use crate::pages::NotFoundPage;
use collection::i18n;
use collection::model::{AgenciesFile, CooperationFile, Coordinator};
use collection::route::{Page, Section};
use collection::Lang;
use leptos::prelude::*;

#[component]
pub fn AgencyPage(lang: Lang, id: String) -> impl IntoView {
    let data = LocalResource::new(api::load3::<AgenciesFile, api::ActsIndex, CooperationFile>);
    // The agency's name comes with the data; if the data fails, the page still has a heading.
    loaded_with_heading(
        lang,
        data,
        i18n::AGENCY_PAGE,
        move |(agencies, acts, coop)| {
            let Some(a) = agencies.agency(&id).cloned() else {
                return view! { <NotFoundPage lang=lang/> }.into_any();
            };
            let coordinator = match &a.coordinator {
                Coordinator::Agency(cid) => {
                    view! { <AgencyLink id=cid.clone() lang=lang agencies=agencies.clone()/> }
                        .into_any()
                }
                Coordinator::Body(_) => agencies
                    .coordinator_name(&a.coordinator)
                    .map(|n| n.get(lang).to_string())
                    .unwrap_or_default()
                    .into_any(),
            };
            let levels = a
            .levels
            .iter()
            .filter_map(|lid| coop.level(lid))
            .map(|l| {
                let name = l.name.get(lang).to_string();
                view! { <li><Local path=Page::Section(Section::Cooperation).anchored(lang, &l.id)>{name}</Local></li> }
            })
            .collect_view();
            let coordinated: Vec<_> = agencies
                .coordinated_by(&a.id)
                .map(|x| x.id.clone())
                .collect();
            let coordinated_view = (!coordinated.is_empty()).then(|| {
            let items = coordinated
                .into_iter()
                .map(|cid| view! { <li><AgencyLink id=cid lang=lang agencies=agencies.clone()/></li> })
                .collect_view();
            view! {
                <h2>{i18n::AGENCY_COORDINATES.get(lang)}</h2>
                <ul>{items}</ul>
            }
        });
            let website = a.website.clone().map(|w| {
                let shown = w
                    .trim_start_matches("https://")
                    .trim_end_matches('/')
                    .to_string();
                view! {
                    <dt>{i18n::AGENCY_WEBSITE.get(lang)}</dt>
                    <dd><ExternalLink href=w lang=lang>{shown}</ExternalLink></dd>
                }
            });
            view! {
            <PageHeading text=a.name.get(lang).to_string() lang=lang description=a.role.get(lang).to_string()/>
            <h2 class="visually-hidden">{i18n::AGENCY_DETAILS.get(lang)}</h2>
            <dl class="summary-list">
                <dt>{i18n::AGENCY_NAME_UK.get(lang)}</dt>
                <dd lang="uk">{a.name.uk.clone()}</dd>
                <dt>{i18n::AGENCY_NAME_EN.get(lang)}</dt>
                <dd lang="en">{a.name.en.clone()}</dd>
                <dt>{i18n::AGENCY_ABBREVIATION.get(lang)}</dt>
                <dd><span lang="uk">{a.abbreviation.uk.clone()}</span>" / "<span lang="en">{a.abbreviation.en.clone()}</span></dd>
                <dt>{i18n::AGENCY_CATEGORY.get(lang)}</dt>
                <dd>{a.category.label().get(lang)}</dd>
                <dt>{i18n::AGENCY_COORDINATOR.get(lang)}</dt>
                <dd>{coordinator}</dd>
                {website}
            </dl>
            <h2>{i18n::AGENCY_ROLE.get(lang)}</h2>
            <p>{a.role.get(lang).to_string()}</p>
            {(!a.governing_acts.is_empty()).then(|| view! { <h2>{i18n::AGENCY_ACTS.get(lang)}</h2> })}
            <ActList ids=a.governing_acts.clone() lang=lang acts=acts.clone()/>
            {(!a.levels.is_empty()).then(|| view! { <h2>{i18n::AGENCY_LEVELS.get(lang)}</h2> })}
            <ul>{levels}</ul>
            {coordinated_view}
        }
        .into_any()
        },
    )
}
