//! A page whose content only reads ([`Page::is_static`]): the home page, the sections that
//! explain, an agency, an act.
//!
//! The pre-renderer renders it with the page's own components inside `<div class="static-page">`
//! and also writes that content alone, with its title and description, as a fragment file
//! (`collection::route::fragment_file`). The browser bundle carries none of these components —
//! they were over a fifth of it (91 KB of brotli). In the browser this component adopts the
//! pre-rendered content as it is on hydration (the nodes the browser parsed stay), and on
//! client-side navigation fetches the fragment and puts it in place; then it does what
//! [`PageHeading`] does for other pages — title, description, focus on the heading,
//! announcement. (Not through leptos_meta: its tags are matched to the page on hydration, and
//! the pre-rendered tags belong to components the bundle does not have; `dom::set_page_head`
//! writes them instead.)
//!
//! The few things in that content that act go through one click listener on the container:
//! copying a citation (`button[data-copy]`), links within the page (`#fragment`), and SVG
//! links, which the router does not see. There is one browser path, in development too:
//! `cargo xtask serve` pre-renders like the release build.
//!
//! [`PageHeading`]: crate::components::PageHeading

use crate::components::{ErrorPanel, NotFoundPage, PageHeading};
use collection::{i18n, Lang, LoadError, Page};
use leptos::either::EitherOf3;
use leptos::prelude::*;

#[derive(Clone)]
#[cfg_attr(feature = "ssr", allow(dead_code))]
enum Shown {
    Page,
    /// The build has no page for this id.
    NotFound,
    /// Its content could not be fetched.
    Failed(LoadError),
}

/// What the page shows, whichever way its content comes: the same view in the pre-renderer and
/// in the browser, so that hydration finds what was rendered.
fn shown_view(
    lang: Lang,
    page: &Page,
    shown: RwSignal<Shown>,
    content: impl Fn() -> AnyView + Send + Sync + 'static,
    retry: impl Fn() + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let heading = i18n::page_heading(page).get(lang);
    move || match shown.get() {
        Shown::Page => EitherOf3::A(content()),
        Shown::NotFound => EitherOf3::B(view! { <NotFoundPage lang=lang /> }),
        Shown::Failed(error) => {
            let retry = retry.clone();
            EitherOf3::C(view! {
                <PageHeading text=heading lang=lang />
                <ErrorPanel lang=lang error=error on_retry=move || retry() />
            })
        }
    }
}

/// The pre-renderer: the page's own components.
#[cfg(feature = "ssr")]
#[component]
pub fn StaticPage<F, V>(lang: Lang, page: Page, render: F) -> impl IntoView
where
    F: Fn() -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let content = move || view! { <div class="static-page">{render()}</div> }.into_any();
    shown_view(lang, &page, RwSignal::new(Shown::Page), content, || ())
}

/// The browser bundle: the content the build wrote, adopted or fetched.
#[cfg(not(feature = "ssr"))]
#[component]
pub fn StaticPage<F, V>(lang: Lang, page: Page, render: F) -> impl IntoView
where
    F: Fn() -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    browser::static_page(lang, page, render)
}

#[cfg(not(feature = "ssr"))]
mod browser {
    use super::*;
    use crate::api;
    use crate::dom;
    use crate::frame::{use_frame, Frame};
    use leptos::html::Div;
    use leptos_router::hooks::use_navigate;
    use wasm_bindgen::JsCast;

