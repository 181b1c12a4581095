//! `/{lang}/library`: every act, with facets, sorting and pagination. The whole view state is
//! the URL query (see `collection::library`), so any view can be shared and survives reload;
//! this page only renders `library::view` and writes the query back on change.

use crate::api;
use crate::components::{loaded, Local, PageHeading};
use crate::frame::use_frame;
use collection::i18n::{self, Msg};
use collection::library::{self, FacetCounts, LibraryQuery, Sort};
use collection::model::{Act, ActsFile, AgenciesFile, CooperationFile};
use collection::route::{Page, Section};
use collection::Lang;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use std::sync::Arc;

#[component]
pub fn LibraryPage(lang: Lang) -> impl IntoView {
    let data = LocalResource::new(api::load3::<api::ActsIndex, AgenciesFile, CooperationFile>);
    let location = use_location();
    let query = Memo::new(move |_| {
        let params = location.query.get();
        LibraryQuery::from_pairs((&params).into_iter().map(|(k, v)| (k.as_ref(), v)))
    });
    let heading = i18n::section_title(Section::Library).get(lang);
    // The page number goes in the title: "Бібліотека … — сторінка 2 з 8 — …". The number of
    // pages comes from the view the list computes (it is 1 until the data is in).
    let pages = RwSignal::new(1usize);
    let title = Signal::derive(move || {
        let (page, pages) = (query.get().page, pages.get());
        if page > 1 && pages > 1 {
            format!(
                "{heading} — {}",
                i18n::page_of(lang, page.min(pages), pages)
            )
        } else {
            heading.to_string()
        }
    });
    view! {
        <PageHeading text=heading lang=lang title=title description=i18n::LIBRARY_LEAD.get(lang)/>
        <p class="lead">{i18n::LIBRARY_LEAD.get(lang)}</p>
        {loaded(lang, data, move |(acts, agencies, coop)| {
            view! { <Library lang=lang query=query pages=pages acts=acts agencies=agencies coop=coop/> }
        })}
    }
}

/// Options for a facet over an enum: (query value, label, count).
fn enum_options<T: serde::Serialize>(
    c: &FacetCounts<T>,
    label: impl Fn(&T) -> Msg,
    lang: Lang,
) -> Vec<(String, String, usize)> {
    c.values
        .iter()
        .map(|(v, n)| (library::slug_of(v), label(v).get(lang).to_string(), *n))
        .collect()
}

