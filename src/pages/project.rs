//! `/{lang}/project`: the EU4IBM and EU4IBM-Resilience projects — aims, components, partners,
//! period and outputs.

use crate::api;
use crate::components::{
    agency_items, loaded, ExternalLink, Lane, NamedSection, SectionHeading, TimeChart,
};
use collection::i18n;
use collection::model::{AgenciesFile, Project, ProjectsFile};
use collection::route::Section;
use collection::{IsoDate, Lang};
use leptos::prelude::*;
use std::sync::Arc;

/// "грудень 2022 р. – травень 2024 р."; "з грудня 2022 р." when the end is not confirmed.
fn period(from: Option<&IsoDate>, to: Option<&IsoDate>, lang: Lang) -> String {
    match (from, to) {
        (Some(f), Some(t)) => format!("{} – {}", f.format(lang), t.format(lang)),
        (Some(f), None) => format!(
            "{} {}",
            i18n::SINCE.get(lang),
            f.format_after_preposition(lang)
        ),
        (None, Some(t)) => format!(
            "{} {}",
            i18n::UNTIL.get(lang),
            t.format_after_preposition(lang)
        ),
        (None, None) => i18n::NOT_PUBLISHED.get(lang).to_string(),
    }
}

/// The projects' periods and reported results on one timeline (the lists below say the same).
fn projects_chart(file: &ProjectsFile, lang: Lang) -> impl IntoView {
    let mut lanes = Vec::new();
    let mut years: Vec<u16> = Vec::new();
    for p in &file.projects {
        let from = p.from.as_ref().and_then(|d| d.parse().ok());
        let to = p.to.as_ref().and_then(|d| d.parse().ok());
        let points: Vec<_> = p
            .outputs
            .iter()
            .filter_map(|o| {
                o.date
                    .parse()
                    .ok()
                    .map(|d| (d, format!("{}: {}", o.date.format(lang), o.text.get(lang))))
            })
            .collect();
        years.extend(
            points
                .iter()
                .map(|(d, _): &(collection::date::Date, String)| d.year),
        );
        years.extend(
            from.iter()
                .chain(to.iter())
                .map(|d: &collection::date::Date| d.year),
        );
        lanes.push(Lane {
            label: p.acronym.clone(),
            span: from.map(|f| (f, to)),
            points,
        });
    }
    let (lo, hi) = (years.iter().min().copied()?, years.iter().max().copied()?);
    let summary = i18n::CHART_PROJECTS_SUMMARY.get(lang).to_string();
    Some(view! { <TimeChart lanes=lanes from=lo to=hi summary=summary /> })
}

#[component]
pub fn ProjectPage(lang: Lang) -> impl IntoView {
    let data = api::page_data(
        || (),
        |_| async {
            let (projects, agencies) = api::load_both::<ProjectsFile, AgenciesFile>().await?;
            let cited = Arc::new(agencies.cited_in(&*projects));
            Ok((projects, cited))
        },
    );
    view! {
        <SectionHeading section=Section::Project lang=lang />
        {loaded(
            lang,
            data,
            move |(file, agencies)| {
                let chart = projects_chart(&file, lang);
                let list = file
                    .projects
                    .iter()
                    .map(|p| {
                        view! { <ProjectSection p=p.clone() agencies=agencies.clone() lang=lang /> }
                    })
                    .collect_view();
                view! {
                    {chart}
                    {list}
                }
            },
        )}
        <crate::components::KeyTerms section=Section::Project lang=lang />
    }
}

/// One project: its particulars, aims, components, partners and outputs.
#[component]
fn ProjectSection(p: Project, agencies: Arc<AgenciesFile>, lang: Lang) -> impl IntoView {
    let components = p
        .components
        .iter()
        .map(|c| {
            view! {
                <li>
                    <strong>{c.title.get(lang).to_string()}</strong>
                    " — "
                    {c.text.get(lang).to_string()}
                </li>
            }
        })
        .collect_view();
    let partners = agency_items(&p.partners, &agencies, lang);
    let other_partners = p
        .other_partners
        .iter()
        .map(|o| view! { <li>{o.get(lang).to_string()}</li> })
        .collect_view();
    let outputs = p
        .outputs
        .iter()
        .map(|o| {
            view! {
                <li>
                    <time datetime=o.date.as_str().to_string()>{o.date.format(lang)}</time>
                    ": "
                    {o.text.get(lang).to_string()}
                </li>
            }
        })
        .collect_view();
    view! {
        <NamedSection
            id=format!("project-{}", p.id)
            class="project"
            heading=format!("{} ({})", p.name.get(lang), p.acronym)
        >
            <ProjectFacts p=p.clone() lang=lang />
            <h3>{i18n::PROJECT_AIMS.get(lang)}</h3>
            <p>{p.aims.get(lang).to_string()}</p>
            {(!p.components.is_empty())
                .then(|| {
                    view! {
                        <h3>{i18n::PROJECT_COMPONENTS.get(lang)}</h3>
                        <ul>{components}</ul>
                    }
                })}
            <h3>{i18n::PROJECT_PARTNERS.get(lang)}</h3>
            <ul>{partners}{other_partners}</ul>
            {(!p.outputs.is_empty())
                .then(|| {
                    view! {
                        <h3>{i18n::PROJECT_OUTPUTS.get(lang)}</h3>
                        <ul class="dated-list">{outputs}</ul>
                    }
                })}
        </NamedSection>
    }
}

/// A project's particulars: period, funder, implementer and website.
#[component]
fn ProjectFacts(p: Project, lang: Lang) -> impl IntoView {
    let period = period(p.from.as_ref(), p.to.as_ref(), lang);
    let website = p.website.clone().map(|w| {
        view! {
            <dt>{i18n::PROJECT_WEBSITE.get(lang)}</dt>
            <dd>
                <ExternalLink href=w.clone() lang=lang>
                    {w.trim_start_matches("https://").to_string()}
                </ExternalLink>
            </dd>
        }
    });
    view! {
        <dl class="summary-list">
            <dt>{i18n::PROJECT_PERIOD.get(lang)}</dt>
            <dd>{period}</dd>
            <dt>{i18n::PROJECT_FUNDED_BY.get(lang)}</dt>
            <dd>{p.funded_by.get(lang).to_string()}</dd>
            <dt>{i18n::PROJECT_IMPLEMENTED_BY.get(lang)}</dt>
            <dd>{p.implemented_by.get(lang).to_string()}</dd>
            {website}
        </dl>
    }
}
