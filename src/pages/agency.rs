//! `/{lang}/agencies/{id}`: one agency — names in both languages, role, governing acts,
//! coordination and website. An unknown id is a "Page not found".

use crate::api;
use crate::components::NotFoundPage;
use crate::components::{
    agency_items, loaded_with_heading, ActList, AgencyLink, ExternalLink, Local, PageHeading,
};
use collection::i18n;
use collection::model::{
    ActsFile, AgenciesFile, Agency, ComponentsFile, CooperationFile, Coordinator,
};
use collection::route::{Page, Section};
use collection::{Lang, LoadError, Text};
use leptos::either::Either;
use leptos::prelude::*;
use std::sync::Arc;

/// What an agency's page shows: the agency, the agencies it names or coordinates, its acts and
/// the names of its cooperation levels. `None` for an unknown id.
type AgencyData = Option<(
    Arc<AgenciesFile>,
    Arc<ActsFile>,
    Vec<(String, Text)>,
    crate::pages::Served,
)>;

async fn load(id: String) -> Result<AgencyData, LoadError> {
    let (files, map) = futures::join!(
        futures::future::try_join(
            api::load_both::<AgenciesFile, CooperationFile>(),
            api::load::<api::ActsIndex>()
        ),
        api::load_or_default::<ComponentsFile>()
    );
    let ((agencies, coop), acts) = files?;
    let Some(agency) = agencies.agency(&id) else {
        return Ok(None);
    };
    let named = collection::subset::strings_in(agency);
    let coordinated: Vec<&str> = agencies
        .coordinated_by(&id)
        .map(|a| a.id.as_str())
        .collect();
    let shown = agencies.only(|x| x == id || named.contains(x) || coordinated.contains(&x));
    let levels = agency
        .levels
        .iter()
        .filter_map(|l| coop.level(l))
        .map(|l| (l.id.clone(), l.name.clone()))
        .collect();
    Ok(Some((
        Arc::new(shown),
        Arc::new(acts.cited_in(agency)),
        levels,
        crate::pages::served(map.of_agency(&id)),
    )))
}

#[component]
pub fn AgencyPage(lang: Lang, id: String) -> impl IntoView {
    let key = id.clone();
    let data = api::page_data(move || key.clone(), load);
    // The agency's name comes with the data; if the data fails, the page still has a heading.
    loaded_with_heading(lang, data, i18n::AGENCY_PAGE, move |found| {
        let Some((agencies, acts, coop_levels, components)) = found else {
            return Either::Left(view! { <NotFoundPage lang=lang /> });
        };
        let Some(a) = agencies.agency(&id).cloned() else {
            return Either::Left(view! { <NotFoundPage lang=lang /> });
        };
        let levels = a
            .levels
            .iter()
            .filter_map(|lid| coop_levels.iter().find(|(id, _)| id == lid))
            .map(|(lid, name)| {
                let name = name.get(lang).to_string();
                view! {
                    <li>
                        <Local path=Page::Section(Section::Cooperation)
                            .anchored(lang, lid)>{name}</Local>
                    </li>
                }
            })
            .collect_view();
        Either::Right(view! {
            <PageHeading
                text=a.name.get(lang).to_string()
                lang=lang
                description=a.role.get(lang).to_string()
            />
            <h2 class="visually-hidden">{i18n::AGENCY_DETAILS.get(lang)}</h2>
            <AgencyFacts a=a.clone() agencies=agencies.clone() lang=lang />
            <h2>{i18n::AGENCY_ROLE.get(lang)}</h2>
            <p>{a.role.get(lang).to_string()}</p>
            {(!a.governing_acts.is_empty())
                .then(|| view! { <h2>{i18n::AGENCY_ACTS.get(lang)}</h2> })}
            <ActList ids=a.governing_acts.clone() lang=lang acts=acts.clone() />
            {(!a.levels.is_empty()).then(|| view! { <h2>{i18n::AGENCY_LEVELS.get(lang)}</h2> })}
            <ul>{levels}</ul>
            <Coordinated a=a agencies=agencies lang=lang />
            <crate::pages::ServedComponents items=components lang=lang />
        })
    })
}

/// The agency's particulars: names in both languages, abbreviations, category, coordinator and
/// website.
#[component]
fn AgencyFacts(a: Agency, agencies: Arc<AgenciesFile>, lang: Lang) -> impl IntoView {
    let coordinator = match &a.coordinator {
        Coordinator::Agency(cid) => Either::Left(
            view! { <AgencyLink id=cid.clone() lang=lang agencies=agencies.clone() /> },
        ),
        Coordinator::Body(_) => Either::Right(
            agencies
                .coordinator_name(&a.coordinator)
                .map(|n| n.get(lang).to_string())
                .unwrap_or_default(),
        ),
    };
    let website = a.website.clone().map(|w| {
        let shown = w
            .trim_start_matches("https://")
            .trim_end_matches('/')
            .to_string();
        view! {
            <dt>{i18n::AGENCY_WEBSITE.get(lang)}</dt>
            <dd>
                <ExternalLink href=w lang=lang>
                    {shown}
                </ExternalLink>
            </dd>
        }
    });
    view! {
        <dl class="summary-list">
            <dt>{i18n::AGENCY_NAME_UK.get(lang)}</dt>
            <dd lang="uk">{a.name.uk.clone()}</dd>
            <dt>{i18n::AGENCY_NAME_EN.get(lang)}</dt>
            <dd lang="en">{a.name.en.clone()}</dd>
            <dt>{i18n::AGENCY_ABBREVIATION.get(lang)}</dt>
            <dd>
                <span lang="uk">{a.abbreviation.uk.clone()}</span>
                " / "
                <span lang="en">{a.abbreviation.en.clone()}</span>
            </dd>
            <dt>{i18n::AGENCY_CATEGORY.get(lang)}</dt>
            <dd>{a.category.label().get(lang)}</dd>
            <dt>{i18n::AGENCY_COORDINATOR.get(lang)}</dt>
            <dd>{coordinator}</dd>
            {website}
        </dl>
    }
}

/// The agencies this one coordinates, if any.
#[component]
fn Coordinated(a: Agency, agencies: Arc<AgenciesFile>, lang: Lang) -> impl IntoView {
    let coordinated: Vec<_> = agencies
        .coordinated_by(&a.id)
        .map(|x| x.id.clone())
        .collect();
    (!coordinated.is_empty()).then(|| {
        let items = agency_items(&coordinated, &agencies, lang);
        view! {
            <h2>{i18n::AGENCY_COORDINATES.get(lang)}</h2>
            <ul>{items}</ul>
        }
    })
}
