//! Showing content that is loading, loaded, or failed — with a retry — in one place.

use crate::api::PageData;
use crate::frame::use_frame;
use collection::files::LoadErrorKind;
use collection::i18n;
use collection::{Lang, LoadError};
use leptos::either::Either;
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;

/// Renders `render(content)` once the page's data is in, a quiet loading line before, and an
/// [`ErrorPanel`] naming what failed, with a retry, if it failed. The rest of the page and of
/// the app is unaffected either way. A `Transition`: when the data is loaded again for a new
/// key (a library filter), what is shown stays until the new content is ready.
pub fn loaded<T, V>(
    lang: Lang,
    resource: PageData<T>,
    render: impl Fn(T) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Serialize + DeserializeOwned + Send + Sync + 'static,
    V: IntoView + 'static,
{
    with_fallback_heading(lang, resource, None, render)
}

/// [`loaded`] for a page whose heading comes with its data (an agency's or an act's name): if
/// the data fails, the page still gets a heading — `heading` — above the error panel.
pub fn loaded_with_heading<T, V>(
    lang: Lang,
    resource: PageData<T>,
    heading: i18n::Msg,
    render: impl Fn(T) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Serialize + DeserializeOwned + Send + Sync + 'static,
    V: IntoView + 'static,
{
    with_fallback_heading(lang, resource, Some(heading), render)
}

fn with_fallback_heading<T, V>(
    lang: Lang,
    resource: PageData<T>,
    heading: Option<i18n::Msg>,
    render: impl Fn(T) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Serialize + DeserializeOwned + Send + Sync + 'static,
    V: IntoView + 'static,
{
    // `Either`, not `into_any()`: an erased view costs the wasm every way of rendering its
    // tree (see `components::shell::render`).
    let content = move || {
        resource.get().map(|result| match result {
            Ok(content) => Either::Left(render(content)),
            Err(error) => Either::Right(view! {
                {heading
                    .map(|h| {
                        view! { <crate::components::PageHeading text=h.get(lang) lang=lang /> }
                    })}
                <ErrorPanel lang=lang error=error on_retry=move || resource.refetch() />
            }),
        })
    };
    // While new content loads behind the old, <main> says it is busy.
    let frame = use_frame();
    let pending = StoredValue::new(false);
    let set_pending = SignalSetter::map(move |now: bool| {
        if pending.try_get_value() != Some(now) {
            pending.set_value(now);
            frame.set_busy(now);
        }
    });
    on_cleanup(move || {
        if pending.try_get_value() == Some(true) {
            frame.set_busy(false);
        }
    });
    view! {
        <Transition
            set_pending=set_pending
            fallback=move || {
                view! {
                    <p class="loading" role="status">
                        {i18n::LOADING.get(lang)}
                    </p>
                }
            }
        >
            {content}
        </Transition>
    }
}

#[component]
pub fn ErrorPanel(
    lang: Lang,
    error: LoadError,
    on_retry: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let reason = match &error.kind {
        LoadErrorKind::Network(detail) if detail.is_empty() => {
            i18n::ERROR_NETWORK.get(lang).to_string()
        }
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
                <dd>
                    <code>{error.file.clone()}</code>
                </dd>
                <dt>{i18n::ERROR_REASON.get(lang)}</dt>
                <dd lang="en">{reason}</dd>
            </dl>
            <p>{i18n::ERROR_REST_WORKS.get(lang)}</p>
            <button type="button" class="button" on:click=move |_| on_retry()>
                {i18n::RETRY.get(lang)}
            </button>
        </div>
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::render_html;

    #[test]
    fn the_error_panel_names_the_file_the_place_and_the_reason() {
        let error = LoadError {
            file: "data/acts.json".into(),
            kind: LoadErrorKind::Invalid {
                path: "acts[3].adopted".into(),
                reason: "not a date".into(),
            },
        };
        let html =
            render_html(move || view! { <ErrorPanel lang=Lang::En error=error on_retry=|| () /> });
        assert!(html.contains("role=\"alert\""), "{html}");
        assert!(html.contains("<code>data/acts.json</code>"), "{html}");
        assert!(html.contains("acts[3].adopted: not a date"), "{html}");
        assert!(html.contains(i18n::ERROR_REST_WORKS.en), "{html}");
        assert!(
            html.contains(i18n::RETRY.en) && html.contains("<button"),
            "{html}"
        );
        // The reason stays in English (the validator's words), marked so.
        assert!(html.contains("<dd lang=\"en\">"), "{html}");
        let html = render_html(|| {
            let error = LoadError {
                file: "data/site.json".into(),
                kind: LoadErrorKind::Status(404),
            };
            view! { <ErrorPanel lang=Lang::Uk error=error on_retry=|| () /> }
        });
        assert!(
            html.contains(&format!("{} 404", i18n::ERROR_STATUS.uk)),
            "{html}"
        );
        assert!(html.contains(i18n::ERROR_TITLE.uk), "{html}");
    }
}
