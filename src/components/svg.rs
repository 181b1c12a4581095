//! The SVG shapes that the charts share.

use collection::svg::num;
use leptos::prelude::*;

/// A rectangle of a chart — a bar or a segment of one — styled by its class.
#[component]
pub fn Rect(x: f64, y: f64, width: f64, height: f64, #[prop(into)] class: String) -> impl IntoView {
    view! { <rect x=num(x) y=num(y) width=num(width) height=num(height) class=class /> }
}
