//! The layout around every page: skip link, header with the collection's name, main navigation
//! and language switch, breadcrumbs, `<main>`, footer and the live region that announces page
//! changes. It also turns the address into a [`Route`] and renders the matching page.
//!
//! The same code renders each page at build time (the pre-renderer) and hydrates it in the
//! browser, so the first render reads nothing the build cannot know: the query string and the
//! reader's saved choices come in after hydration (see [`crate::frame::use_query`]).

use crate::api::{self, PageData};
use crate::chunks::{self, NotLoaded};
use crate::components::{DisclosureButton, NotFoundPage};
use crate::frame::{use_frame, use_search};
use crate::pages;
use crate::prefs;
use collection::i18n::{self, Msg};
use collection::ids;
use collection::model::{AgenciesFile, SiteFile};
use collection::route::encode_query_value;
use collection::route::{strip_base, Page, Section};
use collection::{Lang, LoadError, Route, Text};
use leptos::either::Either;
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;
use leptos_meta::{Html, Link, Meta};
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::location::{BrowserUrl, LocationProvider};
use serde::{Deserialize, Serialize};

/// The name of a page whose name comes with its data (an act, an agency), for the last
/// breadcrumb and share links; `None` for every other page, whose name is an interface string.
type PageName = PageData<Option<Text>>;

// The layout's own data — a page's name, the footer's facts — travels in every pre-rendered
// page. What fetches it anew (on the first page the app renders itself, and as the reader moves
// on), with the parsers of the files it reads, is in the `data` chunk (`crate::chunks`):
// hydration needs none of it.

async fn page_name(route: Route) -> Result<Option<Text>, LoadError> {
    name_of(route)
        .await
        .map_err(|e| e.error(chunks::DATA))?
        .await
}

#[allow(improper_ctypes_definitions)]
#[wasm_split(data, wasm_split_path = ::leptos::wasm_split, fallible)]
fn name_of(route: Route) -> Result<api::Pending<Option<Text>>, NotLoaded> {
    Ok(api::pending(async move {
        Ok(match route {
            Route::Page(_, Page::Act(id)) => api::load::<api::ActsIndex>()
                .await?
                .act(&id)
                .map(|a| a.title.clone()),
            Route::Page(_, Page::Agency(id)) => api::load::<AgenciesFile>()
                .await?
                .agency(&id)
                .map(|a| a.name.clone()),
            _ => None,
        })
    }))
}

/// What the footer says on every page: how current the collection is, and whether it has a
/// contact page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct SiteFacts {
    freshness: Option<collection::changes::Freshness>,
    contact: bool,
}

async fn site_facts() -> Result<SiteFacts, LoadError> {
    facts_now().await.map_err(|e| e.error(chunks::DATA))?.await
}

#[allow(improper_ctypes_definitions)]
#[wasm_split(data, wasm_split_path = ::leptos::wasm_split, fallible)]
fn facts_now() -> Result<api::Pending<SiteFacts>, NotLoaded> {
    Ok(api::pending(async move {
        let (acts, site) = api::load_both::<api::ActsIndex, SiteFile>().await?;
        Ok(SiteFacts {
            freshness: collection::changes::freshness(&acts),
            contact: site.contact().is_some(),
        })
    }))
}

