//! A plain static server, apart from the app's [`crate::Site`].

use axum::body::Body;
use axum::http::{header, Request, Response, StatusCode};
use std::net::SocketAddr;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};

/// A loopback static server for one directory that records every path it answers: for the
/// benchmark's plain measurement page and the Pagefind bundle (binary files, which `Site`'s overrides do
/// not carry, and outside the app's Content-Security-Policy).
pub struct Bundle {
    pub addr: SocketAddr,
    /// Every path answered, in order.
    pub served: Arc<Mutex<Vec<String>>>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Bundle {
    pub async fn start(dir: PathBuf) -> Bundle {
        let served: Arc<Mutex<Vec<String>>> = Arc::default();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().unwrap();
        let state = (Arc::new(dir), served.clone());
        let app = axum::Router::new().fallback(move |req: Request<Body>| {
            let (dir, served) = state.clone();
            async move {
                let path = req.uri().path().to_string();
                let rel = Path::new(path.trim_start_matches('/'));
                let reply = |status: u16, ctype: &str, body: Vec<u8>| {
                    Response::builder()
                        .status(StatusCode::from_u16(status).unwrap())
                        .header(header::CONTENT_TYPE, ctype)
                        .header(header::CACHE_CONTROL, "no-cache")
                        .body(Body::from(body))
                        .unwrap()
                };
                if !rel.components().all(|c| matches!(c, Component::Normal(_))) {
                    return reply(400, "text/plain", b"bad path".to_vec());
                }
                match tokio::fs::read(dir.join(rel)).await {
                    Ok(bytes) => {
                        served.lock().unwrap().push(path.clone());
                        let ctype = match rel.extension().and_then(|e| e.to_str()) {
                            Some("html") => "text/html; charset=utf-8",
                            Some("js") => "text/javascript; charset=utf-8",
                            Some("json") => "application/json",
                            Some("css") => "text/css; charset=utf-8",
                            Some("wasm") => "application/wasm",
                            _ => "application/octet-stream",
                        };
                        reply(200, ctype, bytes)
                    }
                    Err(_) => reply(404, "text/plain", b"not found".to_vec()),
                }
            }
        });
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = rx.await;
                })
                .await;
        });
        Bundle {
            addr,
            served,
            stop: Some(tx),
        }
    }
}

impl Drop for Bundle {
    fn drop(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
    }
}
