//! Showing content that is loading, loaded, or failed — with a retry — in one place.

use collection::files::LoadErrorKind;
use collection::i18n;
use collection::{Lang, LoadError};
use leptos::prelude::*;

/// Renders `render(content)` once the resource has loaded, a quiet loading line before, and an
/// [`ErrorPanel`] naming what failed, with a retry, if it failed. The rest of the page and of
/// the app is unaffected either way.
pub fn loaded<T, V>(
    lang: Lang,
    resource: LocalResource<Result<T, LoadError>>,
    render: impl Fn(T) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    move || match resource.get() {
        None => view! { <p class="loading" role="status">{i18n::LOADING.get(lang)}</p> }.into_any(),
        Some(Ok(content)) => render(content).into_any(),
        Some(Err(error)) => view! {
            <ErrorPanel lang=lang error=error on_retry=move || resource.refetch()/>
        }
        .into_any(),
    }
}

/// [`loaded`] for a page whose heading comes with its data (an agency's or an act's name): if
/// the data fails, the page still gets a heading — `heading` — above the error panel.
pub fn loaded_with_heading<T, V>(
    lang: Lang,
    resource: LocalResource<Result<T, LoadError>>,
    heading: i18n::Msg,
    render: impl Fn(T) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let fallback = move || {
        matches!(resource.get(), Some(Err(_)))
            .then(|| view! { <crate::components::PageHeading text=heading.get(lang) lang=lang/> })
    };
    view! { {fallback} {loaded(lang, resource, render)} }
}

#[component]
pub fn ErrorPanel(
    lang: Lang,
    error: LoadError,
    on_retry: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let reason = match &error.kind {
        LoadErrorKind::Network(detail) => format!("{} ({detail})", i18n::ERROR_NETWORK.get(lang)),
        LoadErrorKind::Status(code) => format!("{} {code}", i18n::ERROR_STATUS.get(lang)),
        LoadErrorKind::Invalid { path, reason } => {
            format!(
                "{}; {} {path}: {reason}",
                i18n::ERROR_INVALID.get(lang),
                i18n::ERROR_AT.get(lang)
            )
        }
    };
    view! {
        <div class="error-panel" role="alert">
            <h2 class="error-panel__title">{i18n::ERROR_TITLE.get(lang)}</h2>
            <dl class="error-panel__details">
                <dt>{i18n::ERROR_FILE.get(lang)}</dt>
                <dd><code>{error.file.clone()}</code></dd>
                <dt>{i18n::ERROR_REASON.get(lang)}</dt>
                <dd lang="en">{reason}</dd>
            </dl>
            <p>{i18n::ERROR_REST_WORKS.get(lang)}</p>
            <button type="button" class="button" on:click=move |_| on_retry()>{i18n::RETRY.get(lang)}</button>
        </div>
    }
}
