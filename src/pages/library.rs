//! `/{lang}/library`: every act, with facets, sorting and pagination. The whole view state is
//! the URL query (see `collection::library`), so any view can be shared and survives reload;
//! this page renders [`Shown`] for the query and writes the query back on change.
//!
//! The page is pre-rendered without a query (the build cannot know it): it hydrates the full
//! list, and right after, the filters in the address apply — the heading and the rest stay.

use crate::api::{self, PageData};
use crate::chunks::{self, NotLoaded};
use crate::components::{loaded, DisclosureButton, Local, PageHeading};
use crate::frame::{use_frame, use_query};
use collection::i18n::{self, Msg};
use collection::ids;
use collection::library::{self, Facet, FacetCounts, LibraryQuery, Named, Shown, Sort};
use collection::model::{Act, ActsFile, AgenciesFile, ComponentsFile, CooperationFile};
use collection::route::{self, Page, Section};
use collection::{Lang, LoadError};
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use std::sync::Arc;

/// The view for a query: the files fetched and the view computed. Hydration needs none of
/// it (the first view travels in the page), so it is in the `data` chunk, with the parsers of
/// the files, fetched once the reader changes the view (`crate::chunks`).
async fn load(query: LibraryQuery, lang: Lang) -> Result<Shown, LoadError> {
    let pending = compute(query, lang).await;
    pending.map_err(|e| e.error(chunks::DATA))?.await
}

#[allow(improper_ctypes_definitions)]
#[wasm_split(data, wasm_split_path = ::leptos::wasm_split, fallible)]
fn compute(query: LibraryQuery, lang: Lang) -> Result<api::Pending<Shown>, NotLoaded> {
    Ok(api::pending(async move {
        let (files, map) = futures::join!(
            futures::future::try_join(
                api::load::<api::ActsIndex>(),
                api::load_both::<AgenciesFile, CooperationFile>()
            ),
            api::load_or_default::<ComponentsFile>()
        );
        let (acts, (agencies, coop)) = files?;
        Ok(Shown::compute(&acts, (&agencies, &coop, &map), query, lang))
    }))
}

/// A download of the acts a query selects: text, media type and file name.
type Download = (String, &'static str, &'static str);

/// The export's file, made in the `data` chunk too (with the parser of the whole
/// `acts.json` it reads): only a reader who asks needs them.
#[allow(improper_ctypes_definitions)]
#[wasm_split(data, wasm_split_path = ::leptos::wasm_split, fallible)]
fn export_file(
    query: LibraryQuery,
    lang: Lang,
    json: bool,
) -> Result<api::Pending<Download>, NotLoaded> {
    Ok(api::pending(async move {
        let acts = api::load::<ActsFile>().await?;
        let list = library::filtered(&acts, &query, lang);
        Ok(if json {
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
        })
    }))
}

#[component]
pub fn LibraryPage(lang: Lang) -> impl IntoView {
    let params = use_query();
    let query = Memo::new(move |_| {
        let params = params.get();
        LibraryQuery::from_pairs((&params).into_iter().map(|(k, v)| (k.as_ref(), v)))
    });
    let data: PageData<Shown> = api::page_data(move || query.get(), move |q| load(q, lang));
    let heading = i18n::section_title(Section::Library).get(lang);
    // The page number goes in the title: "Бібліотека … — сторінка 2 з 8 — …". The list sets
    // it once shown (pre-rendered pages are page 1).
    let position = RwSignal::new((1usize, 1usize));
    // A memo: the title is written again only when its text changes, not when the list
    // reports the page it shows (which, right after hydration, is the one already in it).
    let title = Memo::new(move |_| match position.get() {
        (page, pages) if page > 1 && pages > 1 => {
            format!("{heading} — {}", i18n::page_of(lang, page, pages))
        }
        _ => heading.to_string(),
    });
    // The filter that had focus gets it back when the view is rendered for its new value.
    let refocus = StoredValue::new(None::<String>);
    provide_context(Refocus(refocus));
    view! {
        <PageHeading text=heading lang=lang title=title description=i18n::LIBRARY_LEAD.get(lang) />
        <p class="lead">{i18n::LIBRARY_LEAD.get(lang)}</p>
        <div class="library">
            <FiltersForm lang=lang query=query data=data />
            <section class="results" aria-labelledby="results-heading">
                <h2 id="results-heading" class="visually-hidden">
                    {i18n::RESULTS.get(lang)}
                </h2>
                {loaded(
                    lang,
                    data,
                    move |shown| {
                        let at = (shown.view.page, shown.view.pages);
                        Effect::new(move |_| position.set(at));
                        view! { <Results lang=lang shown=Arc::new(shown) /> }
                    },
                )}
            </section>
        </div>
    }
}