#[component]
pub fn Shell() -> impl IntoView {
    let frame = use_frame();
    let location = use_location();
    let route = Memo::new(move |_| {
        let path = location.pathname.get();
        match strip_base(&frame.base(), &path) {
            Some(p) => Route::parse(p),
            None => Route::NotFound(None, path),
        }
    });
    // We render from our own routing table instead of <Routes>, so we tell the router when the
    // new page is in place; it then updates the address bar, history and scroll position.
    let browser_url = use_context::<BrowserUrl>();
    Effect::new(move |_| {
        route.track();
        if let Some(url) = &browser_url {
            url.ready_to_complete();
        }
    });
    // Effects run in the browser only, after the first render: from here on, what the build
    // could not know may be read.
    Effect::new(move |_| frame.mark_hydrated());
    let lang = Memo::new(move |_| route.get().lang().unwrap_or_else(prefs::preferred_lang));
    // A page that exists: not an unknown address, and not a known one whose id the data does
    // not have (the not-found page marks those). Only these get breadcrumbs, alternates and
    // share links.
    let exists = Memo::new(move |_| {
        !matches!(route.get(), Route::Root | Route::NotFound(..))
            && !frame.is_missing(&location.pathname.get())
    });
    let name: PageName = api::page_data(move || route.get(), page_name);
    let facts = api::page_data(|| (), |_| site_facts());

    let first = StoredValue::new(true);
    let page = move || {
        let r = route.get();
        frame.route_changed(first.get_value());
        first.set_value(false);
        render(r)
    };
    // "/" focuses the search field (the page's own on the search page).
    let slash = window_event_listener(leptos::ev::keydown, |ev| {
        crate::dom::slash_focuses(&ev, &["search-input", "header-search"])
    });
    on_cleanup(move || slash.remove());
    let t = move |m: Msg| move || m.get(lang.get());
    // Focus <main> directly: a bare "#main-content" would resolve against <base href> and leave
    // the page; the href names this page, for readers without the app's code.
    let skip = crate::dom::jump_to("main-content");
    let skip_href = move || format!("{}#main-content", location.pathname.get());

    view! {
        <Html {..} lang=move || lang.get().code() />
        <Alternates route=route exists=exists />
        <a class="skip-link" href=skip_href on:click=skip>
            {t(i18n::SKIP_LINK)}
        </a>
        <Header route=route lang=lang />
        <Notices lang=lang />
        <div class="page-width">
            <Breadcrumbs route=route lang=lang exists=exists name=name />
            <main
                id="main-content"
                tabindex="-1"
                aria-busy=move || frame.is_busy().then_some("true")
            >
                {page}
            </main>
            <ShareBar route=route lang=lang exists=exists name=name />
        </div>
        <Footer lang=lang facts=facts />
        <div class="visually-hidden" aria-live="polite" aria-atomic="true">
            {move || frame.announcement.get()}
        </div>
    }
}

/// The page for a route. Branches are told apart by an `EitherOf…` rather than erased with
/// `into_any()`: an erased view carries every way of rendering its whole tree, hydration's
/// async one included, which costs the wasm far more than the match does.
fn render(route: Route) -> impl IntoView {
    use leptos::either::EitherOf3;
    match route {
        Route::Root => EitherOf3::A(view! { <pages::RootRedirect /> }),
        Route::Page(lang, page) => EitherOf3::B(crate::chunks::page(lang, page)),
        Route::NotFound(lang, _) => {
            let lang = lang.unwrap_or_else(prefs::preferred_lang);
            EitherOf3::C(view! { <NotFoundPage lang=lang /> })
        }
    }
}

