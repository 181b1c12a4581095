//! `/{lang}/library/{id}`: one act — a status line in the manner of the official portals, its
//! details, summary, the official text, related acts both ways, agencies, levels and goals,
//! the pages that cite it, a "copy citation" action and schema.org JSON-LD.

use crate::api;
use crate::components::NotFoundPage;
use crate::components::{
    loaded_with_heading, ActRef, AgencyLink, ExternalLink, Local, PageHeading,
};
use crate::frame::use_frame;
use collection::i18n;
use collection::ids;
use collection::links::pages_citing;
use collection::model::{
    Act, ActStatus, ActsFile, AgenciesFile, ComponentsFile, CooperationFile, IbmFile, StrategyFile,
};
use collection::route::{Page, Section};
use collection::{Lang, LoadError, Text};
use leptos::either::Either;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// What an act's page shows: the act in full, the acts on either side of its relations, the
/// agencies it names and the pages that cite it (with the agencies among them), the names of
/// its cooperation levels and the Strategy's goals it serves.
#[derive(Clone, Serialize, Deserialize)]
struct ActData {
    act: Act,
    acts: Arc<ActsFile>,
    agencies: Arc<AgenciesFile>,
    levels: Vec<(String, Text)>,
    goals: Vec<(u32, Text)>,
    citing: Vec<Page>,
    components: crate::pages::Served,
}

/// The act's own file and the compact index; an id that is not in the index is a "not found"
/// page (`None`), not an error.
async fn load(id: String) -> Result<Option<ActData>, LoadError> {
    let (files, own, map) = futures::join!(
        futures::future::try_join3(
            api::load_both::<api::ActsIndex, AgenciesFile>(),
            api::load::<CooperationFile>(),
            api::load_both::<IbmFile, StrategyFile>()
        ),
        api::act(&id),
        api::load_or_default::<ComponentsFile>()
    );
    let ((index, agencies), coop, (ibm, strategy)) = files?;
    let act = match own {
        Ok(act) => act,
        Err(_) if index.act(&id).is_none() => return Ok(None),
        Err(e) => return Err(e),
    };
    let citing = pages_citing(&act.id, &ibm, &coop, &agencies, &strategy);
    let named = collection::subset::strings_in(&act);
    let agencies = agencies.only(|a| {
        named.contains(a)
            || citing
                .iter()
                .any(|p| matches!(p, Page::Agency(x) if x == a))
    });
    let levels = act
        .levels
        .iter()
        .filter_map(|l| coop.level(l))
        .map(|l| (l.id.clone(), l.name.clone()))
        .collect();
    let goals = strategy
        .goals
        .iter()
        .filter(|g| act.goals.contains(&g.number))
        .map(|g| (g.number, g.title.clone()))
        .collect();
    Ok(Some(ActData {
        acts: Arc::new(index.around(&id)),
        agencies: Arc::new(agencies),
        levels,
        goals,
        citing,
        components: crate::pages::served(map.serving(&index, &id)),
        act,
    }))
}

fn host(url: &str) -> String {
    url.trim_start_matches("https://")
        .split('/')
        .next()
        .unwrap_or(url)
        .to_string()
}

#[component]
pub fn ActPage(lang: Lang, id: String) -> impl IntoView {
    let data = api::page_data(move || id.clone(), load);
    loaded_with_heading(lang, data, i18n::ACT_PAGE, move |found| match found {
        Some(data) => Either::Right(view! { <FoundAct data=data lang=lang /> }),
        None => Either::Left(view! { <NotFoundPage lang=lang /> }),
    })
}

