//! Each kind of page's code as a chunk of its own, fetched the first time such a page is shown:
//! the static pages (which adopt or fetch what the build wrote), the library, and the other
//! pages the app renders (the timeline, the search page, the contact form). What every page
//! needs — the layout, the router, the data layer — stays in the main module, so that a page
//! loads the main module and its own chunk, not every page's code (issue 25: 312 KB of brotli
//! until the app was in charge on the home page, all of it loaded before anything could be
//! searched).
//!
//! Few chunks, not one per page: the splitter puts the code that several split points share
//! into a module for each set of them that shares some, and each module is one more request
//! and instantiation. With a chunk each for the timeline, search and contact, the library
//! page loaded 19 modules; with them together, 7.
//!
//! `cargo xtask finish` splits the linked wasm at these functions, and at the fetchers of the
//! [`DATA`] chunk (`xtask/src/split.rs`). In the pre-renderer, and in any build not for the
//! browser, they are plain calls.
//!
//! A page hydrates only once its chunk is in (`boot.rs`): `Suspend` hydrates what its future
//! gives at the first poll, and a page whose code had not arrived would hydrate as empty.

use crate::components::{ErrorPanel, PageHeading, StaticPage};
use crate::pages;
use collection::files::LoadErrorKind;
use collection::i18n;
use collection::route::{Page, Section};
use collection::{Lang, LoadError, Route};
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

/// The kinds of page, by the chunk their code is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chunk {
    Static,
    Library,
    /// These three share the `other` chunk, but each split function has a loader of its own:
    /// a page hydrates only if its own function's loader has run (`boot.rs`).
    Timeline,
    Search,
    Contact,
}

impl Chunk {
    pub fn of(page: &Page) -> Chunk {
        match page {
            Page::Section(Section::Library) => Chunk::Library,
            Page::Section(Section::Timeline) => Chunk::Timeline,
            Page::Search => Chunk::Search,
            Page::Contact => Chunk::Contact,
            _ => Chunk::Static,
        }
    }

    /// The chunk a route's page needs: none for the root's redirect and the not-found page,
    /// which are in the main module.
    pub fn of_route(route: &Route) -> Option<Chunk> {
        match route {
            Route::Page(_, page) => Some(Chunk::of(page)),
            Route::Root | Route::NotFound(..) => None,
        }
    }

    /// Fetches the chunk, if it is not in yet, and readies the page's split function.
    pub async fn load(self) -> Result<(), SplitLoaderError> {
        match self {
            Chunk::Static => preload_static().await,
            Chunk::Library => preload_library().await,
            Chunk::Timeline => preload_timeline().await,
            Chunk::Search => preload_search().await,
            Chunk::Contact => preload_contact().await,
        }
    }

    /// How the error panel names it: the file the splitter names after the split attribute's
    /// module name.
    fn file(self) -> &'static str {
        match self {
            Chunk::Static => "split_static.wasm",
            Chunk::Library => "split_library.wasm",
            Chunk::Timeline | Chunk::Search | Chunk::Contact => "split_other.wasm",
        }
    }
}

/// The chunk of the code that fetches again what a pre-rendered page already carries — the
/// library's view for a new query and its export, the layout's page name and footer facts —
/// with the parsers of the files it reads (`#[wasm_split(data, …)]` beside each). One chunk for
/// all of it: every split point adds the shared chunks it has in common with each other one,
/// and each is a request and a module to instantiate.
pub const DATA: &str = "split_data.wasm";

/// The chunk did not arrive (the connection dropped, or offline before such a page was first
/// opened). The loader's own message, in English and of no use to a reader, goes to the
/// browser's console; the page's error panel says in its language that the network request
/// failed, and names the chunk.
pub struct NotLoaded;

impl From<SplitLoaderError> for NotLoaded {
    fn from(e: SplitLoaderError) -> Self {
        leptos::logging::warn!("a chunk of the app's code did not load: {e}");
        NotLoaded
    }
}

impl NotLoaded {
    /// As a load error, for the error panel of the page that needed the chunk.
    pub fn error(self, file: &str) -> LoadError {
        LoadError {
            file: file.to_string(),
            kind: LoadErrorKind::Network(String::new()),
        }
    }
}

type Shown = Result<AnyView, NotLoaded>;

