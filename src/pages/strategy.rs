//! `/{lang}/strategy`: the IBM Strategy of Ukraine up to 2025 — adoption, amendments, goals,
//! action plans, monitoring and reporting.

use crate::api;
use crate::components::{loaded, ActList, ActRef, Lane, Rect, SectionHeading, TimeChart};
use collection::date::Date;
use collection::i18n;
use collection::ids;
use collection::model::{ActsFile, NextStrategy, StrategyFile};
use collection::route::Section;
use collection::svg::{num, Num};
use collection::Lang;
use leptos::prelude::*;
use std::sync::Arc;

fn figure(n: Option<u32>, lang: Lang) -> String {
    n.map(|n| n.to_string())
        .unwrap_or_else(|| i18n::NOT_PUBLISHED.get(lang).to_string())
}

/// The Strategy, its goals and its action plans on one timeline (the lists below say the same).
fn strategy_chart(s: &StrategyFile, lang: Lang) -> impl IntoView {
    let adopted = s.adopted.parse().ok()?;
    let end = Date {
        year: 2025,
        month: None,
        day: None,
    };
    let mut points = vec![(
        adopted,
        format!(
            "{} {}",
            i18n::STRATEGY_ADOPTION.get(lang),
            s.adopted.format(lang)
        ),
    )];
    for a in &s.amendments {
        if let Ok(d) = a.date.parse() {
            points.push((
                d,
                format!(
                    "{} {}",
                    i18n::STRATEGY_AMENDMENTS.get(lang),
                    a.date.format(lang)
                ),
            ));
        }
    }
    // After 2025 the Strategy stays in force until the next one (Law No. 3858-IX).
    let mut to = 2025;
    for m in s.next.iter().flat_map(|n| &n.milestones) {
        if let Ok(d) = m.date.parse() {
            to = to.max(d.year);
            points.push((d, format!("{}: {}", m.date.format(lang), m.label.get(lang))));
        }
    }
    let mut lanes = vec![Lane {
        label: i18n::CHART_STRATEGY.get(lang).to_string(),
        span: Some((adopted, Some(end))),
        points,
    }];
    for g in &s.goals {
        lanes.push(Lane {
            label: format!("{} {}", i18n::STRATEGY_GOAL.get(lang), g.number),
            span: Some((adopted, Some(end))),
            points: vec![],
        });
    }
    for p in &s.action_plans {
        if let (Ok(f), Ok(t)) = (p.from.parse(), p.to.parse()) {
            lanes.push(Lane {
                label: format!("{} {}–{}", i18n::CHART_PLAN.get(lang), f.year, t.year),
                span: Some((f, Some(t))),
                points: vec![],
            });
        }
    }
    let summary = i18n::CHART_STRATEGY_SUMMARY.get(lang).to_string();
    Some(view! { <TimeChart lanes=lanes from=2019 to=to summary=summary /> })
}

/// Indicators met and in progress out of those planned, per published report, as bars; the
/// table below has the same numbers.
/// The width and height of one bar of the indicators chart, in SVG units.
const FIG_W: f64 = 560.0;
const FIG_H: f64 = 30.0;

/// One report's bar: met, in progress and the rest of the planned indicators, under its line.
fn figures_bar(i: usize, label: &str, planned: u32, met: u32, prog: u32) -> impl IntoView {
    let label = label.to_string();
    let y = 28.0 + i as f64 * (FIG_H + 26.0);
    let scale = FIG_W / planned as f64;
    let (wm, wp) = (met as f64 * scale, prog as f64 * scale);
    view! {
        <text x="0" y=num(y - 6.0) class="timechart__label">
            {label}
        </text>
        <Rect x=0.0 y=y width=FIG_W height=FIG_H class="figures__rest" />
        <Rect x=0.0 y=y width=wm height=FIG_H class="figures__met" />
        <Rect x=wm y=y width=wp height=FIG_H class="figures__progress" />
    }
}