/// The filters: their heading, the narrow screens' "Filters" disclosure saying how many are
/// set, "Clear filters", and the selects. The form, heading and disclosure stay in place while
/// the view changes (the disclosure's state lives in the page, see `boot.js`); the selects
/// follow the data.
#[component]
fn FiltersForm(lang: Lang, query: Memo<LibraryQuery>, data: PageData<Shown>) -> impl IntoView {
    let path = Page::Section(Section::Library).path(lang);
    let frame = use_frame();
    let active = move || query.with(LibraryQuery::active_filters);
    let clear = move || {
        query.with(|q| {
            q.is_filtered().then(|| {
                let href = frame.href(&q.cleared().href(&path));
                view! {
                    <a class="reset" href=href>
                        {i18n::RESET_FILTERS.get(lang)}
                    </a>
                }
            })
        })
    };
    view! {
        <form class="filters" aria-labelledby="filters-heading" on:submit=|ev| ev.prevent_default()>
            <h2 id="filters-heading" class="filters__heading">
                {i18n::FILTERS.get(lang)}
            </h2>
            <DisclosureButton controls=ids::FILTERS_BODY class="button--secondary filters__toggle">
                {move || i18n::filters_toggle(lang, active())}
            </DisclosureButton>
            {clear}
            <div id=ids::FILTERS_BODY class="filters__body">
                <Transition>
                    {move || {
                        data.get()
                            .and_then(Result::ok)
                            .map(|shown| view! { <Filters lang=lang shown=Arc::new(shown) /> })
                    }}
                </Transition>
            </div>
        </form>
    }
}

/// The id of the filter a reader just changed, to focus again once the view is rendered anew.
#[derive(Clone, Copy)]
struct Refocus(StoredValue<Option<String>>);

