//! `/{lang}/timeline`: the legal framework through time, as a bar chart (SVG) with its text
//! equivalent — the same acts listed by year — filterable by jurisdiction (`?jurisdiction=`).

use crate::api;
use crate::components::{loaded, Local, Rect, SectionHeading};
use crate::frame::use_query;
use collection::i18n;
use collection::library::LibraryQuery;
use collection::model::Jurisdiction;
use collection::route::slug_of;
use collection::route::{Page, Section};
use collection::svg::{num, Num};
use collection::timeline::{timeline, Bucket, YearGroup};
use collection::Lang;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use std::sync::Arc;

const JURISDICTIONS: [Jurisdiction; 3] = [Jurisdiction::Ua, Jurisdiction::Eu, Jurisdiction::Intl];

fn bucket_label(b: Bucket, lang: Lang) -> String {
    match b {
        Bucket::Before => i18n::TIMELINE_BEFORE.get(lang).to_string(),
        Bucket::Year(y) => y.to_string(),
    }
}

fn bucket_id(b: Bucket) -> String {
    match b {
        Bucket::Before => "year-before".into(),
        Bucket::Year(y) => format!("year-{y}"),
    }
}

/// The chart's geometry, in SVG units: a bar's width and the gap between bars, the plot's
/// height, the space above it and the space below it for the axis labels.
const BAR: f64 = 14.0;
const GAP: f64 = 4.0;
const HEIGHT: f64 = 160.0;
const TOP: f64 = 10.0;
const AXIS: f64 = 30.0;

/// The `i`th bar: one segment per jurisdiction, scaled to `max`, a tooltip, and a year label
/// every five years.
fn year_bar(i: usize, g: &YearGroup, max: f64, lang: Lang) -> impl IntoView {
    let x = GAP + i as f64 * (BAR + GAP);
    let mut y = TOP + HEIGHT;
    let segments = JURISDICTIONS
        .iter()
        .filter(|j| g.count(**j) > 0)
        .map(|j| {
            let h = g.count(*j) as f64 / max * HEIGHT;
            y -= h;
            view! { <Rect x=x y=y width=BAR height=h class=format!("bar bar--{}", slug_of(j)) /> }
        })
        .collect_view();
    let label = bucket_label(g.bucket, lang);
    let show_label =
        matches!(g.bucket, Bucket::Before) || matches!(g.bucket, Bucket::Year(y) if y % 5 == 0);
    let tick = show_label.then(|| {
        // The first label starts at the edge so that it is not clipped.
        let before = matches!(g.bucket, Bucket::Before);
        let tx = if before { x } else { x + BAR / 2.0 };
        let ty = TOP + HEIGHT + 14.0;
        view! {
            <text
                x=num(tx)
                y=num(ty)
                class="axis-label"
                text-anchor=if before { "start" } else { "middle" }
            >
                {if matches!(g.bucket, Bucket::Before) {
                    "<1991".to_string()
                } else {
                    label.clone()
                }}
            </text>
        }
    });
    // A tooltip for pointer users; `title` and `a` are also HTML tags, so the SVG one is
    // built explicitly. The list below the chart is the text equivalent.
    let tooltip = leptos::svg::title().child(format!(
        "{label}: {}",
        i18n::ACTS_COUNT.count(lang, g.acts.len() as u64)
    ));
    view! { <g class="year-bar">{tooltip} {segments} {tick}</g> }
}

