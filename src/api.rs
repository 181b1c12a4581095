//! The only code that reads content. Pages ask for typed content and get a `Result`; they never
//! see HTTP, files or JSON.
//!
//! In the browser, each data file is fetched at most once per visit: the first request stores a
//! shared future, and every page that needs the file awaits the same one. A failed load is
//! forgotten so that "Try again" fetches afresh. When the pre-renderer renders the pages at
//! build time (feature `ssr`), the same calls read the build's `data/` folder from disk.
//!
//! What a page shows is a [`PageData`]: a Leptos resource whose value is serialised into the
//! pre-rendered page, so that hydrating the page fetches nothing it already holds.

use collection::files::{split, LoadErrorKind};
use collection::model::{Act, ActsFile};
use collection::{DataFile, LoadError};
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::future::Future;
use std::sync::Arc;

/// Something pages can load: a data file, or a file derived from one at build time.
pub trait Source {
    type Content: DeserializeOwned + Send + Sync + 'static;
    /// Path relative to the site root.
    fn path() -> String;
}

impl<T: DataFile + Send + Sync> Source for T {
    type Content = T;
    fn path() -> String {
        T::path()
    }
}

/// The acts without their summaries (`data/acts-index.json`): what every list of acts needs,
/// at a fraction of `acts.json`. Search and export load the whole [`ActsFile`].
pub struct ActsIndex;

impl Source for ActsIndex {
    type Content = ActsFile;
    fn path() -> String {
        split::index_path()
    }
}

/// What a page shows, loaded once: built at build time and carried in the pre-rendered page,
/// read from there when the browser hydrates it, fetched on client-side navigation.
pub type PageData<T> = Resource<Result<T, LoadError>>;

/// `Send` where the pre-renderer needs it (its executor moves futures between threads);
/// nothing in the browser, where there is one thread and fetches are not `Send`.
#[cfg(feature = "ssr")]
pub trait MaybeSend: Send {}
#[cfg(feature = "ssr")]
impl<T: Send> MaybeSend for T {}
#[cfg(not(feature = "ssr"))]
pub trait MaybeSend {}
#[cfg(not(feature = "ssr"))]
impl<T> MaybeSend for T {}

/// A page's data on its way, boxed: what a chunk's code hands back to the main module
/// (`crate::chunks`). `Send` where the pre-renderer needs it, as [`MaybeSend`].
#[cfg(feature = "ssr")]
pub type Pending<T> = futures::future::BoxFuture<'static, Result<T, LoadError>>;
#[cfg(not(feature = "ssr"))]
pub type Pending<T> = futures::future::LocalBoxFuture<'static, Result<T, LoadError>>;

/// Boxes a future as [`Pending`].
pub fn pending<T>(
    f: impl Future<Output = Result<T, LoadError>> + MaybeSend + 'static,
) -> Pending<T> {
    Box::pin(f)
}

/// A page's data: `fetch(key())`, again whenever `key` changes. The value travels in the
/// pre-rendered page, so it should hold what the page shows, not whole files.
pub fn page_data<K, T, Fut>(
    key: impl Fn() -> K + Send + Sync + 'static,
    fetch: impl Fn(K) -> Fut + Send + Sync + 'static,
) -> PageData<T>
where
    K: PartialEq + Clone + Send + Sync + 'static,
    T: Serialize + DeserializeOwned + Send + Sync + 'static,
    Fut: Future<Output = Result<T, LoadError>> + MaybeSend + 'static,
{
    #[cfg(feature = "ssr")]
    {
        Resource::new(key, fetch)
    }
    #[cfg(not(feature = "ssr"))]
    {
        Resource::new(key, move |k| send_wrapper::SendWrapper::new(fetch(k)))
    }
}

/// Loads and parses one file, once per visit.
pub async fn load<S: Source>() -> Result<Arc<S::Content>, LoadError> {
    load_path::<S::Content>(S::path()).await
}

/// A file a page can do without (the approximation map, beside an act, an agency, the library
/// or search): its content, or the empty default when it does not load, so that one broken
/// file breaks only the page that is about it.
pub async fn load_or_default<S: Source>() -> Arc<S::Content>
where
    S::Content: Default,
{
    load::<S>().await.unwrap_or_default()
}

/// Two files for a page that needs both, loaded concurrently; the first failure is the result.
pub async fn load_both<A: Source, B: Source>(
) -> Result<(Arc<A::Content>, Arc<B::Content>), LoadError> {
    let (a, b) = futures::join!(load::<A>(), load::<B>());
    Ok((a?, b?))
}