// The split points. Their arguments and result cross a wasm import, hence `extern "C"` for
// types that only Rust reads on both sides.

#[allow(improper_ctypes_definitions)]
#[wasm_split(static, wasm_split_path = ::leptos::wasm_split, preload(preload_static), fallible)]
fn static_page(lang: Lang, page: Page) -> Shown {
    let p = page.clone();
    let render = move || static_content(lang, p.clone());
    Ok(view! { <StaticPage lang=lang page=page render=render /> }.into_any())
}

#[allow(improper_ctypes_definitions)]
#[wasm_split(library, wasm_split_path = ::leptos::wasm_split, preload(preload_library), fallible)]
fn library(lang: Lang) -> Shown {
    Ok(view! { <pages::LibraryPage lang=lang /> }.into_any())
}

// The other pages: one module, `other`.

#[allow(improper_ctypes_definitions)]
#[wasm_split(other, wasm_split_path = ::leptos::wasm_split, preload(preload_timeline), fallible)]
fn timeline(lang: Lang) -> Shown {
    Ok(view! { <pages::TimelinePage lang=lang /> }.into_any())
}

#[allow(improper_ctypes_definitions)]
#[wasm_split(other, wasm_split_path = ::leptos::wasm_split, preload(preload_search), fallible)]
fn search(lang: Lang) -> Shown {
    Ok(view! { <pages::SearchPage lang=lang /> }.into_any())
}

#[allow(improper_ctypes_definitions)]
#[wasm_split(other, wasm_split_path = ::leptos::wasm_split, preload(preload_contact), fallible)]
fn contact(lang: Lang) -> Shown {
    Ok(view! { <pages::ContactPage lang=lang /> }.into_any())
}

/// A page, once its chunk is in; if the chunk cannot be fetched, an error panel that names it
/// and tries again.
pub fn page(lang: Lang, page: Page) -> impl IntoView {
    let chunk = Chunk::of(&page);
    let attempt = RwSignal::new(0u32);
    move || {
        attempt.track();
        let page = page.clone();
        Suspend::new(async move {
            let shown = match chunk {
                Chunk::Static => static_page(lang, page.clone()).await,
                Chunk::Library => library(lang).await,
                Chunk::Timeline => timeline(lang).await,
                Chunk::Search => search(lang).await,
                Chunk::Contact => contact(lang).await,
            };
            shown.unwrap_or_else(|e| {
                let error = e.error(chunk.file());
                let retry = move || attempt.update(|n| *n += 1);
                let heading = i18n::page_heading(&page).get(lang);
                view! {
                    <PageHeading text=heading lang=lang />
                    <ErrorPanel lang=lang error=error on_retry=retry />
                }
                .into_any()
            })
        })
    }
}

/// A static page's own components: what the pre-renderer renders, in the layout and alone as
/// the page's content file (see [`StaticPage`]). The browser never renders them.
pub(crate) fn static_content(lang: Lang, page: Page) -> impl IntoView {
    use crate::components::NotFoundPage;
    use leptos::either::EitherOf11 as E;
    match page {
        Page::Home => E::A(view! { <pages::HomePage lang=lang /> }),
        Page::Section(Section::Ibm) => E::B(view! { <pages::IbmPage lang=lang /> }),
        Page::Section(Section::Cooperation) => E::C(view! { <pages::CooperationPage lang=lang /> }),
        Page::Section(Section::Agencies) => E::D(view! { <pages::AgenciesPage lang=lang /> }),
        Page::Section(Section::Strategy) => E::E(view! { <pages::StrategyPage lang=lang /> }),
        Page::Section(Section::Project) => E::F(view! { <pages::ProjectPage lang=lang /> }),
        Page::Section(Section::Glossary) => E::G(view! { <pages::GlossaryPage lang=lang /> }),
        Page::Section(Section::Approximation) => {
            E::H(view! { <pages::ApproximationPage lang=lang /> })
        }
        Page::Agency(id) => E::I(view! { <pages::AgencyPage lang=lang id=id /> }),
        Page::Act(id) => E::J(view! { <pages::ActPage lang=lang id=id /> }),
        // Not static: a chunk of its own.
        Page::Section(Section::Library | Section::Timeline) | Page::Search | Page::Contact => {
            E::K(view! { <NotFoundPage lang=lang /> })
        }
    }
}