/// Goes to the library view for a query, keeping the scroll position and, when a filter
/// changed it, that filter's focus.
fn use_go(lang: Lang) -> impl Fn(LibraryQuery) + Clone + Send + Sync + 'static {
    let navigate = use_navigate();
    let refocus = use_context::<Refocus>();
    move |q: LibraryQuery| {
        if let Some(Refocus(r)) = refocus {
            r.set_value(crate::dom::focused_id());
        }
        navigate(
            &q.href(&Page::Section(Section::Library).path(lang)),
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
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
        .map(|(v, n)| (route::slug_of(v), label(v).get(lang).to_string(), *n))
        .collect()
}

/// Options for a facet over ids: (id, name, count), in the order of `named`.
fn named_options(
    named: &[Named],
    counts: &FacetCounts<String>,
    lang: Lang,
) -> Vec<(String, String, usize)> {
    named
        .iter()
        .map(|n| {
            let name = match &n.abbreviation {
                Some(abbr) => format!("{} — {}", abbr.get(lang), n.name.get(lang)),
                None => n.name.get(lang).to_string(),
            };
            (n.id.clone(), name, counts.count(&n.id))
        })
        .collect()
}

/// A listed facet's values with their counts, as its select offers them.
fn facet_options(facet: Facet, shown: &Shown, lang: Lang) -> Vec<(String, String, usize)> {
    let f = &shown.view.facets;
    match facet {
        Facet::Jurisdiction => enum_options(&f.jurisdiction, |j| j.label(), lang),
        Facet::Kind => enum_options(&f.kind, |t| t.label(), lang),
        Facet::Issuer => named_options(&shown.issuers, &f.issuer, lang),
        Facet::Status => enum_options(&f.status, |s| s.label(), lang),
        Facet::Agency => named_options(&shown.agencies, &f.agency, lang),
        Facet::Level => named_options(&shown.levels, &f.level, lang),
        Facet::Component => named_options(&shown.components, &f.component, lang),
        Facet::Evidence => f
            .evidence
            .values
            .iter()
            .map(|(y, n)| (y.to_string(), y.to_string(), *n))
            .collect(),
        Facet::Years => Vec::new(),
    }
}

fn facet_label(facet: Facet) -> Msg {
    match facet {
        Facet::Jurisdiction => i18n::FILTER_JURISDICTION,
        Facet::Kind => i18n::FILTER_TYPE,
        Facet::Issuer => i18n::FILTER_ISSUER,
        Facet::Status => i18n::FILTER_STATUS,
        Facet::Agency => i18n::FILTER_AGENCY,
        Facet::Level => i18n::FILTER_LEVEL,
        Facet::Component => i18n::FILTER_COMPONENT,
        Facet::Evidence => i18n::FILTER_EVIDENCE,
        Facet::Years => i18n::FILTER_YEARS,
    }
}

#[component]
fn Filters(lang: Lang, shown: Arc<Shown>) -> impl IntoView {
    let q = shown.query.clone();
    let f = &shown.view.facets;
    if let Some(Refocus(r)) = use_context::<Refocus>() {
        Effect::new(move |_| {
            if let Some(id) = r.try_update_value(Option::take).flatten() {
                crate::dom::refocus(&id);
            }
        });
    }
    view! {
        {Facet::LISTED
            .into_iter()
            .map(|facet| {
                let options = facet_options(facet, &shown, lang);
                view! { <FacetSelect lang=lang facet=facet query=q.clone() options=options /> }
            })
            .collect_view()}
        <YearRange lang=lang query=q years=f.years.unwrap_or((1991, 2025)) />
    }
}

/// From and to: two selects over the years the acts span; each writes its end of the range.
#[component]
fn YearRange(lang: Lang, query: LibraryQuery, years: (u16, u16)) -> impl IntoView {
    let (lo, hi) = years;
    let options: Vec<(String, String)> =
        (lo..=hi).map(|y| (y.to_string(), y.to_string())).collect();
    let (from, to) = (
        query.from.map(|y| y.to_string()),
        query.to.map(|y| y.to_string()),
    );
    let go = use_go(lang);
    let choose = move |is_from: bool| {
        let (q, go) = (query.clone(), go.clone());
        move |v: Option<String>| {
            let v: Option<u16> = v.and_then(|v| v.parse().ok());
            let mut q = q.clone();
            let (from, to) = if is_from { (v, q.to) } else { (q.from, v) };
            q.set_years(from, to);
            q.page = 1;
            go(q);
        }
    };
    let any = i18n::ANY_YEAR.get(lang);
    view! {
        <fieldset class="field field--years">
            <legend>{i18n::FILTER_YEARS.get(lang)}</legend>
            <div class="years">
                <Choice
                    id="from"
                    label=i18n::FILTER_FROM.get(lang)
                    any=any
                    options=options.clone()
                    current=from
                    choose=choose(true)
                />
                <Choice
                    id="to"
                    label=i18n::FILTER_TO.get(lang)
                    any=any
                    options=options
                    current=to
                    choose=choose(false)
                />
            </div>
        </fieldset>
    }
}

/// One filter: choosing a value writes its key and goes back to page 1.
#[component]
fn FacetSelect(
    lang: Lang,
    facet: Facet,
    query: LibraryQuery,
    /// (query value, label, count)
    options: Vec<(String, String, usize)>,
) -> impl IntoView {
    let current = query.value(facet);
    let options = options
        .into_iter()
        .map(|(v, text, n)| (v, format!("{text} ({n})")))
        .collect();
    let go = use_go(lang);
    let choose = move |v: Option<String>| {
        let mut q = query.clone();
        q.set_value(facet, v.as_deref());
        q.page = 1;
        go(q);
    };
    view! {
        <div class="field">
            <Choice
                id=facet.key()
                label=facet_label(facet).get(lang)
                any=i18n::ALL_VALUES.get(lang)
                options=options
                current=current
                choose=choose
            />
        </div>
    }
}

/// A label and its select: first the empty value, which stands for any (`any`), then
/// `options` as (value, text). Choosing calls `choose` with the value, `None` for any.
#[component]
fn Choice(
    id: &'static str,
    label: &'static str,
    any: &'static str,
    options: Vec<(String, String)>,
    current: Option<String>,
    choose: impl Fn(Option<String>) + Send + Sync + 'static,
) -> impl IntoView {
    let opts = options
        .into_iter()
        .map(|(value, text)| {
            let selected = current.as_deref() == Some(value.as_str());
            view! {
                <option value=value selected=selected>
                    {text}
                </option>
            }
        })
        .collect_view();
    let on_change = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        choose((!v.is_empty()).then_some(v));
    };
    view! {
        <label for=id>{label}</label>
        <select id=id name=id on:change=on_change>
            <option value="" selected=current.is_none()>
                {any}
            </option>
            {opts}
        </select>
    }
}

