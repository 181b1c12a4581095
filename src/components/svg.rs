//! The SVG shapes that the charts share.

use leptos::prelude::*;

/// A rectangle of a chart — a bar or a segment of one — styled by its class.
#[component]
pub fn Rect(x: f64, y: f64, width: f64, height: f64, #[prop(into)] class: String) -> impl IntoView {
    view! {
        <rect
            x=x.to_string()
            y=y.to_string()
            width=width.to_string()
            height=height.to_string()
            class=class
        />
    }
}