/// A page's file with the acts it cites (from the index), loaded concurrently: what the
/// pages that explain a subject (IBM, strategy, glossary) show beside their text.
pub async fn with_cited_acts<S: Source>() -> Result<(Arc<S::Content>, Arc<ActsFile>), LoadError>
where
    S::Content: Serialize,
{
    let (content, acts) = load_both::<S, ActsIndex>().await?;
    let cited = Arc::new(acts.cited_in(&*content));
    Ok((content, cited))
}

/// One act in full: its own file (`data/acts/<id>.json`), else — offline with only the
/// precached files — the act from the whole `acts.json`. An error when neither has it (the
/// caller tells an unknown id by the index).
pub async fn act(id: &str) -> Result<Act, LoadError> {
    match load_path::<Act>(split::detail_path(id)).await {
        Ok(act) => Ok((*act).clone()),
        // No such file: an unknown id. Not worth the whole acts.json.
        Err(e) if matches!(e.kind, LoadErrorKind::Status(404)) => Err(e),
        // Offline without this act's file cached, or a broken file: the whole set may have it.
        Err(e) => load::<ActsFile>().await?.act(id).cloned().ok_or(e),
    }
}

/// Posts `body` as JSON to `url` (the contact form's endpoint); true when the server took it.
#[allow(clippy::disallowed_methods)] // This module is the network.
pub async fn post_json<T: Serialize>(url: &str, body: &T) -> bool {
    let text = serde_json::to_string(body).unwrap_or_default();
    match gloo_net::http::Request::post(url)
        .header("Content-Type", "application/json")
        .body(text)
    {
        Ok(request) => request.send().await.is_ok_and(|r| r.ok()),
        Err(_) => false,
    }
}

#[cfg(feature = "ssr")]
async fn load_path<T: DeserializeOwned + Send + Sync + 'static>(
    path: String,
) -> Result<Arc<T>, LoadError> {
    disk::read(&path)
}

/// Reading the build's `data/` at build time, for the pre-renderer.
#[cfg(feature = "ssr")]
pub mod disk {
    use super::*;
    use std::any::Any;
    use std::collections::BTreeMap;
    use std::path::PathBuf;
    use std::sync::{Mutex, OnceLock};

    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    type Parsed = Arc<dyn Any + Send + Sync>;
    static CACHE: Mutex<BTreeMap<String, Parsed>> = Mutex::new(BTreeMap::new());
    static FAILURES: Mutex<Vec<LoadError>> = Mutex::new(Vec::new());

    /// Where paths such as `data/acts.json` are read from: a finished build's folder.
    pub fn set_root(dist: PathBuf) {
        let _ = ROOT.set(dist);
    }

    /// The loads that failed since the last call: the pre-renderer stops the build on any.
    pub fn take_failures() -> Vec<LoadError> {
        std::mem::take(&mut *FAILURES.lock().expect("failures"))
    }

    pub(super) fn read<T: DeserializeOwned + Send + Sync + 'static>(
        path: &str,
    ) -> Result<Arc<T>, LoadError> {
        if let Some(hit) = CACHE.lock().expect("cache").get(path) {
            if let Ok(t) = hit.clone().downcast::<T>() {
                return Ok(t);
            }
        }
        let root = ROOT.get().cloned().unwrap_or_default();
        let result = match std::fs::read_to_string(root.join(path)) {
            Ok(text) => collection::files::parse_json::<T>(path, &text).map(Arc::new),
            Err(e) => Err(LoadError {
                file: path.to_string(),
                kind: if e.kind() == std::io::ErrorKind::NotFound {
                    LoadErrorKind::Status(404)
                } else {
                    LoadErrorKind::Network(e.to_string())
                },
            }),
        };
        match &result {
            Ok(t) => {
                CACHE
                    .lock()
                    .expect("cache")
                    .insert(path.to_string(), t.clone() as Parsed);
            }
            Err(e) => FAILURES.lock().expect("failures").push(e.clone()),
        }
        result
    }
}

#[cfg(not(feature = "ssr"))]
pub use browser::load_path;

/// What a static page says about itself in `<head>`: the tags [`PageHeading`] writes.
///
/// [`PageHeading`]: crate::components::PageHeading
#[derive(Clone, Debug, PartialEq)]
pub struct Head {
    pub title: String,
    pub description: String,
    pub og_title: String,
}

