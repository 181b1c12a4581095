//! The development server serves what a reader gets. `cargo xtask serve` builds through the
//! same trunk hooks as the release build (debug profile): the library comes pre-rendered with
//! its first acts in the HTML, the app hydrates it, `boot.js` opens the Menu at 390 px, and a
//! static page arrives by client-side navigation through its one browser implementation.

use collection::i18n;
use collection::library::{self, LibraryQuery};
use collection::model::ActsFile;
use collection::route::{Page, Section};
use collection::Lang;
use e2e::{root, Browser};
use std::io::{Read, Write};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// `cargo xtask serve` in its own process group, stopped with everything it started (trunk,
/// cargo) when the test ends, however it ends.
struct Serving(Child);

impl Drop for Serving {
    fn drop(&mut self) {
        // SAFETY: a plain signal to the process group this test created.
        unsafe {
            libc::kill(-(self.0.id() as i32), libc::SIGTERM);
        }
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// Status code and body of a GET (the server closes each connection).
fn get(port: u16, path: &str) -> Option<(u16, String)> {
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    write!(stream, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").ok()?;
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).ok()?;
    let text = String::from_utf8_lossy(&bytes).to_string();
    let status = text.split_whitespace().nth(1)?.parse().ok()?;
    let body = text.split_once("\r\n\r\n")?.1.to_string();
    Some((status, body))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_development_server_serves_what_a_reader_gets() {
    let port = free_port();
    let dist = root().join("target/serve-test");
    // What the server shows must come from this build.
    let _ = std::fs::remove_dir_all(&dist);
    let log = std::fs::File::create(root().join("target/serve-test.log")).unwrap();
    let _serving = Serving(
        Command::new(env!("CARGO"))
            .current_dir(root())
            .args(["run", "--offline", "-q", "-p", "xtask", "--", "serve"])
            .args(["--port", &port.to_string(), "--dist"])
            .arg(&dist)
            .stdout(Stdio::from(log.try_clone().unwrap()))
            .stderr(Stdio::from(log))
            .process_group(0)
            .spawn()
            .expect("cargo xtask serve"),
    );

    // The first build compiles the app for the browser in the debug profile: minutes, once.
    let started = Instant::now();
    let html = loop {
        match tokio::task::spawn_blocking(move || get(port, "/uk/library"))
            .await
            .unwrap()
        {
            Some((200, body)) => break body,
            _ if started.elapsed() < Duration::from_secs(900) => {
                tokio::time::sleep(Duration::from_secs(2)).await
            }
            other => {
                panic!("no library page after 15 minutes ({other:?}); see target/serve-test.log")
            }
        }
    };
    println!("first build served after {} s", started.elapsed().as_secs());

    // Pre-rendered: the heading and the first act of the default view are in the HTML.
    let title = i18n::section_title(Section::Library).uk;
    assert!(
        html.contains(&format!("<h1 tabindex=\"-1\">{title}")),
        "no heading in the HTML"
    );
    let acts: ActsFile = e2e::data(&dist);
    let first = library::view(&acts, &LibraryQuery::default(), Lang::Uk).items[0];
    let link = format!("href=\"{}\"", Page::Act(first.id.clone()).path(Lang::Uk));
    assert!(
        html.contains(&link),
        "the first act ({link}) is not in the HTML"
    );
    assert!(html.contains("id=\"hydration-data\""), "nothing to hydrate");
    assert!(
        html.contains("http-equiv=\"Content-Security-Policy\""),
        "no CSP"
    );

    // On a phone: the app hydrates, the Menu opens, a static page arrives by navigation.
    let b = Browser::start_sized("uk", 390, 844).await;
    let url = |path: &str| format!("http://127.0.0.1:{port}{path}");
    assert_eq!(b.open(&url("/uk/library")).await, title);
    b.click(".menu-button").await;
    assert_eq!(
        b.eval_str("document.querySelector('.menu-button').getAttribute('aria-expanded')")
            .await,
        "true"
    );
    b.click("#site-nav a[href='/uk/ibm']").await;
    b.wait_heading(i18n::section_title(Section::Ibm).uk).await;
    b.wait_path("/uk/ibm").await;
    assert!(b.count(".static-page h2").await > 0, "the page's content");
    b.close().await;
}
