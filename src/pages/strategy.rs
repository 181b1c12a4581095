//! `/{lang}/strategy`: the IBM Strategy of Ukraine up to 2025 — adoption, amendments, goals,
//! action plans, monitoring and reporting.

use crate::api;
use crate::components::{loaded, ActRef, PageHeading};
use collection::i18n;
use collection::model::{ActsFile, StrategyFile};
use collection::route::Section;
use collection::Lang;
use leptos::prelude::*;

fn figure(n: Option<u32>, lang: Lang) -> String {
    n.map(|n| n.to_string())
        .unwrap_or_else(|| i18n::NOT_PUBLISHED.get(lang).to_string())
}

#[component]
pub fn StrategyPage(lang: Lang) -> impl IntoView {
    let data = LocalResource::new(api::load2::<StrategyFile, ActsFile>);
    view! {
        <PageHeading text=i18n::section_title(Section::Strategy).get(lang) lang=lang description=i18n::section_description(Section::Strategy).get(lang)/>
        {loaded(lang, data, move |(s, acts)| {
            let overview = s.overview.iter().map(|p| view! { <p>{p.get(lang).to_string()}</p> }).collect_view();
            let amendments = s
                .amendments
                .iter()
                .map(|a| {
                    view! {
                        <li>
                            <time datetime=a.date.as_str().to_string()>{a.date.format(lang)}</time>": "
                            {a.summary.get(lang).to_string()}" "
                            <span class="muted"><ActRef id=a.act.clone() lang=lang acts=acts.clone()/></span>
                        </li>
                    }
                })
                .collect_view();
            let goals = s
                .goals
                .iter()
                .map(|g| {
                    view! {
                        <li class="goal" id=format!("goal-{}", g.number)>
                            <h3>{i18n::STRATEGY_GOAL.get(lang)}" "{g.number}". "{g.title.get(lang).to_string()}</h3>
                            <p>{g.summary.get(lang).to_string()}</p>
                        </li>
                    }
                })
                .collect_view();
            let plans = s
                .action_plans
                .iter()
                .map(|p| {
                    let period = format!("{} – {}", p.from.format(lang), p.to.format(lang));
                    let act = p.act.clone().map(|id| view! { <p class="muted"><ActRef id=id lang=lang acts=acts.clone()/></p> });
                    view! {
                        <li>
                            <h3>{period}</h3>
                            <p>{p.summary.get(lang).to_string()}</p>
                            {act}
                        </li>
                    }
                })
                .collect_view();
            let process = s.monitoring.process.iter().map(|p| view! { <p>{p.get(lang).to_string()}</p> }).collect_view();
            let rows = s
                .monitoring
                .reports
                .iter()
                .map(|r| {
                    view! {
                        <tr>
                            <th scope="row"><time datetime=r.date.as_str().to_string()>{r.date.format(lang)}</time></th>
                            <td class="num">{figure(r.tasks_planned, lang)}</td>
                            <td class="num">{figure(r.indicators_planned, lang)}</td>
                            <td class="num">{figure(r.indicators_met, lang)}</td>
                            <td class="num">{figure(r.indicators_in_progress, lang)}</td>
                        </tr>
                    }
                })
                .collect_view();
            let notes = s
                .monitoring
                .reports
                .iter()
                .map(|r| {
                    let src = r.source.clone();
                    view! {
                        <li>
                            <time datetime=r.date.as_str().to_string()>{r.date.format(lang)}</time>": "
                            {r.summary.get(lang).to_string()}" "
                            <crate::components::ExternalLink href=src lang=lang>{i18n::SOURCE.get(lang)}</crate::components::ExternalLink>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h2>{i18n::STRATEGY_ADOPTION.get(lang)}</h2>
                <p>{i18n::STRATEGY_ADOPTED_BY.get(lang)}": "<ActRef id=s.act.clone() lang=lang acts=acts.clone()/></p>
                {overview}
                {(!s.amendments.is_empty()).then(|| view! {
                    <h2>{i18n::STRATEGY_AMENDMENTS.get(lang)}</h2>
                    <ul class="dated-list">{amendments}</ul>
                })}
                <h2>{i18n::STRATEGY_GOALS.get(lang)}</h2>
                <ol class="goals">{goals}</ol>
                {s.goals_note.as_ref().map(|n| view! { <p class="muted">{n.get(lang).to_string()}</p> })}
                <h2>{i18n::STRATEGY_PLANS.get(lang)}</h2>
                <ul class="plans">{plans}</ul>
                <h2>{i18n::STRATEGY_MONITORING.get(lang)}</h2>
                {process}
                {(!s.monitoring.reports.is_empty()).then(|| view! {
                    <div class="table-scroll">
                        <table>
                            <caption>{i18n::STRATEGY_FIGURES.get(lang)}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{i18n::STRATEGY_DATE.get(lang)}</th>
                                    <th scope="col" class="num">{i18n::STRATEGY_TASKS_PLANNED.get(lang)}</th>
                                    <th scope="col" class="num">{i18n::STRATEGY_INDICATORS_PLANNED.get(lang)}</th>
                                    <th scope="col" class="num">{i18n::STRATEGY_INDICATORS_MET.get(lang)}</th>
                                    <th scope="col" class="num">{i18n::STRATEGY_INDICATORS_IN_PROGRESS.get(lang)}</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                    <ul class="dated-list">{notes}</ul>
                })}
            }
        })}
        <crate::pages::KeyTerms section=Section::Strategy lang=lang/>
    }
}