/// The colours of the chart and what they stand for.
fn legend(lang: Lang) -> impl IntoView {
    view! {
        <ul class="legend">
            {JURISDICTIONS
                .iter()
                .map(|j| {
                    view! {
                        <li>
                            <span
                                class=format!("swatch bar--{}", slug_of(j))
                                aria-hidden="true"
                            ></span>
                            {j.label().get(lang)}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// Stacked bars, one per year; each bar links to that year in the list below.
fn chart(groups: &[YearGroup], lang: Lang) -> impl IntoView {
    let max = groups
        .iter()
        .map(|g| g.acts.len())
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let width = groups.len() as f64 * (BAR + GAP) + GAP;
    let total: usize = groups.iter().map(|g| g.acts.len()).sum();
    let parts: Vec<_> = JURISDICTIONS
        .iter()
        .map(|j| (j.label(), groups.iter().map(|g| g.count(*j)).sum::<usize>()))
        .filter(|(_, n)| *n > 0)
        .collect();
    let desc = i18n::timeline_summary(lang, total, &parts);
    let bars = groups
        .iter()
        .enumerate()
        .map(|(i, g)| year_bar(i, g, max, lang))
        .collect_view();
    view! {
        <figure class="chart">
            <svg
                viewBox=format!("0 0 {} {}", Num(width), Num(TOP + HEIGHT + AXIS))
                role="img"
                aria-labelledby="chart-title chart-desc"
                preserveAspectRatio="xMinYMin meet"
            >
                <title id="chart-title">{i18n::TIMELINE_CHART.get(lang)}</title>
                <desc id="chart-desc">{desc.clone()}</desc>
                <line x1="0" x2=num(width) y1=num(TOP + HEIGHT) y2=num(TOP + HEIGHT) class="axis" />
                {bars}
            </svg>
            <figcaption>{legend(lang)} <p class="muted">{desc}</p></figcaption>
        </figure>
    }
}

#[component]
pub fn TimelinePage(lang: Lang) -> impl IntoView {
    let data = api::page_data(
        || (),
        move |_| async move {
            Ok(Arc::new(
                api::load::<api::ActsIndex>().await?.outline_in(lang),
            ))
        },
    );
    let query = use_query();
    let jurisdiction = Memo::new(move |_| {
        let params = query.get();
        LibraryQuery::from_pairs((&params).into_iter().map(|(k, v)| (k.as_ref(), v))).jurisdiction
    });
    view! {
        <SectionHeading section=Section::Timeline lang=lang lead=i18n::TIMELINE_LEAD />
        <JurisdictionChoice lang=lang jurisdiction=jurisdiction />
        {loaded(
            lang,
            data,
            move |acts| {
                move || {
                    let groups = timeline(&acts, jurisdiction.get());
                    let list = groups
                        .iter()
                        .filter(|g| !g.acts.is_empty())
                        .map(|g| year_section(g, lang))
                        .collect_view();
                    view! {
                        {chart(&groups, lang)}
                        <h2>{i18n::TIMELINE_LIST.get(lang)}</h2>
                        {list}
                    }
                }
            },
        )}
    }
}

/// "Show": all jurisdictions or one; the choice goes into the address.
#[component]
fn JurisdictionChoice(lang: Lang, jurisdiction: Memo<Option<Jurisdiction>>) -> impl IntoView {
    let navigate = use_navigate();
    let path = Page::Section(Section::Timeline).path(lang);
    let on_change = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        let to = if v.is_empty() {
            path.clone()
        } else {
            format!("{path}?jurisdiction={v}")
        };
        navigate(
            &to,
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    };
    view! {
        <form class="filters filters--inline" on:submit=|ev| ev.prevent_default()>
            <div class="field field--inline">
                <label for="jurisdiction">{i18n::TIMELINE_SHOW.get(lang)}</label>
                <select id="jurisdiction" name="jurisdiction" on:change=on_change>
                    <option value="" selected=move || jurisdiction.get().is_none()>
                        {i18n::ALL_JURISDICTIONS.get(lang)}
                    </option>
                    {JURISDICTIONS
                        .iter()
                        .map(|j| {
                            let j = *j;
                            view! {
                                <option
                                    value=slug_of(&j)
                                    selected=move || jurisdiction.get() == Some(j)
                                >
                                    {j.label().get(lang)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
        </form>
    }
}

/// One year (or span of years) in the list: its heading and its acts.
fn year_section(g: &YearGroup, lang: Lang) -> impl IntoView {
    let items = g
        .acts
        .iter()
        .map(|a| {
            let title = a.display_title().get(lang).to_string();
            let meta = format!("{} · {}", a.kind.label().get(lang), a.adopted.format(lang),);
            view! {
                <li class=format!("timeline-act timeline-act--{}", slug_of(&a.jurisdiction))>
                    <Local path=Page::Act(a.id.clone()).path(lang)>{title}</Local>
                    <span class="muted">" — "{meta}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section
            class="year"
            id=bucket_id(g.bucket)
            aria-labelledby=format!("{}-h", bucket_id(g.bucket))
        >
            <h3 id=format!("{}-h", bucket_id(g.bucket))>{bucket_label(g.bucket, lang)}</h3>
            <ul>{items}</ul>
        </section>
    }
}
