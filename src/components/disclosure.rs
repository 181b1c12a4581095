//! The narrow screens' disclosures ("Menu", "Filters").

use leptos::prelude::*;

/// A button that opens and closes the element `controls` (by id). Its state lives in the page
/// — `aria-expanded` here, `data-open` on the region — and `boot.js` drives it from the first
/// paint; render code never writes either (ARCHITECTURE.md, "Invariant (disclosures)"), so
/// this is the one place that writes the attributes the handler relies on.
#[component]
pub fn DisclosureButton<C: IntoView + 'static>(
    controls: &'static str,
    class: &'static str,
    children: TypedChildren<C>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class=class
            data-disclosure=""
            aria-expanded="false"
            aria-controls=controls
        >
            {children.into_inner()()}
        </button>
    }
}