#[component]
fn Library(
    lang: Lang,
    query: Memo<LibraryQuery>,
    /// Set to the number of result pages, for the document title.
    pages: RwSignal<usize>,
    acts: Arc<ActsFile>,
    agencies: Arc<AgenciesFile>,
    coop: Arc<CooperationFile>,
) -> impl IntoView {
    let frame = use_frame();
    let navigate = use_navigate();
    let base_path = Page::Section(Section::Library).path(lang);
    let href_for = {
        let base_path = base_path.clone();
        move |q: &LibraryQuery| {
            let qs = q.to_query_string();
            let path = if qs.is_empty() {
                base_path.clone()
            } else {
                format!("{base_path}?{qs}")
            };
            frame.href(&path)
        }
    };
    let go = {
        let base_path = base_path.clone();
        move |q: LibraryQuery| {
            let qs = q.to_query_string();
            let path = if qs.is_empty() {
                base_path.clone()
            } else {
                format!("{base_path}?{qs}")
            };
            navigate(
                &path,
                NavigateOptions {
                    scroll: false,
                    ..Default::default()
                },
            );
        }
    };
    let normalized = {
        let acts = acts.clone();
        Memo::new(move |_| query.get().normalized(&acts))
    };
    // One computation of the view per query change, shared by the filters and the results.
    let current = {
        let acts = acts.clone();
        Memo::new(move |_| library::view(&acts, &normalized.get(), lang).to_owned_view())
    };
    Effect::new(move |_| pages.set(current.with(|v| v.pages)));

    // Filters: each select writes its key and goes back to page 1.
    let facet_select = {
        let go = go.clone();
        move |id: &'static str,
              label: Msg,
              options: Vec<(String, String, usize)>,
              current: Option<String>,
              set: fn(&mut LibraryQuery, Option<String>)| {
            let go = go.clone();
            let total: usize = options.iter().map(|(_, _, n)| n).sum();
            let opts = options
                .into_iter()
                .map(|(value, text, n)| {
                    let selected = current.as_deref() == Some(value.as_str());
                    view! { <option value=value selected=selected>{format!("{text} ({n})")}</option> }
                })
                .collect_view();
            let on_change = move |ev: leptos::ev::Event| {
                let v = event_target_value(&ev);
                let mut q = normalized.get_untracked();
                set(&mut q, (!v.is_empty()).then_some(v));
                q.page = 1;
                go(q);
            };
            let _ = total;
            view! {
                <div class="field">
                    <label for=id>{label.get(lang)}</label>
                    <select id=id name=id on:change=on_change>
                        <option value="" selected=current.is_none()>{i18n::ALL_VALUES.get(lang)}</option>
                        {opts}
                    </select>
                </div>
            }
        }
    };

    let filters = {
        let acts = acts.clone();
        let agencies = agencies.clone();
        let coop = coop.clone();
        let facet_select = facet_select.clone();
        let go = go.clone();
        move || {
            let q = normalized.get();
            let f = current.get().facets;
            let jurisdiction = enum_options(&f.jurisdiction, |j| j.label(), lang);
            let kind = enum_options(&f.kind, |t| t.label(), lang);
            let status = enum_options(&f.status, |s| s.label(), lang);
            let issuer: Vec<_> = acts
                .issuers
                .iter()
                .filter(|i| f.issuer.values.iter().any(|(id, _)| id == &i.id))
                .map(|i| {
                    (
                        i.id.clone(),
                        i.name.get(lang).to_string(),
                        f.issuer.count(&i.id),
                    )
                })
                .collect();
            let agency: Vec<_> = agencies
                .agencies
                .iter()
                .filter(|a| f.agency.values.iter().any(|(id, _)| id == &a.id))
                .map(|a| {
                    (
                        a.id.clone(),
                        format!("{} — {}", a.abbreviation.get(lang), a.name.get(lang)),
                        f.agency.count(&a.id),
                    )
                })
                .collect();
            let level: Vec<_> = coop
                .levels()
                .filter(|l| f.level.values.iter().any(|(id, _)| id == &l.id))
                .map(|l| {
                    (
                        l.id.clone(),
                        l.name.get(lang).to_string(),
                        f.level.count(&l.id),
                    )
                })
                .collect();
            let slug = |v: Option<String>| v;
            let (lo, hi) = f.years.unwrap_or((1991, 2025));
            let year_opts = move |current: Option<u16>| {
                (lo..=hi)
                    .map(|y| view! { <option value=y.to_string() selected=current == Some(y)>{y.to_string()}</option> })
                    .collect_view()
            };
            let go_from = go.clone();
            let go_to = go.clone();
            let on_year = move |ev: leptos::ev::Event, is_from: bool, go: &dyn Fn(LibraryQuery)| {
                let v: Option<u16> = event_target_value(&ev).parse().ok();
                let mut q = normalized.get_untracked();
                let (from, to) = if is_from { (v, q.to) } else { (q.from, v) };
                q.set_years(from, to);
                q.page = 1;
                go(q);
            };
            view! {
                {facet_select("jurisdiction", i18n::FILTER_JURISDICTION, jurisdiction, q.jurisdiction.map(|j| library::slug_of(&j)), |q, v| q.jurisdiction = v.and_then(|v| library::from_slug(&v)))}
                {facet_select("type", i18n::FILTER_TYPE, kind, q.kind.map(|k| library::slug_of(&k)), |q, v| q.kind = v.and_then(|v| library::from_slug(&v)))}
                {facet_select("issuer", i18n::FILTER_ISSUER, issuer, slug(q.issuer.clone()), |q, v| q.issuer = v)}
                {facet_select("status", i18n::FILTER_STATUS, status, q.status.map(|s| library::slug_of(&s)), |q, v| q.status = v.and_then(|v| library::from_slug(&v)))}
                {facet_select("agency", i18n::FILTER_AGENCY, agency, slug(q.agency.clone()), |q, v| q.agency = v)}
                {facet_select("level", i18n::FILTER_LEVEL, level, slug(q.level.clone()), |q, v| q.level = v)}
                <fieldset class="field field--years">
                    <legend>{i18n::FILTER_YEARS.get(lang)}</legend>
                    <div class="years">
                    <label for="from">{i18n::FILTER_FROM.get(lang)}</label>
                    <select id="from" name="from" on:change=move |ev| on_year(ev, true, &go_from)>
                        <option value="" selected=q.from.is_none()>{i18n::ANY_YEAR.get(lang)}</option>
                        {year_opts(q.from)}
                    </select>
                    <label for="to">{i18n::FILTER_TO.get(lang)}</label>
                    <select id="to" name="to" on:change=move |ev| on_year(ev, false, &go_to)>
                        <option value="" selected=q.to.is_none()>{i18n::ANY_YEAR.get(lang)}</option>
                        {year_opts(q.to)}
                    </select>
                    </div>
                </fieldset>
            }
        }
    };

    let results = {
        let acts = acts.clone();
        let href_for = href_for.clone();
        let go = go.clone();
        move || {
            let q = normalized.get();
            let v = current.get();
            let count = i18n::results_found(lang, v.total as u64);
            let items = v
                .items
                .iter()
                .map(|a| view! { <ActCard act=a.clone() acts=acts.clone() lang=lang/> })
                .collect_view();
            let empty = v.total == 0;
            let reset = q.is_filtered().then(|| {
                view! { <a class="reset" href=href_for(&q.cleared())>{i18n::RESET_FILTERS.get(lang)}</a> }
            });
            let go = go.clone();
            let on_sort = move |ev: leptos::ev::Event| {
                let mut q = normalized.get_untracked();
                q.sort = if event_target_value(&ev) == "title" {
                    Sort::Title
                } else {
                    Sort::Date
                };
                q.page = 1;
                go(q);
            };
            let pagination = (v.pages > 1).then(|| {
                let link = |p: usize| {
                    let mut q2 = q.clone();
                    q2.page = p;
                    href_for(&q2)
                };
                let pages = (1..=v.pages)
                    .map(|p| {
                        let current = p == v.page;
                        view! {
                            <li>
                                <a href=link(p) aria-current=current.then_some("page")
                                    aria-label=format!("{} {p}", i18n::PAGE.get(lang))>{p.to_string()}</a>
                            </li>
                        }
                    })
                    .collect_view();
                let prev = (v.page > 1).then(|| view! { <a class="pagination__prev" rel="prev" href=link(v.page - 1)>{i18n::PREVIOUS.get(lang)}</a> });
                let next = (v.page < v.pages).then(|| view! { <a class="pagination__next" rel="next" href=link(v.page + 1)>{i18n::NEXT.get(lang)}</a> });
                view! {
                    <nav class="pagination" aria-label=i18n::PAGINATION.get(lang)>
                        {prev}
                        <ul>{pages}</ul>
                        {next}
                    </nav>
                }
            });
            view! {
                <div class="results__bar">
                    <p class="results__count" id="results-count" role="status">{count}</p>
                    <div class="field field--inline">
                        <label for="sort">{i18n::SORT.get(lang)}</label>
                        <select id="sort" name="sort" on:change=on_sort>
                            <option value="date" selected=q.sort == Sort::Date>{i18n::SORT_DATE.get(lang)}</option>
                            <option value="title" selected=q.sort == Sort::Title>{i18n::SORT_TITLE.get(lang)}</option>
                        </select>
                    </div>
                </div>
                {reset}
                {(!empty).then(|| view! { <Export lang=lang query=normalized/> })}
                {empty.then(|| view! { <p class="no-results">{i18n::NO_RESULTS.get(lang)}</p> })}
                <ol class="act-results">{items}</ol>
                {pagination}
            }
        }
    };

    view! {
        <div class="library">
            <form class="filters" aria-labelledby="filters-heading" on:submit=|ev| ev.prevent_default()>
                <h2 id="filters-heading">{i18n::FILTERS.get(lang)}</h2>
                {filters}
            </form>
            <section class="results" aria-labelledby="results-heading">
                <h2 id="results-heading" class="visually-hidden">{i18n::RESULTS.get(lang)}</h2>
                {results}
            </section>
        </div>
    }
}