/// Each monitoring report's indicators as a bar (met, in progress, the rest), with a legend;
/// nothing when no report gives planned indicators.
fn figures_chart(s: &StrategyFile, lang: Lang) -> impl IntoView {
    let rows: Vec<_> = s
        .monitoring
        .reports
        .iter()
        .filter_map(|r| {
            Some((
                r,
                r.indicators_planned?,
                r.indicators_met.unwrap_or(0),
                r.indicators_in_progress.unwrap_or(0),
            ))
        })
        .filter(|(_, planned, _, _)| *planned > 0)
        .map(|(r, planned, met, prog)| {
            let line = i18n::figures_line(lang, &r.date.format(lang), met, prog, planned);
            (line, planned, met, prog)
        })
        .collect();
    (!rows.is_empty()).then(|| {
        let bars = rows
            .iter()
            .enumerate()
            .map(|(i, (label, planned, met, prog))| figures_bar(i, label, *planned, *met, *prog))
            .collect_view();
        let height = 28.0 + rows.len() as f64 * (FIG_H + 26.0);
        let summary = rows
            .iter()
            .map(|(line, ..)| line.as_str())
            .collect::<Vec<_>>()
            .join("; ");
        view! {
            <figure class="timechart figures-chart">
                <svg
                    viewBox=format!("0 0 {} {}", Num(FIG_W + 10.0), Num(height))
                    role="img"
                    aria-label=summary
                >
                    {bars}
                </svg>
                <ul class="figures__legend">
                    <li>
                        <span class="swatch figures__met" aria-hidden="true"></span>
                        {i18n::STRATEGY_INDICATORS_MET.get(lang)}
                    </li>
                    <li>
                        <span class="swatch figures__progress" aria-hidden="true"></span>
                        {i18n::STRATEGY_INDICATORS_IN_PROGRESS.get(lang)}
                    </li>
                    <li>
                        <span class="swatch figures__rest" aria-hidden="true"></span>
                        {i18n::CHART_REST.get(lang)}
                    </li>
                </ul>
            </figure>
        }
    })
}

#[component]
pub fn StrategyPage(lang: Lang) -> impl IntoView {
    let data = api::page_data(|| (), |_| api::with_cited_acts::<StrategyFile>());
    view! {
        <SectionHeading section=Section::Strategy lang=lang />
        {loaded(
            lang,
            data,
            move |(s, acts)| {
                let chart = strategy_chart(&s, lang);
                view! {
                    <Adoption s=s.clone() acts=acts.clone() lang=lang />
                    {chart}
                    {s
                        .next
                        .clone()
                        .map(|n| view! { <AfterTheStrategy next=n acts=acts.clone() lang=lang /> })}
                    <Goals s=s.clone() lang=lang />
                    <Plans s=s.clone() acts=acts lang=lang />
                    <Monitoring s=s lang=lang />
                }
            },
        )}
        <crate::components::KeyTerms section=Section::Strategy lang=lang />
    }
}

