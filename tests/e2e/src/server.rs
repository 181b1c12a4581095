//! A static file server for `dist/`, as a CDN with SPA rewrites would serve it: files by path,
//! `index.html` for extension-less paths (routes), 404 for missing files. Mounted under a base
//! path to test sub-path deployments. Overrides replace a file's response for one test.

use axum::body::Body;
use axum::http::{header, Request, Response, StatusCode};
use collection::hosting::{self, Answer};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

#[derive(Clone)]
pub struct Override {
    pub status: u16,
    pub content_type: String,
    pub body: Vec<u8>,
}

#[derive(Clone)]
pub struct Site {
    pub addr: SocketAddr,
    base: String,
    overrides: Arc<Mutex<HashMap<String, Override>>>,
    /// Paths whose answer waits this many milliseconds (a slow link for one file).
    delays: Arc<Mutex<HashMap<String, u64>>>,
    stop: Arc<Mutex<Option<tokio::sync::oneshot::Sender<()>>>>,
}

impl Site {
    /// Serves `dist` under `base` (`""` for the root) on an ephemeral loopback port.
    pub async fn start(dist: PathBuf, base: &str) -> Site {
        Site::serve(dist, base, false).await
    }

    /// As [`Site::start`], sending the build's precompressed copy (`.br`, else `.gz`) of a
    /// file to a browser that accepts it, as hosts that serve them do: for timings on a
    /// throttled link.
    pub async fn start_compressed(dist: PathBuf, base: &str) -> Site {
        Site::serve(dist, base, true).await
    }

    async fn serve(dist: PathBuf, base: &str, compressed: bool) -> Site {
        let overrides: Arc<Mutex<HashMap<String, Override>>> = Arc::default();
        let base = base.trim_end_matches('/').to_string();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().unwrap();
        let delays: Arc<Mutex<HashMap<String, u64>>> = Arc::default();
        let state = (
            Arc::new(dist),
            base.clone(),
            overrides.clone(),
            delays.clone(),
        );
        let app = axum::Router::new().fallback(move |req: Request<Body>| {
            let (dist, base, overrides, delays) = state.clone();
            async move {
                let accepted = (req.headers().get(header::ACCEPT_ENCODING))
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("")
                    .to_string();
                let encodings: Vec<&str> = ["br", "gzip"]
                    .into_iter()
                    .filter(|e| compressed && accepted.contains(e))
                    .collect();
                let path = req.uri().path();
                let wait = collection::route::strip_base(&base, path)
                    .and_then(|rel| delays.lock().unwrap().get(rel).copied());
                if let Some(ms) = wait {
                    tokio::time::sleep(std::time::Duration::from_millis(ms)).await;
                }
                respond(&dist, &base, &overrides, path, &encodings).await
            }
        });
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(async move {
            let stopped = async {
                let _ = rx.await;
            };
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(stopped)
                .await;
        });
        Site {
            addr,
            base,
            overrides,
            delays,
            stop: Arc::new(Mutex::new(Some(tx))),
        }
    }

    /// Takes the site off the network, as if the connection were cut: new connections are
    /// refused from now on.
    pub async fn stop(&self) {
        if let Some(tx) = self.stop.lock().unwrap().take() {
            let _ = tx.send(());
        }
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(self.addr).await.is_err() {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("the test server did not stop");
    }

    /// Absolute URL of an app path (`/uk/ibm`) on this site.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}{}", self.addr, self.base, path)
    }

    /// Makes `path` (app-relative, e.g. `/data/agencies.json`) answer with `status` and `body`.
    pub fn set_override(&self, path: &str, status: u16, body: &str) {
        self.set_override_typed(path, status, "application/json", body);
    }

    pub fn set_override_typed(&self, path: &str, status: u16, content_type: &str, body: &str) {
        self.set_override_bytes(path, status, content_type, body.as_bytes().to_vec());
    }

    /// Makes `path` answer with `status` and these bytes (a binary file: a search index).
    pub fn set_override_bytes(&self, path: &str, status: u16, content_type: &str, body: Vec<u8>) {
        let o = Override {
            status,
            content_type: content_type.to_string(),
            body,
        };
        self.overrides.lock().unwrap().insert(path.to_string(), o);
    }

    /// Makes `path` (app-relative) answer only after `ms` milliseconds.
    pub fn set_delay(&self, path: &str, ms: u64) {
        self.delays.lock().unwrap().insert(path.to_string(), ms);
    }

    pub fn clear_override(&self, path: &str) {
        self.overrides.lock().unwrap().remove(path);
    }
}

fn reply(status: u16, ctype: &str, body: impl Into<Body>) -> Response<Body> {
    reply_cached(status, ctype, "no-store", body)
}

fn reply_cached(status: u16, ctype: &str, cache: &str, body: impl Into<Body>) -> Response<Body> {
    Response::builder()
        .status(StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR))
        .header(header::CONTENT_TYPE, ctype)
        .header(header::CACHE_CONTROL, cache)
        .body(body.into())
        .unwrap()
}

async fn respond(
    dist: &Path,
    base: &str,
    overrides: &Mutex<HashMap<String, Override>>,
    path: &str,
    encodings: &[&str],
) -> Response<Body> {
    let Some(rel) = collection::route::strip_base(base, path) else {
        return reply(404, "text/plain", "outside the base path");
    };
    let rel = if rel.is_empty() { "/" } else { rel };
    if let Some(o) = overrides.lock().unwrap().get(rel).cloned() {
        return reply(o.status, &o.content_type, o.body);
    }
    let file = match hosting::answer(rel, |f| dist.join(f).is_file()) {
        Answer::File(file) => file,
        Answer::Shell => "index.html".to_string(),
        Answer::Missing => return reply(404, "text/plain", "not found"),
        Answer::Refused => return reply(400, "text/plain", "bad path"),
    };
    for enc in encodings {
        let ext = if *enc == "br" { "br" } else { "gz" };
        if let Ok(bytes) = tokio::fs::read(dist.join(format!("{file}.{ext}"))).await {
            let mut r = reply_cached(
                200,
                hosting::content_type(&file),
                hosting::cache_control(&file),
                bytes,
            );
            r.headers_mut()
                .insert(header::CONTENT_ENCODING, enc.parse().unwrap());
            return r;
        }
    }
    match tokio::fs::read(dist.join(&file)).await {
        Ok(bytes) => reply_cached(
            200,
            hosting::content_type(&file),
            hosting::cache_control(&file),
            bytes,
        ),
        Err(_) => reply(500, "text/plain", "read error"),
    }
}