#[component]
fn Header(route: Memo<Route>, lang: Memo<Lang>) -> impl IntoView {
    let frame = use_frame();
    let current_section = move || match route.get() {
        Route::Page(_, p) => p.section(),
        _ => None,
    };
    let on_section_page =
        move |s: Section| matches!(route.get(), Route::Page(_, Page::Section(x)) if x == s);
    let nav_items = move || {
        let l = lang.get();
        Section::ALL
            .into_iter()
            .map(|s| {
                let href = frame.href(&Page::Section(s).path(l));
                // The section's own page is the current page; inside a section (one agency),
                // the section is marked as the current location.
                let current = move || {
                    if on_section_page(s) {
                        Some("page")
                    } else if current_section() == Some(s) {
                        Some("true")
                    } else {
                        None
                    }
                };
                view! {
                    <li>
                        <a href=href aria-current=current>
                            {i18n::section_nav(s).get(l)}
                        </a>
                    </li>
                }
            })
            .collect_view()
    };
    // On narrow screens the navigation folds behind "Menu". The button is a disclosure that
    // the page's loader (`boot.js`) opens and closes, so it works from the first paint, before
    // and without the app's code; the app never writes its state.
    view! {
        <header class="site-header">
            <div class="page-width site-header__bar">
                <a
                    class="site-header__brand"
                    href=move || frame.href(&Page::Home.path(lang.get()))
                    aria-current=move || {
                        matches!(route.get(), Route::Page(_, Page::Home)).then_some("page")
                    }
                >
                    <span class="site-header__kind">{move || i18n::SITE_KIND.get(lang.get())}</span>
                    <span class="site-header__name">{move || i18n::SITE_NAME.get(lang.get())}</span>
                </a>
                <div class="site-header__tools">
                    <LanguageSwitch route=route lang=lang />
                    <DisclosureButton controls=ids::SITE_NAV class="menu-button">
                        {move || i18n::MENU.get(lang.get())}
                    </DisclosureButton>
                </div>
            </div>
            <nav
                id=ids::SITE_NAV
                class="site-nav"
                aria-label=move || i18n::MAIN_NAV.get(lang.get())
            >
                <ul class="page-width site-nav__list">{nav_items}</ul>
            </nav>
            {move || {
                (!matches!(route.get(), Route::Page(_, Page::Search)))
                    .then(|| view! { <HeaderSearch lang=lang.get() /> })
            }}
        </header>
    }
}

/// The search field in the header: submitting opens the results page for the query.
#[component]
fn HeaderSearch(lang: Lang) -> impl IntoView {
    let navigate = use_navigate();
    // Before the app has started (a pre-rendered page), the form submits to the results page.
    let action = use_frame().href(&Page::Search.path(lang));
    let input = NodeRef::<leptos::html::Input>::new();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let q = input.get().map(|el| el.value()).unwrap_or_default();
        let path = Page::Search.path(lang);
        let to = if q.trim().is_empty() {
            path
        } else {
            format!("{path}?q={}", encode_query_value(&q))
        };
        navigate(&to, Default::default());
    };
    view! {
        <form class="page-width header-search" role="search" action=action on:submit=on_submit>
            <label for="header-search" class="visually-hidden">
                {i18n::SEARCH_LABEL.get(lang)}
            </label>
            <input
                id="header-search"
                type="search"
                name="q"
                autocomplete="off"
                enterkeyhint="search"
                placeholder=i18n::SEARCH_LABEL.get(lang)
                node_ref=input
            />
            <button type="submit" class="button header-search__button">
                {i18n::SEARCH_BUTTON.get(lang)}
            </button>
        </form>
    }
}

/// Both languages, the current one marked; the other links to the same page in that language.
#[component]
fn LanguageSwitch(route: Memo<Route>, lang: Memo<Lang>) -> impl IntoView {
    let frame = use_frame();
    let search = use_search();
    let items = move || {
        let current = lang.get();
        Lang::ALL
            .into_iter()
            .map(|l| {
                if l == current {
                    Either::Left(view! {
                        <li>
                            <span class="lang-switch__current" lang=l.code() aria-current="true">
                                {l.endonym()}
                            </span>
                        </li>
                    })
                } else {
                    let href =
                        move || format!("{}{}", frame.href(&route.get().path_in(l)), search.get());
                    Either::Right(view! {
                        <li>
                            <a
                                href=href
                                hreflang=l.code()
                                lang=l.code()
                                on:click=move |_| prefs::save_lang(l)
                            >
                                {l.endonym()}
                            </a>
                        </li>
                    })
                }
            })
            .collect_view()
    };
    view! {
        <nav class="lang-switch" aria-label=move || i18n::LANGUAGE.get(lang.get())>
            <ul>{items}</ul>
        </nav>
    }
}

