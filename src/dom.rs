//! The few direct browser calls that several components share. Each degrades quietly: no
//! storage, no clipboard or no element simply means "did not happen".

use wasm_bindgen::JsCast;

/// `localStorage`, when the browser allows it (not in some private modes).
pub fn local_storage() -> Option<web_sys::Storage> {
    if cfg!(feature = "ssr") {
        return None;
    }
    web_sys::window()?.local_storage().ok().flatten()
}

/// Copies text to the clipboard; true when it worked.
pub async fn copy_text(text: &str) -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(w.navigator().clipboard().write_text(text))
        .await
        .is_ok()
}

/// Moves keyboard focus to the element with this id (made focusable if it is not), and
/// scrolls it into view. In-page links use this instead of a bare `#id`, which would resolve
/// against `<base href>` and leave the page when the collection lives under a sub-path.
pub fn focus_by_id(id: &str) -> bool {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
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

/// The id of the element that has keyboard focus, if it has one.
pub fn focused_id() -> Option<String> {
    let id = web_sys::window()?.document()?.active_element()?.id();
    (!id.is_empty()).then_some(id)
}

/// Gives focus back to a control that was rendered anew (a library filter), as it is: no
/// scrolling, no change to its place in the tab order.
pub fn refocus(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
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
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
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
