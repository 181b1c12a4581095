//! The few direct browser calls that several components share. Each degrades quietly: no
//! storage, no clipboard or no element simply means "did not happen".
//!
//! This is where render code finds the browser (ARCHITECTURE.md, "Invariants"): the calls
//! `clippy.toml` keeps out of pages and components — `window`, storage, finding elements,
//! writing HTML — are allowed here.
#![allow(clippy::disallowed_methods)]

use wasm_bindgen::JsCast;

/// Replaces an element's content with HTML the build wrote (a static page's content file).
pub fn set_html(el: &web_sys::Element, html: &str) {
    el.set_inner_html(html);
}

/// The first element inside `el` that matches `selector`, as an HTML element.
pub fn first_in(el: &web_sys::Element, selector: &str) -> Option<web_sys::HtmlElement> {
    el.query_selector(selector).ok().flatten()?.dyn_into().ok()
}

/// `el` or its nearest ancestor that matches `selector`.
pub fn closest(el: &web_sys::Element, selector: &str) -> Option<web_sys::Element> {
    el.closest(selector).ok().flatten()
}

/// The reader's preferred languages, as the browser gives them (`navigator.languages`).
pub fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// The page's document, where there is one.
fn doc() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The element with this id, if the page has one.
fn by_id(id: &str) -> Option<web_sys::Element> {
    doc()?.get_element_by_id(id)
}

/// `localStorage`, when the browser allows it (not in some private modes).
pub fn local_storage() -> Option<web_sys::Storage> {
    if cfg!(feature = "ssr") {
        return None;
    }
    web_sys::window()?.local_storage().ok().flatten()
}

/// Copies text to the clipboard; true when it worked.
async fn copy_text(text: &str) -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(w.navigator().clipboard().write_text(text))
        .await
        .is_ok()
}

/// Copies text to the clipboard and gives what the status region beside the button says:
/// `done` or `failed`, in `lang`. Every "copy" button of the collection goes through this.
pub async fn copy_saying(
    text: &str,
    (done, failed): (collection::i18n::Msg, collection::i18n::Msg),
    lang: collection::Lang,
) -> &'static str {
    let ok = copy_text(text.trim()).await;
    if ok { done } else { failed }.get(lang)
}

/// Moves keyboard focus to the element with this id (made focusable if it is not), and
/// scrolls it into view. In-page links use this instead of a bare `#id`, which would resolve
/// against `<base href>` and leave the page when the collection lives under a sub-path.
pub fn focus_by_id(id: &str) -> bool {
    let Some(el) = by_id(id) else {
        return false;
    };
    if !el.has_attribute("tabindex") && el.tag_name() != "INPUT" && el.tag_name() != "TEXTAREA" {
        let _ = el.set_attribute("tabindex", "-1");
    }
    el.scroll_into_view();
    el.dyn_into::<web_sys::HtmlElement>()
        .map(|h| h.focus().is_ok())
        .unwrap_or(false)
}

/// The text of the element with this id; empty when there is none.
pub fn text_of(id: &str) -> String {
    by_id(id)
        .and_then(|el| el.text_content())
        .unwrap_or_default()
}

/// The meta tags a page writes about itself (through `PageHeading`), as (attribute, value).
const PAGE_HEAD_TAGS: [(&str, &str); 3] = [
    ("name", "description"),
    ("property", "og:title"),
    ("property", "og:description"),
];

/// The head's `<meta attr='value'>`, if present.
fn page_meta(doc: &web_sys::Document, attr: &str, value: &str) -> Option<web_sys::Element> {
    doc.query_selector(&format!("meta[{attr}='{value}']"))
        .ok()
        .flatten()
}