/// Home › Section › Page, below the top level only.
#[component]
fn Breadcrumbs(
    route: Memo<Route>,
    lang: Memo<Lang>,
    exists: Memo<bool>,
    name: PageName,
) -> impl IntoView {
    let frame = use_frame();
    move || {
        let Route::Page(l, page) = route.get() else {
            return None;
        };
        if page == Page::Home || !exists.get() {
            return None;
        }
        let trail = page
            .ancestors()
            .into_iter()
            .map(|p| {
                let href = frame.href(&p.path(l));
                view! {
                    <li>
                        <a href=href>{i18n::page_label(&p).get(l)}</a>
                    </li>
                }
            })
            .collect_view();
        let current = match &page {
            Page::Agency(_) | Page::Act(_) => Either::Left(view! {
                <Suspense>
                    {move || {
                        name.get().and_then(Result::ok).flatten().map(|t| t.get(l).to_string())
                    }}
                </Suspense>
            }),
            other => Either::Right(i18n::page_label(other).get(l)),
        };
        Some(view! {
            <nav class="breadcrumbs" aria-label=move || i18n::BREADCRUMBS.get(lang.get())>
                <ol>{trail} <li aria-current="page">{current}</li></ol>
            </nav>
        })
    }
}

/// Language alternates, the canonical address and Open Graph facts for the current page.
#[component]
fn Alternates(route: Memo<Route>, exists: Memo<bool>) -> impl IntoView {
    let frame = use_frame();
    move || {
        let r = route.get();
        let lang = r.lang()?;
        if !exists.get() {
            return None;
        }
        let url = |l: Lang| frame.url(&r.path_in(l));
        let locale = |l: Lang| match l {
            Lang::Uk => "uk_UA",
            Lang::En => "en_GB",
        };
        Some(view! {
            <Link rel="canonical" href=url(lang) />
            <Link rel="alternate" hreflang="uk" href=url(Lang::Uk) />
            <Link rel="alternate" hreflang="en" href=url(Lang::En) />
            <Link rel="alternate" hreflang="x-default" href=url(Lang::Uk) />
            <Meta property="og:type" content="website" />
            <Meta property="og:site_name" content=i18n::SITE_NAME.get(lang) />
            <Meta property="og:url" content=url(lang) />
            <Meta property="og:locale" content=locale(lang) />
            <Meta property="og:locale:alternate" content=locale(lang.other()) />
            <Link
                rel="alternate"
                type_="application/atom+xml"
                href=frame.href(&format!("/{}/feed.xml", lang.code()))
                title=format!("{} — {}", i18n::SITE_NAME.get(lang), i18n::FEED_TITLE.get(lang))
            />
        })
    }
}

/// Share links (plain links: no third-party scripts) and "copy link", on every page that exists.
#[component]
fn ShareBar(
    route: Memo<Route>,
    lang: Memo<Lang>,
    exists: Memo<bool>,
    name: PageName,
) -> impl IntoView {
    let frame = use_frame();
    let location = use_location();
    let search = use_search();
    let url = move || {
        format!(
            "{}{}{}",
            frame.origin(),
            location.pathname.get(),
            search.get()
        )
    };
    let title = move || {
        let l = lang.get();
        let heading = match route.get() {
            Route::Page(_, page @ (Page::Act(_) | Page::Agency(_))) => name
                .get()
                .and_then(Result::ok)
                .flatten()
                .map(|t| t.get(l).to_string())
                .unwrap_or_else(|| i18n::page_label(&page).get(l).to_string()),
            Route::Page(_, page) => i18n::page_heading(&page).get(l).to_string(),
            _ => String::new(),
        };
        collection::share::title(&heading, l)
    };
    let links = move || {
        collection::share::links(&url(), &title(), lang.get())
            .into_iter()
            .map(|(name, href)| {
                view! {
                    <li>
                        <a href=href rel="external noopener noreferrer" class="share__link">
                            {name}
                        </a>
                    </li>
                }
            })
            .collect_view()
    };
    // A page that does not exist has nothing to share.
    let shareable = move || exists.get();
    move || {
        shareable().then(|| {
            view! {
                <aside class="share" aria-labelledby="share-heading">
                    <h2 id="share-heading" class="share__title">
                        {i18n::SHARE.get(lang.get())}
                    </h2>
                    <ul class="share__list">
                        // The title of an act's or agency's page comes with its data.
                        <Suspense>{links}</Suspense>
                        <CopyLink route=route lang=lang url=Signal::derive(url) />
                    </ul>
                </aside>
            }
        })
    }
}

