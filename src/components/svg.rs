//! The SVG shapes that the charts and the diagram share.

use leptos::prelude::*;

/// A rectangle of a chart — a bar, a segment of one, a box — styled by its class; `rx`
/// rounds its corners.
#[component]
pub fn Rect(
    x: f64,
    y: f64,
    width: f64,
    height: f64,
    #[prop(into)] class: String,
    #[prop(optional)] rx: Option<f64>,
) -> impl IntoView {
    view! {
        <rect
            x=x.to_string()
            y=y.to_string()
            width=width.to_string()
            height=height.to_string()
            rx=rx.map(|r| r.to_string())
            class=class
        />
    }
}