/// Downloads of the current view (all pages, after filters) with everything about each act,
/// summaries included: the whole `acts.json` is fetched only when a reader asks for a file.
#[component]
fn Export(lang: Lang, query: Memo<LibraryQuery>) -> impl IntoView {
    let problem = RwSignal::new(String::new());
    let make = move |json: bool| {
        let q = query.get_untracked();
        problem.set(String::new());
        leptos::task::spawn_local(async move {
            match api::load::<ActsFile>().await {
                Ok(acts) => {
                    let list = library::filtered(&acts, &q, lang);
                    let (text, mime, name) = if json {
                        (
                            collection::export::json(&list),
                            "application/json",
                            "ibm-acts.json",
                        )
                    } else {
                        (
                            collection::export::csv(&list, &acts),
                            "text/csv;charset=utf-8",
                            "ibm-acts.csv",
                        )
                    };
                    if !crate::dom::download(&text, mime, name) {
                        problem.set(i18n::EXPORT_FAILED.get(lang).to_string());
                    }
                }
                Err(e) => problem.set(format!("{} ({e})", i18n::EXPORT_FAILED.get(lang))),
            }
        });
    };
    view! {
        <p class="export">
            {i18n::EXPORT.get(lang)}" "
            <button type="button" class="link-button export__csv" on:click=move |_| make(false)>{i18n::EXPORT_CSV.get(lang)}</button>
            " · "
            <button type="button" class="link-button export__json" on:click=move |_| make(true)>{i18n::EXPORT_JSON.get(lang)}</button>
            " "
            <span class="export__problem" role="status">{move || problem.get()}</span>
        </p>
    }
}

/// One act in a result list: title, citation details and status.
#[component]
pub fn ActCard(act: Act, acts: Arc<ActsFile>, lang: Lang) -> impl IntoView {
    let issuer = acts
        .issuer(&act.issuer)
        .map(|i| i.name.get(lang).to_string())
        .unwrap_or_default();
    let mut meta = vec![act.kind.label().get(lang).to_string()];
    if let Some(n) = act.number_label(lang) {
        meta.push(n);
    }
    meta.push(act.adopted.format(lang));
    meta.push(issuer);
    let title = act.display_title().get(lang).to_string();
    let full = act
        .short_title
        .as_ref()
        .map(|_| act.title.get(lang).to_string());
    let status_class = format!("status status--{}", library::slug_of(&act.status));
    view! {
        <li class="act-card">
            <h3 class="act-card__title"><Local path=Page::Act(act.id.clone()).path(lang)>{title}</Local></h3>
            {full.map(|f| view! { <p class="act-card__full">{f}</p> })}
            <p class="act-card__meta">{meta.join(" · ")}</p>
            <p class="act-card__tags">
                <span class=status_class>{act.status.label().get(lang)}</span>" "
                <span class="tag">{act.jurisdiction.label().get(lang)}</span>
            </p>
        </li>
    }
}
