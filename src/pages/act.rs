//! `/{lang}/library/{id}`: one act — a status line in the manner of the official portals, its
//! details, summary, the official text, related acts both ways, agencies, levels and goals,
//! the pages that cite it, a "copy citation" action and schema.org JSON-LD.

use crate::api;
use crate::components::{
    loaded_with_heading, ActRef, AgencyLink, ExternalLink, Local, PageHeading,
};
use crate::frame::use_frame;
use crate::pages::NotFoundPage;
use collection::i18n;
use collection::links::pages_citing;
use collection::model::{
    Act, ActStatus, ActsFile, AgenciesFile, CooperationFile, IbmFile, StrategyFile,
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
}

/// The act's own file and the compact index; an id that is not in the index is a "not found"
/// page (`None`), not an error.
async fn load(id: String) -> Result<Option<ActData>, LoadError> {
    let (files, own) = futures::join!(
        futures::future::try_join(
            api::load_both::<api::ActsIndex, AgenciesFile>(),
            futures::future::try_join(
                api::load::<CooperationFile>(),
                api::load_both::<IbmFile, StrategyFile>()
            )
        ),
        api::act(&id)
    );
    let ((index, agencies), (coop, (ibm, strategy))) = files?;
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
    loaded_with_heading(lang, data, i18n::ACT_PAGE, move |found| {
        let Some(ActData {
            act,
            acts,
            agencies,
            levels,
            goals,
            citing,
        }) = found
        else {
            return Either::Left(view! { <NotFoundPage lang=lang /> });
        };
        let frame = use_frame();
        let issuer = acts
            .issuer(&act.issuer)
            .map(|i| i.name.get(lang).to_string());

        // Status line: "Чинний", "Втратив чинність з 01.05.2021 — скасовано актом …".
        let since = act
            .status_date
            .as_ref()
            .map(|d| format!(" {} {}", i18n::STATUS_AS_OF.get(lang), d.format_numeric()));
        let repealer = (act.status == ActStatus::Repealed)
            .then(|| acts.repealed_by(&act.id).map(|a| a.id.clone()))
            .flatten();
        let status_line = view! {
            <p class=format!(
                "status-line status-line--{}",
                collection::library::slug_of(&act.status),
            )>
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
            <p class="checked-on">
                {i18n::STATUS_CHECKED.get(lang)}" "
                <time datetime=act.checked.as_str().to_string()>{act.checked.format(lang)}</time>
            </p>
        };

        let row = |label: &'static str, value: Option<String>| {
            value.map(|v| {
                view! {
                    <dt>{label}</dt>
                    <dd>{v}</dd>
                }
            })
        };
        let details = view! {
            <dl class="summary-list">
                {row(i18n::ACT_TYPE.get(lang), Some(act.kind.label().get(lang).to_string()))}
                {row(i18n::ACT_NUMBER.get(lang), act.number_in(lang))}
                {row(i18n::ACT_ADOPTED.get(lang), Some(act.adopted.format(lang)))}
                {row(i18n::ACT_IN_FORCE.get(lang), act.in_force.as_ref().map(|d| d.format(lang)))}
                {row(i18n::ACT_ISSUER.get(lang), issuer.clone())}
                {row(
                    i18n::ACT_JURISDICTION.get(lang),
                    Some(act.jurisdiction.label().get(lang).to_string()),
                )} {row(i18n::ACT_CELEX.get(lang), act.celex.clone())}
            </dl>
        };

        let outgoing: Vec<_> = acts
            .outgoing(&act)
            .map(|(k, a)| (k.label(), a.id.clone()))
            .collect();
        let incoming: Vec<_> = acts
            .incoming(&act.id)
            .into_iter()
            .map(|(k, a)| (k.inverse_label(), a.id.clone()))
            .collect();
        let related = (!outgoing.is_empty() || !incoming.is_empty()).then(|| {
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
        });

        let agency_list = (!act.agencies.is_empty()).then(|| {
            let items = act
                .agencies
                .iter()
                .map(|aid| {
                    view! {
                        <li>
                            <AgencyLink id=aid.clone() lang=lang agencies=agencies.clone() />
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h2>{i18n::ACT_AGENCIES.get(lang)}</h2>
                <ul>{items}</ul>
            }
        });
        let level_list = (!levels.is_empty()).then(|| {
            let items = levels
                .iter()
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
            view! {
                <h2>{i18n::ACT_LEVELS.get(lang)}</h2>
                <ul>{items}</ul>
            }
        });
        let goal_list = (!goals.is_empty()).then(|| {
            let items = goals
                .iter()
                .map(|(number, title)| {
                    let text = format!(
                        "{} {number}. {}",
                        i18n::STRATEGY_GOAL.get(lang),
                        title.get(lang)
                    );
                    view! {
                        <li>
                            <Local path=Page::Section(Section::Strategy)
                                .anchored(lang, &format!("goal-{number}"))>{text}</Local>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h2>{i18n::ACT_GOALS.get(lang)}</h2>
                <ul>{items}</ul>
            }
        });
        let mentioned = (!citing.is_empty()).then(|| {
            let items = citing
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
                    view! {
                        <li>
                            <Local path=p.path(lang)>{label}</Local>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h2>{i18n::ACT_MENTIONED.get(lang)}</h2>
                <ul>{items}</ul>
            }
        });

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

        Either::Right(view! {
            <PageHeading
                text=act.title.get(lang).to_string()
                lang=lang
                description=act.summary.get(lang).to_string()
            />
            {act
                .short_title
                .as_ref()
                .map(|s| view! { <p class="lead">{s.get(lang).to_string()}</p> })}
            {act
                .title_descriptive
                .then(|| view! { <p class="muted">{i18n::TITLE_DESCRIPTIVE.get(lang)}</p> })}
            {status_line}
            <h2 class="visually-hidden">{i18n::ACT_DETAILS.get(lang)}</h2>
            {details}
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
            {related}
            {agency_list}
            {level_list}
            {goal_list}
            {mentioned}
            <script type="application/ld+json">{json_ld}</script>
        })
    })
}

/// The citation as text, and a button that copies it, with feedback in a status region.
#[component]
fn CopyCitation(text: String, lang: Lang) -> impl IntoView {
    let feedback = RwSignal::new(String::new());
    let to_copy = text.clone();
    let copy = move |_| {
        let text = to_copy.clone();
        leptos::task::spawn_local(async move {
            let ok = crate::dom::copy_text(&text).await;
            feedback.set(
                if ok { i18n::COPIED } else { i18n::COPY_FAILED }
                    .get(lang)
                    .to_string(),
            );
        });
    };
    view! {
        <p class="citation" id="citation">
            {text}
        </p>
        <p>
            <button type="button" class="button button--secondary" on:click=copy>
                {i18n::COPY_CITATION.get(lang)}
            </button>
            " "
            <span class="copy-feedback" role="status">
                {move || feedback.get()}
            </span>
        </p>
    }
}
