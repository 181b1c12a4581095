//! `serve`: the development server, which serves what a reader gets.
//!
//! `trunk watch` rebuilds into `target/serve/` whenever `src/`, `collection/src/`, `style/`,
//! `data/`, `public/` or `index.html` change (`[watch]` in `Trunk.toml`), through the same
//! hooks as the release build: every page pre-rendered and hydrated, `boot.js`, the CSP, the
//! service worker. Only the profile differs (debug: faster to build, larger, not compressed).
//! This file serves that folder on 127.0.0.1:8080 as a static host with clean addresses does
//! (`collection::hosting`): `trunk serve` would answer every route with `index.html`, so the
//! pre-rendered pages would never be seen.

use crate::{data, finish, prepared, root, tools, Result};
use collection::hosting::{self, Answer};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// `cargo xtask serve [--port N] [--dist DIR]`: by default port 8080 and `target/serve/`.
pub fn serve_cmd(args: &[String]) -> Result {
    let mut port = 8080;
    let mut dist = root().join("target/serve");
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = || it.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--port" => port = value()?.parse().map_err(|e| format!("--port: {e}"))?,
            "--dist" => dist = PathBuf::from(value()?),
            other => return Err(format!("unknown option {other}")),
        }
    }
    serve(port, dist)
}

fn serve(port: u16, dist: PathBuf) -> Result {
    tools::setup(tools::Need::Serve)?;
    // The build stops on a data problem (the pre-renderer validates first); say so now too.
    if let Err(e) = data::validate(root().join("data")) {
        eprintln!("warning: {e}\nthe pages are rebuilt once data/ validates");
    }
    let address = format!("127.0.0.1:{port}");
    let listener = TcpListener::bind(&address).map_err(|e| format!("{address}: {e}"))?;
    let mut trunk = prepared(Command::new("trunk").arg("watch").arg("--dist").arg(&dist))
        .spawn()
        .map_err(|e| format!("trunk watch: {e}"))?;
    eprintln!(
        "serving {} on http://{address}/ (Ctrl-C to stop); reload the page when trunk says the build succeeded",
        dist.display()
    );
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let dist = dist.clone();
            std::thread::spawn(move || {
                let _ = answer(stream, &dist);
            });
        }
    });
    let status = trunk.wait().map_err(|e| e.to_string())?;
    Err(format!("trunk watch stopped ({status})"))
}

/// Answers one request (then closes the connection): GET and HEAD only.
fn answer(stream: TcpStream, dist: &Path) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(&stream);
    let mut request = String::new();
    reader.read_line(&mut request)?;
    let mut header = String::new();
    while reader.read_line(&mut header)? > 2 {
        header.clear();
    }
    let mut words = request.split_whitespace();
    let method = words.next().unwrap_or("");
    let path = words.next().unwrap_or("/");
    let (status, ctype, cache, body) = response(method, path, dist);
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nCache-Control: {cache}\r\nConnection: close\r\n",
        body.len()
    );
    for (name, value) in finish::security_headers() {
        let value = match name {
            "Content-Security-Policy" => {
                format!(
                    "{}; {}",
                    finish::policy(&dist.join("data")),
                    finish::FRAME_ANCESTORS
                )
            }
            _ => value,
        };
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    let mut out = &stream;
    out.write_all(head.as_bytes())?;
    out.write_all(b"\r\n")?;
    if method != "HEAD" {
        out.write_all(&body)?;
    }
    out.flush()
}

/// Status line, content type, caching and body for a path of the build in `dist`.
fn response(
    method: &str,
    path: &str,
    dist: &Path,
) -> (&'static str, &'static str, &'static str, Vec<u8>) {
    const TEXT: &str = "text/plain; charset=utf-8";
    if !matches!(method, "GET" | "HEAD") {
        return (
            "405 Method Not Allowed",
            TEXT,
            "no-store",
            b"GET or HEAD".to_vec(),
        );
    }
    if !dist.join("index.html").is_file() {
        return (
            "503 Service Unavailable",
            TEXT,
            "no-store",
            b"The first build is still running: reload in a moment.".to_vec(),
        );
    }
    let path = path.split(['?', '#']).next().unwrap_or("/");
    let file = match hosting::answer(path, |f| dist.join(f).is_file()) {
        Answer::File(file) => file,
        Answer::Shell => "index.html".into(),
        Answer::Missing => return ("404 Not Found", TEXT, "no-store", b"not found".to_vec()),
        Answer::Refused => return ("400 Bad Request", TEXT, "no-store", b"bad path".to_vec()),
    };
    match std::fs::read(dist.join(&file)) {
        Ok(body) => (
            "200 OK",
            hosting::content_type(&file),
            hosting::cache_control(&file),
            body,
        ),
        // Between trunk's removing the old build and moving the new one in.
        Err(_) => (
            "503 Service Unavailable",
            TEXT,
            "no-store",
            b"rebuilding: reload in a moment".to_vec(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serves_pages_files_and_the_shell_from_a_build() {
        let dist = std::env::temp_dir().join(format!("xtask-serve-{}", std::process::id()));
        std::fs::create_dir_all(dist.join("uk")).unwrap();
        std::fs::write(dist.join("index.html"), "shell").unwrap();
        std::fs::write(dist.join("uk/library.html"), "library").unwrap();
        std::fs::write(dist.join("app-0123456789abcdef_bg.wasm"), "wasm").unwrap();
        let body = |path: &str| String::from_utf8(response("GET", path, &dist).3).unwrap();
        assert_eq!(body("/uk/library"), "library");
        assert_eq!(body("/uk/library?q=x"), "library");
        assert_eq!(body("/uk/agencies/nobody"), "shell");
        assert_eq!(response("GET", "/uk/gone.json", &dist).0, "404 Not Found");
        assert_eq!(response("GET", "/../x", &dist).0, "400 Bad Request");
        assert_eq!(response("POST", "/", &dist).0, "405 Method Not Allowed");
        let wasm = response("GET", "/app-0123456789abcdef_bg.wasm", &dist);
        assert_eq!(
            (wasm.1, wasm.2),
            ("application/wasm", "public, max-age=31536000, immutable")
        );
        std::fs::remove_dir_all(&dist).unwrap();
        assert_eq!(response("GET", "/", &dist).0, "503 Service Unavailable");
    }
}