#[component]
fn Results(lang: Lang, shown: Arc<Shown>) -> impl IntoView {
    let q = shown.query.clone();
    let v = &shown.view;
    let count = i18n::results_found(lang, v.total as u64);
    let items = v
        .items
        .iter()
        .map(|a| {
            let issuer = shown.issuer(&a.issuer).map(|t| t.get(lang).to_string());
            view! { <ActCard act=a.clone() issuer=issuer.unwrap_or_default() lang=lang /> }
        })
        .collect_view();
    let empty = v.total == 0;
    let go = use_go(lang);
    let on_sort = {
        let q = q.clone();
        move |ev: leptos::ev::Event| {
            let mut q = q.clone();
            q.sort = Sort::from_slug(&event_target_value(&ev));
            q.page = 1;
            go(q);
        }
    };
    view! {
        <div class="results__bar">
            <p class="results__count" id="results-count" role="status">
                {count}
            </p>
            <div class="field field--inline">
                <label for="sort">{i18n::SORT.get(lang)}</label>
                <select id="sort" name="sort" on:change=on_sort>
                    {Sort::ALL
                        .into_iter()
                        .map(|s| {
                            view! {
                                <option value=s.slug() selected=q.sort == s>
                                    {sort_label(s).get(lang)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
        </div>
        {empty.then(|| view! { <p class="no-results">{i18n::NO_RESULTS.get(lang)}</p> })}
        <ol class="act-results">{items}</ol>
        <PrintTable lang=lang shown=shown.clone() />
        <Pagination lang=lang query=q.clone() page=v.page pages=v.pages />
        {(!empty).then(|| view! { <Export lang=lang query=q /> })}
    }
}

fn sort_label(s: Sort) -> Msg {
    match s {
        Sort::Date => i18n::SORT_DATE,
        Sort::Title => i18n::SORT_TITLE,
        Sort::Added => i18n::SORT_ADDED,
        Sort::Checked => i18n::SORT_CHECKED,
        Sort::Evidence => i18n::SORT_EVIDENCE,
    }
}

/// The current view as a table, for print only (the cards, filters and links are hidden there).
#[component]
fn PrintTable(lang: Lang, shown: Arc<Shown>) -> impl IntoView {
    let rows = shown
        .view
        .items
        .iter()
        .map(|a| {
            view! {
                <tr>
                    <td>{a.number_in(lang).unwrap_or_default()}</td>
                    <td>{a.adopted.format(lang)}</td>
                    <td>{a.display_title().get(lang).to_string()}</td>
                    <td>{a.status.label().get(lang)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="print-only print-table">
            <caption>{i18n::results_found(lang, shown.view.total as u64)}</caption>
            <thead>
                <tr>
                    <th scope="col">{i18n::ACT_NUMBER.get(lang)}</th>
                    <th scope="col">{i18n::ACT_ADOPTED.get(lang)}</th>
                    <th scope="col">{i18n::ACT_TITLE.get(lang)}</th>
                    <th scope="col">{i18n::ACT_STATUS.get(lang)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// Previous, the page numbers and next; nothing when there is one page.
#[component]
fn Pagination(lang: Lang, query: LibraryQuery, page: usize, pages: usize) -> impl IntoView {
    let frame = use_frame();
    (pages > 1).then(|| {
        let path = Page::Section(Section::Library).path(lang);
        let link = move |p: usize| {
            let mut q = query.clone();
            q.page = p;
            frame.href(&q.href(&path))
        };
        let numbers = (1..=pages)
            .map(|p| {
                let current = p == page;
                view! {
                    <li>
                        <a
                            href=link(p)
                            aria-current=current.then_some("page")
                            aria-label=format!("{} {p}", i18n::PAGE.get(lang))
                        >
                            {p.to_string()}
                        </a>
                    </li>
                }
            })
            .collect_view();
        let prev = (page > 1).then(|| {
            view! {
                <a class="pagination__prev" rel="prev" href=link(page - 1)>
                    {i18n::PREVIOUS.get(lang)}
                </a>
            }
        });
        let next = (page < pages).then(|| {
            view! {
                <a class="pagination__next" rel="next" href=link(page + 1)>
                    {i18n::NEXT.get(lang)}
                </a>
            }
        });
        view! {
            <nav class="pagination" aria-label=i18n::PAGINATION.get(lang)>
                {prev}
                <ul>{numbers}</ul>
                {next}
            </nav>
        }
    })
}

/// Downloads of the current view (all pages, after filters) with everything about each act,
/// summaries included: the whole `acts.json` is fetched only when a reader asks for a file.
#[component]
fn Export(lang: Lang, query: LibraryQuery) -> impl IntoView {
    let problem = RwSignal::new(String::new());
    let make = move |json: bool| {
        let q = query.clone();
        problem.set(String::new());
        leptos::task::spawn_local(async move {
            let file = match export_file(q, lang, json).await {
                Ok(pending) => pending.await,
                Err(e) => Err(e.error(chunks::DATA)),
            };
            match file {
                Ok((text, mime, name)) => {
                    if !crate::dom::download(&text, mime, name) {
                        problem.set(i18n::EXPORT_FAILED.get(lang).to_string());
                    }
                }
                Err(e) => problem.set(format!("{} ({e})", i18n::EXPORT_FAILED.get(lang))),
            }
        });
    };
    let make_csv = make.clone();
    view! {
        <p class="export">
            {i18n::EXPORT.get(lang)}" "
            <button type="button" class="link-button export__csv" on:click=move |_| make_csv(false)>
                {i18n::EXPORT_CSV.get(lang)}
            </button> " · "
            <button type="button" class="link-button export__json" on:click=move |_| make(true)>
                {i18n::EXPORT_JSON.get(lang)}
            </button> " " <span class="export__problem" role="status">
                {move || problem.get()}
            </span>
        </p>
    }
}

/// One act in a result list: title, citation details and status.
#[component]
pub fn ActCard(act: Act, issuer: String, lang: Lang) -> impl IntoView {
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
    let status_class = format!("status status--{}", route::slug_of(&act.status));
    view! {
        <li class="act-card">
            <h3 class="act-card__title">
                <Local path=Page::Act(act.id.clone()).path(lang)>{title}</Local>
            </h3>
            {full.map(|f| view! { <p class="act-card__full">{f}</p> })}
            <p class="act-card__meta">{meta.join(" · ")}</p>
            <p class="act-card__tags">
                <span class=status_class>{act.status.label().get(lang)}</span>
                " "
                <span class="tag">{act.jurisdiction.label().get(lang)}</span>
            </p>
        </li>
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::{fixture_acts, render_html};

    #[test]
    fn an_act_card_gives_the_title_the_details_and_the_status() {
        let acts = fixture_acts();
        let act = acts.acts[0].clone();
        let shown = act.clone();
        let html = render_html(move || {
            view! {
                <ActCard
                    act=shown
                    issuer="Верховна Рада України".to_string()
                    lang=Lang::Uk
                />
            }
        });
        let link = format!("href=\"/sub/uk/library/{}\"", act.id);
        assert!(html.contains(&link), "{html}");
        assert!(html.contains(act.display_title().uk.as_str()), "{html}");
        let mut meta = vec![act.kind.label().uk.to_string()];
        meta.extend(act.number_label(Lang::Uk));
        meta.push(act.adopted.format(Lang::Uk));
        meta.push("Верховна Рада України".into());
        assert!(html.contains(&meta.join(" · ")), "{html}");
        let status = format!("status status--{}", route::slug_of(&act.status));
        assert!(
            html.contains(&status) && html.contains(act.status.label().uk),
            "{html}"
        );
    }

    #[test]
    fn pagination_links_each_page_marks_the_current_one_and_keeps_the_filters() {
        let query = LibraryQuery::from_pairs([("type", "law")]);
        let one = query.clone();
        let html =
            render_html(move || view! { <Pagination lang=Lang::En query=one page=1 pages=1 /> });
        assert!(
            !html.contains("<nav"),
            "one page needs no pagination: {html}"
        );
        let href = |page: usize| {
            let mut q = query.clone();
            q.page = page;
            format!("/sub{}", q.href("/en/library")).replace('&', "&amp;")
        };
        let (prev, next) = (href(1), href(3));
        assert!(
            prev.ends_with("?type=law") && next.contains("page=3"),
            "{next}"
        );
        let html =
            render_html(move || view! { <Pagination lang=Lang::En query=query page=2 pages=3 /> });
        assert_eq!(html.matches("aria-current=\"page\"").count(), 1, "{html}");
        let current = format!("aria-current=\"page\" aria-label=\"{} 2\"", i18n::PAGE.en);
        assert!(html.contains(&current), "{html}");
        assert!(
            html.contains(&format!("aria-label=\"{}\"", i18n::PAGINATION.en)),
            "{html}"
        );
        assert!(
            html.contains(&format!("rel=\"prev\" href=\"{prev}\"")),
            "{html}"
        );
        assert!(
            html.contains(&format!("rel=\"next\" href=\"{next}\"")),
            "{html}"
        );
        assert_eq!(html.matches("<li>").count(), 3, "{html}");
    }
}
