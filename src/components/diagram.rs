//! The coordination diagram on the agencies page: SVG boxes and connectors, each agency a
//! link to its page, followed by the same hierarchy as a nested list (the text equivalent).

use crate::frame::use_frame;
use collection::diagram::{coordination, Node};
use collection::i18n;
use collection::model::AgenciesFile;
use collection::route::Page;
use collection::svg::{num, Num};
use collection::Lang;
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

const COL: f32 = 265.0;
const BOX_W: f32 = 235.0;
const BOX_H: f32 = 34.0;
const ROW: f32 = 46.0;
const PAD: f32 = 8.0;

fn y(n: &Node) -> f32 {
    PAD + n.row * ROW
}

fn x(n: &Node) -> f32 {
    PAD + n.depth as f32 * COL
}

#[component]
pub fn CoordinationDiagram(agencies: std::sync::Arc<AgenciesFile>, lang: Lang) -> impl IntoView {
    let frame = use_frame();
    let navigate = use_navigate();
    let (nodes, rows) = coordination(&agencies);
    let depth = nodes.iter().map(|n| n.depth).max().unwrap_or(0);
    let width = PAD * 2.0 + depth as f32 * COL + BOX_W;
    let height = PAD * 2.0 + rows.max(1) as f32 * ROW - (ROW - BOX_H);
    let edges = nodes
        .iter()
        .filter_map(|n| n.parent.map(|p| (&nodes[p], n)))
        .map(|(p, c)| {
            let (x1, y1) = (x(p) + BOX_W, y(p) + BOX_H / 2.0);
            let (x2, y2) = (x(c), y(c) + BOX_H / 2.0);
            let mid = (x1 + x2) / 2.0;
            view! {
                <path
                    class="diagram__edge"
                    d=format!(
                        "M{} {} H{} V{} H{}",
                        Num::from(x1),
                        Num::from(y1),
                        Num::from(mid),
                        Num::from(y2),
                        Num::from(x2),
                    )
                />
            }
        })
        .collect_view();
    let boxes = nodes
        .iter()
        .map(|n| node_box(n, lang, frame, navigate.clone()))
        .collect_view();

    view! {
        <figure class="diagram">
            <figcaption id="diagram-caption">
                <h2>{i18n::DIAGRAM_TITLE.get(lang)}</h2>
            </figcaption>
            <div class="diagram__scroll">
                <svg
                    viewBox=format!("0 0 {} {}", Num::from(width), Num::from(height))
                    width=num(width)
                    role="group"
                    aria-labelledby="diagram-caption"
                >
                    {edges}
                    {boxes}
                </svg>
            </div>
            <div class="diagram__list">
                <p class="muted">{i18n::DIAGRAM_TEXT.get(lang)}</p>
                {list(&nodes, None, lang)}
            </div>
        </figure>
    }
}

/// One box: an agency's box links to its page, a body's is plain; both carry the full name as
/// a tooltip.
fn node_box(
    n: &Node,
    lang: Lang,
    frame: crate::frame::Frame,
    navigate: impl Fn(&str, leptos_router::NavigateOptions) + Clone + 'static,
) -> impl IntoView {
    let label = n.short.get(lang).to_string();
    let label_for_name = label.clone();
    let name = n.name.get(lang).to_string();
    let (bx, by) = (x(n), y(n));
    let shape = view! {
        <rect
            x=num(bx)
            y=num(by)
            width=num(BOX_W)
            height=num(BOX_H)
            rx="3"
            class=if n.is_agency { "diagram__box" } else { "diagram__box diagram__box--body" }
        />
        <text
            x=num(bx + BOX_W / 2.0)
            y=num(by + BOX_H / 2.0 + 5.0)
            text-anchor="middle"
            class="diagram__label"
        >
            {label}
        </text>
    };
    // `title` and `a` are also HTML tags: build the SVG ones explicitly.
    let tooltip = leptos::svg::title().child(name.clone());
    if n.is_agency {
        let path = Page::Agency(n.id.clone()).path(lang);
        let href = frame.href(&path);
        let navigate = navigate.clone();
        Either::Left(
            leptos::svg::a()
                .attr("href", href)
                // The visible abbreviation first, so the accessible name contains it (WCAG 2.5.3).
                .attr("aria-label", format!("{label_for_name} — {name}"))
                .on(leptos::ev::click, move |ev| {
                    // SVG links are not seen by the router: navigate within the app.
                    ev.prevent_default();
                    navigate(&path, Default::default());
                })
                .child((tooltip, shape)),
        )
    } else {
        Either::Right(view! { <g>{tooltip}{shape}</g> })
    }
}

/// The text equivalent: the same tree as nested lists.
fn list(nodes: &[Node], parent: Option<usize>, lang: Lang) -> AnyView {
    let items = nodes
        .iter()
        .enumerate()
        .filter(|(_, n)| n.parent == parent)
        .map(|(i, n)| {
            let name = n.name.get(lang).to_string();
            let label = if n.is_agency {
                let path = Page::Agency(n.id.clone()).path(lang);
                view! { <crate::components::Local path=path>{name}</crate::components::Local> }
                    .into_any()
            } else {
                view! { <strong>{name}</strong> }.into_any()
            };
            let has_children = nodes.iter().any(|k| k.parent == Some(i));
            view! { <li>{label}{has_children.then(|| list(nodes, Some(i), lang))}</li> }
        })
        .collect_view();
    view! { <ul>{items}</ul> }.into_any()
}
