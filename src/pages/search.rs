//! `/{lang}/search?q=…`: results from the whole collection, best first, labelled by kind, the
//! matched words marked. Results follow the field as the reader types (no network round-trip)
//! and the address follows the query so that a search can be shared.

use crate::api;
use crate::components::{ErrorPanel, Local, PageHeading};
use crate::dom::timed;
use crate::frame::{use_frame, use_query};
use collection::i18n;
use collection::model::{
    ActsFile, AgenciesFile, ComponentsFile, GlossaryFile, SiteFile, TermsFile,
};
use collection::route::encode_query_value;
use collection::route::{Page, Section};
use collection::search::{Hit, Index, Query, Searched, Segment};
use collection::{DataFile, Lang};
use leptos::either::{Either, EitherOf5};
use leptos::html::Input;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

const LIMIT: usize = 50;
const SUGGESTIONS: [&str; 6] = [
    "державний кордон",
    "1777-XII",
    "Шенгенський кодекс",
    "ДПСУ",
    "readmission",
    "mytnyi kodeks",
];

thread_local! {
    /// Built once per visit, on the first search.
    static INDEX: RefCell<Option<Rc<Index>>> = const { RefCell::new(None) };
}

fn index(files: &Searched) -> Rc<Index> {
    INDEX.with(|cell| {
        cell.borrow_mut()
            .get_or_insert_with(|| {
                Rc::new(timed("ibm-search-index", || Index::of_collection(files)))
            })
            .clone()
    })
}

type Loaded = (
    (Arc<SiteFile>, Arc<AgenciesFile>),
    (Arc<ActsFile>, Arc<GlossaryFile>),
    (Arc<ComponentsFile>, Arc<TermsFile>),
);

/// The files a search needs, for the pre-renderer's preload hints.
pub const SEARCHED_FILES: [fn() -> String; 6] = [
    <SiteFile as DataFile>::path,
    <AgenciesFile as DataFile>::path,
    <ActsFile as DataFile>::path,
    <GlossaryFile as DataFile>::path,
    <ComponentsFile as DataFile>::path,
    <TermsFile as DataFile>::path,
];

async fn load() -> Result<Loaded, collection::LoadError> {
    let (files, map) = futures::join!(
        futures::future::try_join(
            api::load_both::<SiteFile, AgenciesFile>(),
            api::load_both::<ActsFile, GlossaryFile>(),
        ),
        futures::future::join(
            api::load_or_default::<ComponentsFile>(),
            api::load_or_default::<TermsFile>()
        )
    );
    let (a, b) = files?;
    Ok((a, b, map))
}

fn marked(segments: Vec<Segment>) -> impl IntoView {
    segments
        .into_iter()
        .map(|s| {
            if s.hit {
                Either::Left(view! { <mark>{s.text}</mark> })
            } else {
                Either::Right(s.text)
            }
        })
        .collect_view()
}

fn suggestions(lang: Lang) -> impl IntoView {
    let items = SUGGESTIONS
        .iter()
        .map(|q| {
            let path = format!("{}?q={}", Page::Search.path(lang), encode_query_value(q));
            view! {
                <li>
                    <Local path=path>{q.to_string()}</Local>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="suggestions">{items}</ul> }
}

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

/// Suggested searches and a way into the library, beside an empty query or no results.
fn other_ways(lang: Lang) -> impl IntoView {
    let library = Page::Section(Section::Library).path(lang);
    view! {
        {suggestions(lang)}
        <p>
            <Local path=library>{i18n::SEARCH_BROWSE.get(lang)}</Local>
        </p>
    }
}

/// The results: how many, then each with its kind, highlighted title and meta, and an excerpt.
fn hit_list(idx: &Index, hits: &[Hit], parsed: &Query, lang: Lang) -> impl IntoView {
    let count = i18n::RESULTS_COUNT.count(lang, hits.len() as u64);
    let items = hits
        .iter()
        .map(|h| {
            let d = &idx.docs[h.doc];
            let title = marked(idx.highlight(d.title.get(lang), parsed));
            let meta = marked(idx.highlight(d.meta.get(lang), parsed));
            let excerpt = marked(idx.excerpt(d.body.get(lang), parsed, 220));
            view! {
                <li class=format!("search-result search-result--{:?}", d.kind).to_lowercase()>
                    <p class="search-result__kind">{d.kind.label().get(lang)}</p>
                    <h2 class="search-result__title">
                        <Local path=d.path(lang)>{title}</Local>
                    </h2>
                    <p class="search-result__meta">{meta}</p>
                    <p class="search-result__excerpt">{excerpt}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="results__count" role="status">
            {count}
        </p>
        <ol class="search-results">{items}</ol>
    }
}

/// The content to search, loaded once there is something to search for; the second value
/// (re)starts the load.
type SearchData = RwSignal<Option<Result<Loaded, collection::LoadError>>>;

fn use_search_data(query: Memo<String>) -> (SearchData, impl Fn() + Copy + 'static) {
    let data: SearchData = RwSignal::new(None);
    let loading = StoredValue::new(false);
    let fetch = move || {
        if loading.get_value() {
            return;
        }
        loading.set_value(true);
        leptos::task::spawn_local(async move {
            let result = load().await;
            loading.set_value(false);
            data.set(Some(result));
        });
    };
    Effect::new(move |_| {
        if !Query::parse(&query.get()).is_empty() && data.with_untracked(Option::is_none) {
            fetch();
        }
    });
    (data, fetch)
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
    let (data, fetch) = use_search_data(query);
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
        <Results lang=lang query=query data=data fetch=fetch />
    }
}

/// What the query finds: a prompt when there is none, loading, the error panel with a retry,
/// "nothing found" with other ways in, or the results.
#[component]
fn Results(
    lang: Lang,
    query: Memo<String>,
    data: SearchData,
    fetch: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    move || {
        let q = query.get();
        let parsed = Query::parse(&q);
        if parsed.is_empty() {
            return EitherOf5::A(view! {
                <p>{i18n::SEARCH_EMPTY.get(lang)}</p>
                {other_ways(lang)}
            });
        }
        let ((site, agencies), (acts, glossary), (map, terms)) = match data.get() {
            None => {
                return EitherOf5::B(view! {
                    <p class="loading" role="status">
                        {i18n::LOADING.get(lang)}
                    </p>
                });
            }
            Some(Err(error)) => {
                let retry = move || {
                    data.set(None);
                    fetch();
                };
                return EitherOf5::C(view! { <ErrorPanel lang=lang error=error on_retry=retry /> });
            }
            Some(Ok(loaded)) => loaded,
        };
        let idx = index(&Searched {
            site: &site,
            agencies: &agencies,
            acts: &acts,
            glossary: &glossary,
            map: &map,
            terms: &terms,
        });
        let hits = timed("ibm-search", || idx.search(&parsed, LIMIT));
        if hits.is_empty() {
            return EitherOf5::D(view! {
                <p class="results__count" role="status">
                    {i18n::nothing_found(lang, &q)}
                </p>
                <p>{i18n::SEARCH_TRY.get(lang)}</p>
                {other_ways(lang)}
            });
        }
        EitherOf5::E(hit_list(&idx, &hits, &parsed, lang))
    }
}