/// Sets the title and the page's own meta tags (description, Open Graph title and
/// description) for a static page shown by client-side navigation.
pub fn set_page_head(title: &str, description: &str, og_title: &str) {
    let Some(doc) = doc() else {
        return;
    };
    doc.set_title(title);
    let Some(head) = doc.head() else {
        return;
    };
    for ((attr, value), content) in PAGE_HEAD_TAGS
        .iter()
        .zip([description, og_title, description])
    {
        let meta = match page_meta(&doc, attr, value) {
            Some(meta) => meta,
            None => {
                let Ok(meta) = doc.create_element("meta") else {
                    continue;
                };
                let _ = meta.set_attribute(attr, value);
                let _ = head.append_child(&meta);
                meta
            }
        };
        let _ = meta.set_attribute("content", content);
    }
}

/// Removes the page's own meta tags, as a static page goes: the next page writes its own.
pub fn remove_page_head() {
    let Some(doc) = doc() else {
        return;
    };
    for (attr, value) in PAGE_HEAD_TAGS {
        if let Some(meta) = page_meta(&doc, attr, value) {
            meta.remove();
        }
    }
}

/// The address's path, base included.
pub fn pathname() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default()
}

/// The id of the element that has keyboard focus, if it has one.
pub fn focused_id() -> Option<String> {
    let id = doc()?.active_element()?.id();
    (!id.is_empty()).then_some(id)
}

/// Gives focus back to a control that was rendered anew (a library filter), as it is: no
/// scrolling, no change to its place in the tab order.
pub fn refocus(id: &str) {
    if let Some(el) = by_id(id).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// A click handler for an in-page link (`<a href="#id">`): focuses the target instead of
/// following the bare fragment, which would resolve against `<base href>`.
pub fn jump_to(id: impl Into<String>) -> impl Fn(leptos::ev::MouseEvent) + 'static {
    let id = id.into();
    move |ev| {
        ev.prevent_default();
        focus_by_id(&id);
    }
}

/// Offers `text` as a file download named `name`; false when the browser would not.
pub fn download(text: &str, mime: &str, name: &str) -> bool {
    let Some(doc) = doc() else {
        return false;
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(url) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .and_then(|b| web_sys::Url::create_object_url_with_blob(&b))
    else {
        return false;
    };
    let Some(a) = doc
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return false;
    };
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // The download has its own copy once started; free the blob a little later.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(60),
    );
    true
}

/// Sends the browser to `url` (a `mailto:` link, for one).
pub fn open_url(url: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_href(url);
    }
}

/// Brings the element named by the address's `#fragment` into view, after the next frame (on
/// a page the app rendered, the browser's own jump came before there was anything to jump to).
pub fn scroll_to_fragment() {
    leptos::prelude::request_animation_frame(|| {
        let Some(w) = web_sys::window() else {
            return;
        };
        let hash = w.location().hash().unwrap_or_default();
        let id = hash.trim_start_matches('#');
        if id.is_empty() {
            return;
        }
        if let Some(el) = by_id(id) {
            el.scroll_into_view();
        }
    });
}

/// "/" focuses the first of `fields` that is in the page, as on many sites, unless the reader
/// is typing somewhere or holds a modifier. For a `keydown` listener.
pub fn slash_focuses(ev: &web_sys::KeyboardEvent, fields: &[&str]) {
    if ev.key() != "/" || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
        return;
    }
    let Some(doc) = doc() else {
        return;
    };
    let typing = doc.active_element().is_some_and(|el| {
        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || el.has_attribute("contenteditable")
    });
    if typing {
        return;
    }
    let field = fields.iter().find_map(|id| doc.get_element_by_id(id));
    if let Some(input) = field.and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok()) {
        ev.prevent_default();
        let _ = input.focus();
    }
}

/// Runs `f` between User Timing marks named after `name`, so that the browser benchmark (and
/// anyone with dev tools) can read its real cost. Nothing is measured at build time.
pub fn timed<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let perf = (!cfg!(feature = "ssr"))
        .then(web_sys::window)
        .flatten()
        .and_then(|w| w.performance());
    let start = format!("{name}-start");
    if let Some(p) = &perf {
        let _ = p.mark(&start);
    }
    let out = f();
    if let Some(p) = &perf {
        let _ = p.measure_with_start_mark(name, &start);
    }
    out
}