/// A static page's content, as the build wrote it (`collection::route::fragment_file`).
#[derive(Clone, Debug)]
pub struct Fragment {
    pub head: Head,
    /// The inner HTML of its `.static-page` element.
    pub content: String,
}

#[cfg(not(feature = "ssr"))]
pub use browser::fragment;

#[cfg(not(feature = "ssr"))]
mod browser {
    use super::*;
    use collection::files::parse_json;
    use futures::future::{FutureExt, LocalBoxFuture, Shared};
    use std::any::Any;
    use std::cell::RefCell;
    use std::collections::HashMap;

    type AnyContent = Arc<dyn Any + Send + Sync>;
    type Pending = Shared<LocalBoxFuture<'static, Result<AnyContent, LoadError>>>;

    thread_local! {
        static CACHE: RefCell<HashMap<String, Pending>> = RefCell::new(HashMap::new());
    }

    pub async fn load_path<T: DeserializeOwned + Send + Sync + 'static>(
        path: String,
    ) -> Result<Arc<T>, LoadError> {
        let pending = CACHE.with(|cache| {
            cache
                .borrow_mut()
                .entry(path.clone())
                .or_insert_with(|| {
                    fetch::<T>(path.clone())
                        .map(|r| r.map(|t| t as AnyContent))
                        .boxed_local()
                        .shared()
                })
                .clone()
        });
        match pending.await {
            Ok(content) => content.downcast::<T>().map_err(|_| LoadError {
                file: path.clone(),
                kind: LoadErrorKind::Invalid {
                    path: "$".into(),
                    reason: "cached under another type".into(),
                },
            }),
            Err(e) => {
                CACHE.with(|cache| cache.borrow_mut().remove(&path));
                Err(e)
            }
        }
    }

    async fn fetch<T: DeserializeOwned + Send + Sync>(file: String) -> Result<Arc<T>, LoadError> {
        let text = get_text(&file).await?;
        parse_json::<T>(&file, &text).map(Arc::new)
    }

    /// The text of `file`; any answer but 200 is an error with its status.
    #[allow(clippy::disallowed_methods)] // This module is the network.
    async fn get_text(file: &str) -> Result<String, LoadError> {
        let err = |kind| LoadError {
            file: file.to_string(),
            kind,
        };
        // A relative URL resolves against <base href>, so this works under any deployment path.
        let response = gloo_net::http::Request::get(file)
            .send()
            .await
            .map_err(|e| err(LoadErrorKind::Network(e.to_string())))?;
        if response.status() != 200 {
            return Err(err(LoadErrorKind::Status(response.status())));
        }
        response
            .text()
            .await
            .map_err(|e| err(LoadErrorKind::Network(e.to_string())))
    }

    /// The head tags of a fetched fragment.
    #[allow(clippy::disallowed_methods)] // A parsed file, not the page.
    fn head_of(doc: &web_sys::Document) -> Head {
        let meta = |selector: &str| {
            doc.query_selector(selector)
                .ok()
                .flatten()
                .and_then(|m| m.get_attribute("content"))
                .unwrap_or_default()
        };
        Head {
            title: doc.title(),
            description: meta("meta[name=description]"),
            og_title: meta("meta[property='og:title']"),
        }
    }

    /// The static page at app path `path`, or `None` when the build has no such page (an
    /// unknown id: the host answers 404, or its catch-all shell).
    #[allow(clippy::disallowed_methods)] // Parsing the fetched file is part of reading it.
    pub async fn fragment(path: &str) -> Result<Option<Fragment>, LoadError> {
        let Some(file) = collection::route::fragment_file(path) else {
            return Ok(None);
        };
        let text = match get_text(&file).await {
            Ok(text) => text,
            Err(e) if matches!(e.kind, LoadErrorKind::Status(404 | 410)) => return Ok(None),
            Err(e) => return Err(e),
        };
        let doc = web_sys::DomParser::new()
            .and_then(|p| p.parse_from_string(&text, web_sys::SupportedType::TextHtml))
            .map_err(|e| LoadError {
                file: file.clone(),
                kind: LoadErrorKind::Network(format!("{e:?}")),
            })?;
        let content = doc.query_selector(".static-page").ok().flatten();
        Ok(content.map(|c| Fragment {
            head: head_of(&doc),
            content: c.inner_html(),
        }))
    }
}
