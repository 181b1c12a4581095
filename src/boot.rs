//! Starting the app on a page that `cargo xtask build` pre-rendered.
//!
//! Every route is written to `dist/` as static HTML (see `tests/e2e/src/prerender.rs`), so the
//! heading and the text paint before the WebAssembly arrives, and readers without JavaScript
//! still get the page. The pre-rendered nodes carry `data-pre`. The app does not hydrate them:
//! it renders into a hidden holder, and once its page has a heading (or an error panel) and nothing is loading, the
//! pre-rendered nodes go and the holder shows — in one step, keeping scroll position, focus and
//! anything typed into a field. `<html data-app="ready">` marks that the app is in charge.
//! On a bare shell (no `data-pre`), the app mounts straight into `<body>`.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// Longest wait for the app's first page before swapping anyway (slow or failing data loads
/// show the app's own loading line or error panel from then on).
const MAX_WAIT_MS: f64 = 8000.0;

pub fn start<F, N>(app: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    let doc = document();
    let pre = doc.query_selector_all("[data-pre]").ok();
    let Some(pre) = pre.filter(|p| p.length() > 0) else {
        leptos::mount::mount_to_body(app);
        ready(&doc);
        return;
    };
    let Ok(holder) = doc.create_element("div") else {
        leptos::mount::mount_to_body(app);
        ready(&doc);
        return;
    };
    holder.set_class_name("app-root");
    let _ = holder.set_attribute("hidden", "");
    let body = doc.body().expect("a <body>");
    let _ = body.append_child(&holder);
    let holder: HtmlElement = holder.unchecked_into();
    leptos::mount::mount_to(holder.clone(), app).forget();

    let old: Vec<Element> = (0..pre.length())
        .filter_map(|i| pre.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect();
    let started = now();
    poll(move || {
        let found = |css: &str| holder.query_selector(css).ok().flatten().is_some();
        let rendered = (found("main h1") || found("main .error-panel")) && !found("main .loading");
        if !rendered && now() - started < MAX_WAIT_MS {
            return false;
        }
        swap(&old, &holder);
        true
    });
}

fn now() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or(0.0)
}

/// Calls `step` on every animation frame until it returns true.
fn poll(mut step: impl FnMut() -> bool + 'static) {
    request_animation_frame(move || {
        if !step() {
            poll(step);
        }
    });
}

fn swap(old: &[Element], holder: &HtmlElement) {
    let doc = document();
    let y = window().scroll_y().unwrap_or(0.0);
    // What the reader was doing in the static page: the focused element (by id) and its text.
    let focused = doc.active_element().filter(|el| {
        el.has_attribute("data-pre") || el.closest("[data-pre]").ok().flatten().is_some()
    });
    let focus_id = focused
        .as_ref()
        .map(|el| el.id())
        .filter(|id| !id.is_empty());
    let typed = focused
        .and_then(|el| el.dyn_into::<HtmlInputElement>().ok())
        .map(|input| input.value());
    for el in old {
        el.remove();
    }
    let _ = holder.remove_attribute("hidden");
    window().scroll_to_with_x_and_y(0.0, y);
    if let Some(el) = focus_id.and_then(|id| doc.get_element_by_id(&id)) {
        if let (Some(text), Some(input)) = (typed, el.dyn_ref::<HtmlInputElement>()) {
            if !text.is_empty() {
                input.set_value(&text);
                let _ = input.dispatch_event(&web_sys::Event::new("input").expect("an event"));
            }
        }
        if let Some(h) = el.dyn_ref::<HtmlElement>() {
            let _ = h.focus();
        }
    }
    ready(&doc);
}

fn ready(doc: &web_sys::Document) {
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute("data-app", "ready");
    }
}
