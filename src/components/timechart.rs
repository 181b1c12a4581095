//! A small horizontal timeline: lanes with a period bar and dated markers, drawn as SVG.
//! It is a picture of facts the page also gives as text (lists and tables beside it), so it
//! is an image with a summary label.

use super::Rect;
use collection::date::Date;
use collection::svg::{num, Num};
use leptos::prelude::*;

#[derive(Clone)]
pub struct Lane {
    pub label: String,
    /// Start and, when known, end; an open end runs to the chart's edge, dashed.
    pub span: Option<(Date, Option<Date>)>,
    pub points: Vec<(Date, String)>,
}

const LABEL_W: f64 = 210.0;
const PLOT_W: f64 = 560.0;
const LANE_H: f64 = 34.0;
const TOP: f64 = 26.0;

#[component]
pub fn TimeChart(
    lanes: Vec<Lane>,
    from: u16,
    to: u16,
    #[prop(into)] summary: String,
) -> impl IntoView {
    let (from_f, to_f) = (from as f64, to as f64 + 1.0);
    let x = move |f: f64| LABEL_W + (f.clamp(from_f, to_f) - from_f) / (to_f - from_f) * PLOT_W;
    let height = TOP + lanes.len() as f64 * LANE_H + 8.0;
    let width = LABEL_W + PLOT_W + 10.0;
    let ticks = (from..=to + 1)
        .map(|y| {
            let tx = x(y as f64);
            view! {
                <line x1=num(tx) x2=num(tx) y1="18" y2=num(height - 6.0) class="timechart__grid" />
                {(y <= to)
                    .then(|| {
                        view! {
                            <text x=num(tx + 2.0) y="12" class="timechart__year">
                                {y.to_string()}
                            </text>
                        }
                    })}
            }
        })
        .collect_view();
    let rows = lanes
        .into_iter()
        .enumerate()
        .map(|(i, lane)| lane_row(i, lane, x, to_f))
        .collect_view();
    view! {
        <figure class="timechart">
            <svg
                viewBox=format!("0 0 {} {}", Num(width), Num(height))
                role="img"
                aria-label=summary.clone()
            >
                {ticks}
                {rows}
            </svg>
        </figure>
    }
}

/// One lane: its label, its bar (open-ended when it has no end) and its dated points, with
/// `x` placing a fractional year on the plot.
fn lane_row(i: usize, lane: Lane, x: impl Fn(f64) -> f64, to_f: f64) -> impl IntoView {
    let cy = TOP + i as f64 * LANE_H + LANE_H / 2.0;
    let bar = lane.span.map(|(s, e)| {
        let x1 = x(s.start_fraction());
        let (x2, open) = match e {
            Some(e) => (x(e.end_fraction()), false),
            None => (x(to_f), true),
        };
        view! {
            <Rect
                x=x1
                y=cy - 7.0
                width=(x2 - x1).max(2.0)
                height=14.0
                class=if open { "timechart__bar timechart__bar--open" } else { "timechart__bar" }
            />
        }
    });
    let points = lane
        .points
        .into_iter()
        .map(|(d, label)| {
            let px = x(d.start_fraction());
            let tooltip = leptos::svg::title().child(label);
            view! { <g class="timechart__point">{tooltip} <circle cx=num(px) cy=num(cy) r="6" /></g> }
        })
        .collect_view();
    view! {
        <text x="0" y=num(cy + 5.0) class="timechart__label">
            {lane.label}
        </text>
        {bar}
        {points}
    }
}
