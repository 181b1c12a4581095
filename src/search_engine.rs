//! The search engine, as the app reaches it. It is not in the app's code: it is its own small
//! module (`search/`, with the index the build wrote as `data/search-{lang}.bin`), which
//! `src/search.js` loads — first of all on a search page, so that results show before the app
//! has arrived — and `src/boot.js` offers as `globalThis.ibmSearch(lang)`: a promise of an
//! engine whose `render(region, q, base)` writes the search page's results into an element
//! (`collection::search::html`), and again once the excerpts' texts have arrived.
//! A failed load is a [`LoadError`] naming the file; asking again loads afresh.

use collection::files::LoadErrorKind;
use collection::{Lang, LoadError};
use std::cell::RefCell;
use std::collections::HashSet;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// An engine for one page language.
    pub type Engine;
    /// Writes what `q` finds into `region` and marks it `data-query="{q}"`.
    #[wasm_bindgen(method)]
    pub fn render(this: &Engine, region: &web_sys::Element, q: &str, base: &str);
    #[wasm_bindgen(js_name = ibmSearch, catch)]
    fn ibm_search(lang: &str) -> Result<js_sys::Promise, JsValue>;
}

thread_local! {
    /// The languages whose engine has answered once (later asks resolve at once).
    static READY: RefCell<HashSet<Lang>> = RefCell::new(HashSet::new());
}

/// True when the engine for `lang` is loaded, so that asking for it will not wait.
pub fn is_ready(lang: Lang) -> bool {
    READY.with(|r| r.borrow().contains(&lang))
}

/// The engine for pages in `lang`, loaded on the first ask.
pub async fn engine(lang: Lang) -> Result<Engine, LoadError> {
    let promise = ibm_search(lang.code()).map_err(|e| error_of(&e))?;
    let engine = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|e| error_of(&e))?;
    READY.with(|r| r.borrow_mut().insert(lang));
    Ok(engine.unchecked_into())
}

/// search.js rejects with `{file, status}` (the server's answer), `{file, reason}` (the file
/// could not be fetched or read; `invalid` when it was not an index); anything else is
/// reported as it came.
fn error_of(e: &JsValue) -> LoadError {
    let field = |k: &str| js_sys::Reflect::get(e, &JsValue::from_str(k)).ok();
    let file = field("file")
        .and_then(|f| f.as_string())
        .unwrap_or_else(|| "search".to_string());
    let kind = match (
        field("status").and_then(|s| s.as_f64()),
        field("reason").and_then(|r| r.as_string()),
    ) {
        (Some(status), _) => LoadErrorKind::Status(status as u16),
        (None, Some(reason)) if field("invalid").is_some_and(|v| v.is_truthy()) => {
            LoadErrorKind::Invalid {
                path: "$".into(),
                reason,
            }
        }
        (None, Some(reason)) => LoadErrorKind::Network(reason),
        (None, None) => LoadErrorKind::Network(format!("{e:?}")),
    };
    LoadError { file, kind }
}