/// The page of an act that exists.
#[component]
fn FoundAct(data: ActData, lang: Lang) -> impl IntoView {
    let ActData {
        act,
        acts,
        agencies,
        levels,
        goals,
        citing,
        components,
    } = data;
    let frame = use_frame();
    let issuer = acts
        .issuer(&act.issuer)
        .map(|i| i.name.get(lang).to_string());
    let citation = format!("{}. URL: {}", act.citation(lang), act.source);
    // Untracked: this content must not render again when the origin settles.
    let page_url = untrack(|| frame.url(&Page::Act(act.id.clone()).path(lang)));
    // `<` cannot appear in the script text, so no string in the data can close it.
    let json_ld = act
        .json_ld(lang, &page_url, issuer.as_deref())
        .to_string()
        .replace('<', "\\u003c");
    let source = act.source.clone();
    let source_host = host(&source);
    view! {
        <PageHeading
            text=act.title.get(lang).to_string()
            lang=lang
            description=act.summary.get(lang).to_string()
        />
        {act.short_title.as_ref().map(|s| view! { <p class="lead">{s.get(lang).to_string()}</p> })}
        {act
            .title_descriptive
            .then(|| view! { <p class="muted">{i18n::TITLE_DESCRIPTIVE.get(lang)}</p> })}
        <StatusLine act=act.clone() acts=acts.clone() lang=lang />
        <h2 class="visually-hidden">{i18n::ACT_DETAILS.get(lang)}</h2>
        <Details act=act.clone() issuer=issuer lang=lang />
        <h2>{i18n::ACT_SUMMARY.get(lang)}</h2>
        <p>{act.summary.get(lang).to_string()}</p>
        <p class="official-text">
            <ExternalLink href=source lang=lang>
                {i18n::ACT_OFFICIAL.get(lang)}
                " "
                {source_host}
            </ExternalLink>
        </p>
        <h2>{i18n::ACT_CITATION.get(lang)}</h2>
        <CopyCitation text=citation lang=lang />
        <Relations act=act.clone() acts=acts lang=lang />
        <Links act=act agencies=agencies levels=levels goals=goals citing=citing lang=lang />
        <crate::pages::ServedComponents items=components lang=lang />
        <script type="application/ld+json">{json_ld}</script>
    }
}

/// "Чинний", "Втратив чинність з 01.05.2021 — скасовано актом …", and when that was checked.
#[component]
fn StatusLine(act: Act, acts: Arc<ActsFile>, lang: Lang) -> impl IntoView {
    let since = act
        .status_date
        .as_ref()
        .map(|d| format!(" {} {}", i18n::STATUS_AS_OF.get(lang), d.format_numeric()));
    let repealer = (act.status == ActStatus::Repealed)
        .then(|| acts.repealed_by(&act.id).map(|a| a.id.clone()))
        .flatten();
    view! {
        <p class=format!("status-line status-line--{}", collection::route::slug_of(&act.status))>
            <strong>{act.status.label().get(lang)}</strong>
            {since}
            {repealer
                .map(|rid| {
                    view! {
                        " — "
                        {i18n::REPEALED_BY.get(lang)}
                        " "
                        <ActRef id=rid lang=lang acts=acts.clone() />
                    }
                })}
        </p>
        <p class="evidence-on">
            {i18n::EVIDENCE_AS_OF.get(lang)}" "
            <time datetime=act.evidence.as_str().to_string()>{act.evidence.format(lang)}</time>
        </p>
        <p class="checked-on">
            {i18n::STATUS_CHECKED.get(lang)}" "
            <time datetime=act.checked.as_str().to_string()>{act.checked.format(lang)}</time>
        </p>
    }
}

/// The act's particulars as a summary list: type, number, dates, issuer, jurisdiction, CELEX.
#[component]
fn Details(act: Act, issuer: Option<String>, lang: Lang) -> impl IntoView {
    let row = |label: &'static str, value: Option<String>| {
        value.map(|v| {
            view! {
                <dt>{label}</dt>
                <dd>{v}</dd>
            }
        })
    };
    view! {
        <dl class="summary-list">
            {row(i18n::ACT_TYPE.get(lang), Some(act.kind.label().get(lang).to_string()))}
            {row(i18n::ACT_NUMBER.get(lang), act.number_in(lang))}
            {row(i18n::ACT_ADOPTED.get(lang), Some(act.adopted.format(lang)))}
            {row(i18n::ACT_IN_FORCE.get(lang), act.in_force.as_ref().map(|d| d.format(lang)))}
            {row(i18n::ACT_ISSUER.get(lang), issuer)}
            {row(
                i18n::ACT_JURISDICTION.get(lang),
                Some(act.jurisdiction.label().get(lang).to_string()),
            )} {row(i18n::ACT_CELEX.get(lang), act.celex.clone())}
        </dl>
    }
}