/// How the Strategy was adopted, what it is, and how it was amended.
#[component]
fn Adoption(s: Arc<StrategyFile>, acts: Arc<ActsFile>, lang: Lang) -> impl IntoView {
    let overview = s
        .overview
        .iter()
        .map(|p| view! { <p>{p.get(lang).to_string()}</p> })
        .collect_view();
    let amendments = s
        .amendments
        .iter()
        .map(|a| {
            view! {
                <li>
                    <time datetime=a.date.as_str().to_string()>{a.date.format(lang)}</time>
                    ": "
                    {a.summary.get(lang).to_string()}
                    " "
                    <span class="muted">
                        <ActRef id=a.act.clone() lang=lang acts=acts.clone() />
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <h2>{i18n::STRATEGY_ADOPTION.get(lang)}</h2>
        <p>
            {i18n::STRATEGY_ADOPTED_BY.get(lang)}": "
            <ActRef id=s.act.clone() lang=lang acts=acts.clone() />
        </p>
        {overview}
        {(!s.amendments.is_empty())
            .then(|| {
                view! {
                    <h2>{i18n::STRATEGY_AMENDMENTS.get(lang)}</h2>
                    <ul class="dated-list">{amendments}</ul>
                }
            })}
    }
}

/// The strategic goals, each with its anchor (`#goal-N`, linked from act pages).
#[component]
fn Goals(s: Arc<StrategyFile>, lang: Lang) -> impl IntoView {
    let goals = s
        .goals
        .iter()
        .map(|g| {
            view! {
                <li class="goal" id=ids::goal(g.number)>
                    <h3>
                        {i18n::STRATEGY_GOAL.get(lang)}" "{g.number}". "
                        {g.title.get(lang).to_string()}
                    </h3>
                    <p>{g.summary.get(lang).to_string()}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <h2>{i18n::STRATEGY_GOALS.get(lang)}</h2>
        <ol class="goals">{goals}</ol>
        {s.goals_note.as_ref().map(|n| view! { <p class="muted">{n.get(lang).to_string()}</p> })}
    }
}

/// The action plans, by period.
#[component]
fn Plans(s: Arc<StrategyFile>, acts: Arc<ActsFile>, lang: Lang) -> impl IntoView {
    let plans = s
        .action_plans
        .iter()
        .map(|p| {
            let period = format!("{} – {}", p.from.format(lang), p.to.format(lang));
            let act = p.act.clone().map(|id| {
                view! {
                    <p class="muted">
                        <ActRef id=id lang=lang acts=acts.clone() />
                    </p>
                }
            });
            view! {
                <li>
                    <h3>{period}</h3>
                    <p>{p.summary.get(lang).to_string()}</p>
                    {act}
                </li>
            }
        })
        .collect_view();
    view! {
        <h2>{i18n::STRATEGY_PLANS.get(lang)}</h2>
        <ul class="plans">{plans}</ul>
    }
}

/// How implementation is monitored, the figures as a chart and a table, and each report.
#[component]
fn Monitoring(s: Arc<StrategyFile>, lang: Lang) -> impl IntoView {
    let process = s
        .monitoring
        .process
        .iter()
        .map(|p| view! { <p>{p.get(lang).to_string()}</p> })
        .collect_view();
    let rows = s
        .monitoring
        .reports
        .iter()
        .map(|r| {
            view! {
                <tr>
                    <th scope="row">
                        <time datetime=r.date.as_str().to_string()>{r.date.format(lang)}</time>
                    </th>
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
                    <time datetime=r.date.as_str().to_string()>{r.date.format(lang)}</time>
                    ": "
                    {r.summary.get(lang).to_string()}
                    " "
                    <crate::components::ExternalLink href=src lang=lang>
                        {i18n::SOURCE.get(lang)}
                    </crate::components::ExternalLink>
                </li>
            }
        })
        .collect_view();
    let figures = figures_chart(&s, lang);
    view! {
        <h2>{i18n::STRATEGY_MONITORING.get(lang)}</h2>
        {process}
        {figures}
        {(!s.monitoring.reports.is_empty())
            .then(|| {
                view! {
                    <div class="table-scroll">
                        <table>
                            <caption>{i18n::STRATEGY_FIGURES.get(lang)}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{i18n::STRATEGY_DATE.get(lang)}</th>
                                    <th scope="col" class="num">
                                        {i18n::STRATEGY_TASKS_PLANNED.get(lang)}
                                    </th>
                                    <th scope="col" class="num">
                                        {i18n::STRATEGY_INDICATORS_PLANNED.get(lang)}
                                    </th>
                                    <th scope="col" class="num">
                                        {i18n::STRATEGY_INDICATORS_MET.get(lang)}
                                    </th>
                                    <th scope="col" class="num">
                                        {i18n::STRATEGY_INDICATORS_IN_PROGRESS.get(lang)}
                                    </th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                    <ul class="dated-list">{notes}</ul>
                }
            })}
    }
}

/// What comes after the Strategy's period: the new procedure, the transition, the state of
/// work, and the date that was last checked.
#[component]
fn AfterTheStrategy(next: NextStrategy, acts: Arc<ActsFile>, lang: Lang) -> impl IntoView {
    let text = next
        .text
        .iter()
        .map(|p| view! { <p>{p.get(lang).to_string()}</p> })
        .collect_view();
    view! {
        <section class="next-strategy" aria-labelledby="next-strategy">
            <h2 id="next-strategy">{i18n::STRATEGY_NEXT.get(lang)}</h2>
            {text}
            <ActList ids=next.acts.clone() lang=lang acts=acts />
            <p class="muted">
                {i18n::STATE_AS_OF.get(lang)}" "
                <time datetime=next.as_of.as_str().to_string()>{next.as_of.format(lang)}</time>
            </p>
        </section>
    }
}