    pub fn static_page<F>(lang: Lang, page: Page, render: F) -> impl IntoView {
        // Never called: the page's components stay out of the bundle.
        let _ = render;
        let frame = use_frame();
        let shown = RwSignal::new(Shown::Page);
        let node = NodeRef::<Div>::new();
        let path = page.path(lang);
        let load = move || {
            let path = path.clone();
            leptos::task::spawn_local(async move {
                frame.set_busy(true);
                // The quiet loading line other pages show, until the content is in.
                if let Some(div) = node.try_get_untracked().flatten() {
                    let loading = i18n::LOADING.get(lang);
                    dom::set_html(
                        &div,
                        &format!("<p class=\"loading\" role=\"status\">{loading}</p>"),
                    );
                }
                let result = api::fragment(&path).await;
                frame.set_busy(false);
                arrive(result, lang, shown, node, frame);
            });
        };
        let hydrating = Owner::current_shared_context().is_some_and(|c| c.during_hydration());
        if !hydrating {
            load();
        }
        let navigate = use_navigate();
        let on_click = move |ev: leptos::ev::MouseEvent| on_click(&ev, lang, frame, &navigate);
        let content = move || {
            let on_click = on_click.clone();
            view! { <div class="static-page" node_ref=node on:click=on_click></div> }.into_any()
        };
        // The page's own head tags are not leptos_meta's here (see `dom::set_page_head`): they
        // go with the page.
        on_cleanup(dom::remove_page_head);
        let retry = move || {
            shown.set(Shown::Page);
            load();
        };
        shown_view(lang, &page, shown, content, retry)
    }

    /// Puts fetched content in place; for a page that was navigated to, moves focus to its
    /// heading and announces it ([`Frame::heading_arrived`], as for every page).
    fn arrive(
        result: Result<Option<api::Fragment>, LoadError>,
        lang: Lang,
        shown: RwSignal<Shown>,
        node: NodeRef<Div>,
        frame: Frame,
    ) {
        let fragment = match result {
            Ok(Some(fragment)) => fragment,
            Ok(None) => return drop(shown.try_set(Shown::NotFound)),
            Err(error) => return drop(shown.try_set(Shown::Failed(error))),
        };
        // Gone when the reader has moved on meanwhile.
        let Some(div) = node.try_get_untracked().flatten() else {
            return;
        };
        dom::set_html(&div, &fragment.content);
        let head = &fragment.head;
        dom::set_page_head(&head.title, &head.description, &head.og_title);
        if let Some(h1) = dom::first_in(&div, "h1") {
            frame.heading_arrived(&h1, lang);
        }
        dom::scroll_to_fragment();
    }

    /// What acts in static content: copy buttons, links within the page, SVG links.
    fn on_click(
        ev: &leptos::ev::MouseEvent,
        lang: Lang,
        frame: Frame,
        navigate: &impl Fn(&str, leptos_router::NavigateOptions),
    ) {
        let plain =
            ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key());
        let Some(target) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        if !plain || ev.default_prevented() {
            return;
        }
        if let Some(button) = dom::closest(&target, "button[data-copy]") {
            copy(&button, lang);
            return;
        }
        let Some(link) = dom::closest(&target, "a[href]") else {
            return;
        };
        let href = link.get_attribute("href").unwrap_or_default();
        let here = dom::pathname();
        if let Some((path, id)) = href.split_once('#') {
            if path == here && !id.is_empty() {
                ev.prevent_default();
                dom::focus_by_id(id);
                return;
            }
        }
        // The router follows HTML links; an SVG link would load the page afresh.
        if link.namespace_uri().as_deref() == Some("http://www.w3.org/2000/svg") {
            if let Some(app_path) = collection::route::strip_base(&frame.base(), &href) {
                ev.prevent_default();
                navigate(app_path, Default::default());
            }
        }
    }

    /// Copies the text of the element `data-copy` names, and says how that went in the status
    /// region beside the button.
    fn copy(button: &web_sys::Element, lang: Lang) {
        let id = button.get_attribute("data-copy").unwrap_or_default();
        let text = dom::text_of(&id);
        let feedback = button.next_element_sibling();
        leptos::task::spawn_local(async move {
            let said = dom::copy_saying(&text, (i18n::COPIED, i18n::COPY_FAILED), lang).await;
            if let Some(f) = feedback {
                f.set_text_content(Some(said));
            }
        });
    }
}