/// Related acts both ways: what this act does to others, and what others do to it.
#[component]
fn Relations(act: Act, acts: Arc<ActsFile>, lang: Lang) -> impl IntoView {
    let outgoing: Vec<_> = acts
        .outgoing(&act)
        .map(|(k, a)| (k.label(), a.id.clone()))
        .collect();
    let incoming: Vec<_> = acts
        .incoming(&act.id)
        .into_iter()
        .map(|(k, a)| (k.inverse_label(), a.id.clone()))
        .collect();
    (!outgoing.is_empty() || !incoming.is_empty()).then(|| {
        let items = outgoing
            .into_iter()
            .chain(incoming)
            .map(|(label, rid)| {
                view! {
                    <li>
                        <span class="relation">{label.get(lang)}": "</span>
                        <ActRef id=rid lang=lang acts=acts.clone() />
                    </li>
                }
            })
            .collect_view();
        view! {
            <h2>{i18n::ACT_RELATED.get(lang)}</h2>
            <ul class="act-list">{items}</ul>
        }
    })
}

/// A heading and a list, or nothing when there are no items.
fn titled_list<V: IntoView>(heading: i18n::Msg, lang: Lang, items: Vec<V>) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! {
            <h2>{heading.get(lang)}</h2>
            <ul>{items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}</ul>
        }
    })
}

/// Where the act leads in the collection: the agencies it names, its cooperation levels, the
/// Strategy's goals it serves, and the pages that cite it.
#[component]
fn Links(
    act: Act,
    agencies: Arc<AgenciesFile>,
    levels: Vec<(String, Text)>,
    goals: Vec<(u32, Text)>,
    citing: Vec<Page>,
    lang: Lang,
) -> impl IntoView {
    let agency_items: Vec<_> = act
        .agencies
        .iter()
        .map(|aid| view! { <AgencyLink id=aid.clone() lang=lang agencies=agencies.clone() /> })
        .collect();
    let level_items: Vec<_> = levels
        .into_iter()
        .map(|(lid, name)| {
            let path = Page::Section(Section::Cooperation).anchored(lang, &lid);
            view! { <Local path=path>{name.get(lang).to_string()}</Local> }
        })
        .collect();
    let goal_items: Vec<_> = goals
        .into_iter()
        .map(|(number, title)| {
            let text = format!(
                "{} {number}. {}",
                i18n::STRATEGY_GOAL.get(lang),
                title.get(lang)
            );
            let path = Page::Section(Section::Strategy).anchored(lang, &ids::goal(number));
            view! { <Local path=path>{text}</Local> }
        })
        .collect();
    let citing_items: Vec<_> = citing
        .into_iter()
        .map(|p| {
            let label = match &p {
                Page::Agency(aid) => agencies
                    .agency(aid)
                    .map(|a| a.name.get(lang).to_string())
                    .unwrap_or_default(),
                Page::Section(s) => i18n::section_title(*s).get(lang).to_string(),
                other => i18n::page_label(other).get(lang).to_string(),
            };
            view! { <Local path=p.path(lang)>{label}</Local> }
        })
        .collect();
    view! {
        {titled_list(i18n::ACT_AGENCIES, lang, agency_items)}
        {titled_list(i18n::ACT_LEVELS, lang, level_items)}
        {titled_list(i18n::ACT_GOALS, lang, goal_items)}
        {titled_list(i18n::ACT_MENTIONED, lang, citing_items)}
    }
}

/// The citation as text, and a button that copies it, with feedback in a status region.
#[component]
fn CopyCitation(text: String, lang: Lang) -> impl IntoView {
    let feedback = RwSignal::new(String::new());
    let to_copy = text.clone();
    let copy = move |_| {
        let text = to_copy.clone();
        leptos::task::spawn_local(async move {
            let said = (i18n::COPIED, i18n::COPY_FAILED);
            feedback.set(crate::dom::copy_saying(&text, said, lang).await.to_string());
        });
    };
    view! {
        <p class="citation" id="citation">
            {text}
        </p>
        <p>
            <button
                type="button"
                class="button button--secondary"
                data-copy="citation"
                on:click=copy
            >
                {i18n::COPY_CITATION.get(lang)}
            </button>
            " "
            <span class="copy-feedback" role="status">
                {move || feedback.get()}
            </span>
        </p>
    }
}
