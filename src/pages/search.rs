//! `/{lang}/search?q=…`: results from the whole collection, best first, labelled by kind, the
//! matched words marked. Results follow the field as the reader types (no network round-trip)
//! and the address follows the query so that a search can be shared.

use crate::components::{ErrorPanel, PageHeading};
use crate::frame::{use_frame, use_query};
use collection::i18n;
use collection::route::encode_query_value;
use collection::route::Page;
use collection::search::html;
use collection::{Lang, LoadError};
use leptos::html::{Div, Input};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

/// The page's own search field (`#search-input`), its button and its hint.
fn search_form(
    lang: Lang,
    input: NodeRef<Input>,
    on_input: impl FnMut(leptos::ev::Event) + 'static,
) -> impl IntoView {
    view! {
        <form class="search-form" role="search" on:submit=|ev| ev.prevent_default()>
            <label for="search-input" class="search-form__label">
                {i18n::SEARCH.get(lang)}
            </label>
            <div class="search-form__row">
                <input
                    id="search-input"
                    type="search"
                    name="q"
                    autocomplete="off"
                    spellcheck="false"
                    enterkeyhint="search"
                    maxlength="10000"
                    node_ref=input
                    aria-describedby="search-hint"
                    on:input=on_input
                />
                <button type="submit" class="button">
                    {i18n::SEARCH_BUTTON.get(lang)}
                </button>
            </div>
            <p id="search-hint" class="muted">
                {i18n::SEARCH_HINT.get(lang)}
            </p>
        </form>
    }
}

/// Once, right after hydration: the field shows the query from the address — unless the
/// reader typed into the pre-rendered page before the app started, which is then searched.
fn adopt_typed_query(
    input: NodeRef<Input>,
    query: Memo<String>,
    search_for: impl Fn(&str) + 'static,
) {
    let frame = use_frame();
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) || !frame.is_hydrated() {
            return done.unwrap_or(false);
        }
        let Some(el) = input.get() else {
            return false;
        };
        let (typed, q) = (el.value(), query.get_untracked());
        if typed.is_empty() {
            el.set_value(&q);
        } else if typed != q {
            search_for(&typed);
        }
        true
    });
}

#[component]
pub fn SearchPage(lang: Lang) -> impl IntoView {
    // The page is pre-rendered without a query, so it starts with none; the one in the address
    // comes in right after hydration (`use_query`). The content to search is loaded, in the
    // browser only, once there is something to search for.
    let params = use_query();
    let navigate = use_navigate();
    let query = Memo::new(move |_| params.get().get("q").unwrap_or_default());
    let input = NodeRef::<Input>::new();
    let path = Page::Search.path(lang);
    let search_for = move |q: &str| {
        let to = if q.is_empty() {
            path.clone()
        } else {
            format!("{path}?q={}", encode_query_value(q))
        };
        navigate(
            &to,
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let on_input = {
        let search_for = search_for.clone();
        move |_| {
            if let Some(el) = input.get() {
                search_for(&el.value());
            }
        }
    };
    adopt_typed_query(input, query, search_for);
    view! {
        <PageHeading text=i18n::SEARCH_TITLE.get(lang) lang=lang />
        {search_form(lang, input, on_input)}
        <Results lang=lang query=query />
    }
}

/// What the query finds, as the search module renders it (`collection::search::html`): a
/// prompt and other ways in when there is none, "nothing found", or the results. The region's
/// HTML is the module's, not the app's views: the pre-renderer writes the prompt, and
/// `search.js` writes results, marking the region with the query they are for (`data-query`)
/// — before the app took over, for the address's query, and then for each query the app asks.
/// Loading shows a status; a failed load the error panel with a retry. Whatever else the app
/// writes there drops the mark.
#[component]
fn Results(lang: Lang, query: Memo<String>) -> impl IntoView {
    let frame = use_frame();
    let region = NodeRef::<Div>::new();
    let error: RwSignal<Option<LoadError>> = RwSignal::new(None);
    let attempt = RwSignal::new(0u32);
    let write = |el: &web_sys::HtmlDivElement, html: &str| {
        let _ = el.remove_attribute("data-query");
        crate::dom::set_html(el, html);
    };
    Effect::new(move |_| {
        let q = query.get();
        attempt.track();
        if !frame.is_hydrated() {
            return;
        }
        let Some(el) = region.get() else {
            return;
        };
        if el.get_attribute("data-query").as_deref() == Some(q.as_str()) {
            return;
        }
        if !crate::search_engine::is_ready(lang) {
            write(&el, &html::loading(lang));
        }
        let base = frame.base();
        leptos::task::spawn_local(async move {
            let result = crate::search_engine::engine(lang).await;
            if query.get_untracked() != q {
                return; // typed on since: the newer query writes
            }
            match result {
                Ok(engine) => {
                    engine.render(&el, &q, &base);
                    error.set(None);
                }
                Err(e) => {
                    write(&el, "");
                    error.set(Some(e));
                }
            }
        });
    });
    let retry = move || attempt.update(|n| *n += 1);
    // The prompt, written by the pre-renderer; hydration keeps what the region holds.
    let initial = if cfg!(feature = "ssr") {
        html::empty(lang, &frame.base())
    } else {
        String::new()
    };
    view! {
        {move || error.get().map(|e| view! { <ErrorPanel lang=lang error=e on_retry=retry /> })}
        <div id="search-region" class="search-region" node_ref=region inner_html=initial></div>
    }
}