/// "Copy link" for the page's address, and what became of it; cleared when the page changes.
#[component]
fn CopyLink(route: Memo<Route>, lang: Memo<Lang>, url: Signal<String>) -> impl IntoView {
    let search = use_search();
    let feedback = RwSignal::new(String::new());
    Effect::new(move |_| {
        route.track();
        search.track();
        feedback.set(String::new());
    });
    let copy = move |_| {
        let text = url.get_untracked();
        leptos::task::spawn_local(async move {
            let said = (i18n::LINK_COPIED, i18n::LINK_COPY_FAILED);
            let l = lang.get_untracked();
            feedback.set(crate::dom::copy_saying(&text, said, l).await.to_string());
        });
    };
    view! {
        <li>
            <button type="button" class="button button--secondary share__copy" on:click=copy>
                {move || i18n::COPY_LINK.get(lang.get())}
            </button>
            " "
            <span class="share__feedback" role="status">
                {move || feedback.get()}
            </span>
        </li>
    }
}

/// Quiet notices under the header: reading a saved copy offline; a new version to reload.
#[component]
fn Notices(lang: Memo<Lang>) -> impl IntoView {
    let status = crate::offline::use_status();
    view! {
        <div class="page-width notices" role="status">
            {move || {
                status
                    .offline
                    .get()
                    .then(|| {
                        view! {
                            <p class="notice notice--offline">{i18n::OFFLINE.get(lang.get())}</p>
                        }
                    })
            }}
            {move || {
                status
                    .update_ready
                    .get()
                    .then(|| {
                        view! {
                            <p class="notice notice--update">
                                {i18n::UPDATE_READY.get(lang.get())}" "
                                <button
                                    type="button"
                                    class="button button--secondary"
                                    on:click=move |_| crate::offline::apply_update(status)
                                >
                                    {i18n::UPDATE_RELOAD.get(lang.get())}
                                </button>
                            </p>
                        }
                    })
            }}
        </div>
    }
}

#[component]
fn Footer(lang: Memo<Lang>, facts: PageData<SiteFacts>) -> impl IntoView {
    let frame = use_frame();
    let t = move |m: Msg| move || m.get(lang.get());
    let facts_view = move || {
        let facts = facts.get().and_then(Result::ok)?;
        let l = lang.get();
        let as_of = facts.freshness.map(|f| {
            let time = |d: collection::IsoDate| {
                view! { <time datetime=d.as_str().to_string()>{d.format(l)}</time> }
            };
            view! {
                <p class="site-footer__as-of">
                    {i18n::NEWEST_EVIDENCE.get(l)}" "{time(f.evidence)}" · "
                    {i18n::LAST_CHECKED.get(l)}" "{time(f.checked)}" · "
                    {i18n::EACH_ACT_DATED.get(l)}
                </p>
            }
        });
        let contact = facts.contact.then(|| {
            view! {
                <p>
                    <a href=frame.href(&Page::Contact.path(l))>{i18n::CONTACT_FOOTER.get(l)}</a>
                </p>
            }
        });
        Some(view! {
            {as_of}
            {contact}
        })
    };
    view! {
        <footer class="site-footer">
            <div class="page-width">
                <p class="site-footer__name">{t(i18n::SITE_NAME)}</p>
                <p>{t(i18n::FOOTER_ATTRIBUTION)}</p>
                <p class="site-footer__disclaimer">{t(i18n::FOOTER_DISCLAIMER)}</p>
                <Suspense>{facts_view}</Suspense>
                <p>
                    <a
                        href=move || frame.href(&format!("/{}/feed.xml", lang.get().code()))
                        type="application/atom+xml"
                    >
                        {t(i18n::FEED_LINK)}
                    </a>
                </p>
            </div>
        </footer>
    }
}
