//! The only code that talks to the network. Pages ask for typed content and get a `Result`;
//! they never see HTTP or JSON.
//!
//! Each data file is fetched at most once per visit: the first request stores a shared future,
//! and every page that needs the file awaits the same one. A failed load is forgotten so that
//! "Try again" fetches afresh.

use collection::files::{parse_json, split, LoadErrorKind};
use collection::model::{Act, ActsFile};
use collection::{DataFile, LoadError};
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use serde::de::DeserializeOwned;
use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

type AnyContent = Arc<dyn Any + Send + Sync>;
type Pending = Shared<LocalBoxFuture<'static, Result<AnyContent, LoadError>>>;

thread_local! {
    static CACHE: RefCell<HashMap<String, Pending>> = RefCell::new(HashMap::new());
}

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

/// Loads and parses one file, once per visit.
pub async fn load<S: Source>() -> Result<Arc<S::Content>, LoadError> {
    load_path::<S::Content>(S::path()).await
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

async fn load_path<T: DeserializeOwned + Send + Sync + 'static>(
    path: String,
) -> Result<Arc<T>, LoadError> {
    // A User Timing mark per file a page asks for (fetched or cached): the pre-renderer reads
    // them to give each static page preload hints for the data the app will want.
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark(&format!("ibm-data:{path}"));
    }
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
    let err = |kind| LoadError {
        file: file.clone(),
        kind,
    };
    // A relative URL resolves against <base href>, so this works under any deployment path.
    let response = gloo_net::http::Request::get(&file)
        .send()
        .await
        .map_err(|e| err(LoadErrorKind::Network(e.to_string())))?;
    if response.status() != 200 {
        return Err(err(LoadErrorKind::Status(response.status())));
    }
    let text = response
        .text()
        .await
        .map_err(|e| err(LoadErrorKind::Network(e.to_string())))?;
    parse_json::<T>(&file, &text).map(Arc::new)
}

/// Runs two loads concurrently; the first failure is the result.
pub async fn join2<A, B>(
    a: impl std::future::Future<Output = Result<A, LoadError>>,
    b: impl std::future::Future<Output = Result<B, LoadError>>,
) -> Result<(A, B), LoadError> {
    let (a, b) = futures::join!(a, b);
    Ok((a?, b?))
}

/// Two files for a page that needs both, loaded concurrently.
pub async fn load2<A: Source, B: Source>() -> Result<(Arc<A::Content>, Arc<B::Content>), LoadError>
{
    join2(load::<A>(), load::<B>()).await
}

/// Three files, loaded concurrently.
#[allow(clippy::type_complexity)]
pub async fn load3<A: Source, B: Source, C: Source>(
) -> Result<(Arc<A::Content>, Arc<B::Content>, Arc<C::Content>), LoadError> {
    let (a, b, c) = futures::join!(load::<A>(), load::<B>(), load::<C>());
    Ok((a?, b?, c?))
}
