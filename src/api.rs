//! The only code that talks to the network. Pages ask for typed content and get a `Result`;
//! they never see HTTP or JSON.
//!
//! Each data file is fetched at most once per visit: the first request stores a shared future,
//! and every page that needs the file awaits the same one. A failed load is forgotten so that
//! "Try again" fetches afresh.

use collection::files::LoadErrorKind;
use collection::{DataFile, LoadError};
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

type AnyContent = Arc<dyn Any + Send + Sync>;
type Pending = Shared<LocalBoxFuture<'static, Result<AnyContent, LoadError>>>;

thread_local! {
    static CACHE: RefCell<HashMap<&'static str, Pending>> = RefCell::new(HashMap::new());
}

/// Loads and parses one data file, once per visit.
pub async fn load<T: DataFile + Send + Sync>() -> Result<Arc<T>, LoadError> {
    let pending = CACHE.with(|cache| {
        cache
            .borrow_mut()
            .entry(T::NAME)
            .or_insert_with(|| {
                fetch::<T>()
                    .map(|r| r.map(|t| t as AnyContent))
                    .boxed_local()
                    .shared()
            })
            .clone()
    });
    match pending.await {
        Ok(content) => content.downcast::<T>().map_err(|_| LoadError {
            file: T::path(),
            kind: LoadErrorKind::Invalid {
                path: "$".into(),
                reason: "cached under another type".into(),
            },
        }),
        Err(e) => {
            CACHE.with(|cache| cache.borrow_mut().remove(T::NAME));
            Err(e)
        }
    }
}

async fn fetch<T: DataFile + Send + Sync>() -> Result<Arc<T>, LoadError> {
    let file = T::path();
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
    T::parse(&text).map(Arc::new)
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
pub async fn load2<A, B>() -> Result<(Arc<A>, Arc<B>), LoadError>
where
    A: DataFile + Send + Sync,
    B: DataFile + Send + Sync,
{
    join2(load::<A>(), load::<B>()).await
}

/// Three files, loaded concurrently.
pub async fn load3<A, B, C>() -> Result<(Arc<A>, Arc<B>, Arc<C>), LoadError>
where
    A: DataFile + Send + Sync,
    B: DataFile + Send + Sync,
    C: DataFile + Send + Sync,
{
    let (a, b, c) = futures::join!(load::<A>(), load::<B>(), load::<C>());
    Ok((a?, b?, c?))
}
