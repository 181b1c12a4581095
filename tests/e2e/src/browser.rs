//! Headless Chromium through chromedriver, with the few waits the tests need.

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::time::{Duration, Instant};
use tokio::process::{Child, Command};

pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// The browser binary: `$CHROMIUM` if set (e.g. Google Chrome on a CI image), else Debian's.
pub fn chromium() -> String {
    std::env::var("CHROMIUM").unwrap_or_else(|_| CHROMIUM.to_string())
}

/// The matching driver: `$CHROMEDRIVER` if set, else Debian's.
pub fn chromedriver() -> String {
    std::env::var("CHROMEDRIVER").unwrap_or_else(|_| CHROMEDRIVER.to_string())
}
pub const TAB: &str = "\u{E004}";
pub const ENTER: &str = "\u{E007}";
const WAIT: Duration = Duration::from_secs(20);

pub struct Browser {
    pub client: Client,
    _driver: Child,
}

impl Drop for Browser {
    /// Ends chromedriver and every Chromium process it started, even when a test fails.
    fn drop(&mut self) {
        if let Some(pid) = self._driver.id() {
            // SAFETY: kill(2) on a process group this test created; no memory is touched.
            unsafe {
                libc::kill(-(pid as i32), libc::SIGKILL);
            }
        }
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Browser {
    /// Starts a fresh browser whose preferred languages are `accept_languages` (e.g. "uk,en").
    pub async fn start(accept_languages: &str) -> Browser {
        Browser::start_sized(accept_languages, 1280, 900).await
    }

    /// A browser with a window of the given size (e.g. 320 wide for the smallest phones).
    pub async fn start_sized(accept_languages: &str, width: u32, height: u32) -> Browser {
        Browser::launch(accept_languages, width, height, "normal").await
    }

    /// A browser whose `goto` returns as soon as navigation starts (page load strategy
    /// "none"), for tests that act while the page is still loading.
    pub async fn start_without_waiting(accept_languages: &str) -> Browser {
        Browser::launch(accept_languages, 1280, 900, "none").await
    }

    async fn launch(accept_languages: &str, width: u32, height: u32, load: &str) -> Browser {
        let port = free_port();
        let driver = Command::new(chromedriver())
            // Its own process group, so that dropping the browser ends Chromium too.
            .process_group(0)
            .arg(format!("--port={port}"))
            .arg("--allowed-ips=127.0.0.1")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .unwrap_or_else(|e| {
                panic!(
                    "cannot start {}: {e} — run `cargo xtask setup`",
                    chromedriver()
                )
            });
        let primary = accept_languages.split(',').next().unwrap_or("uk");
        let caps = json!({
            "browserName": "chrome",
            "pageLoadStrategy": load,
            "goog:chromeOptions": {
                "binary": chromium(),
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--no-first-run", format!("--window-size={width},{height}"),
                    // Chromium ignores a page's history changes past 200 in 10 s unless this is
                    // off; a test that walks through many pages inside the app would stick.
                    "--disable-ipc-flooding-protection",
                    format!("--lang={primary}"),
                ],
                "prefs": { "intl.accept_languages": accept_languages }
            }
        });
        let Value::Object(caps) = caps else {
            unreachable!()
        };
        let url = format!("http://127.0.0.1:{port}");
        let start = Instant::now();
        let client = loop {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(c) => break c,
                Err(e) if start.elapsed() < WAIT => {
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => panic!("chromedriver did not start a session: {e}"),
            }
        };
        let b = Browser {
            client,
            _driver: driver,
        };
        if width < 500 {
            // Desktop Chrome windows are at least 500 px wide: emulate a small screen instead.
            b.cdp(
                "Emulation.setDeviceMetricsOverride",
                json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": true }),
            )
            .await;
        }
        b
    }

    /// Runs a Chrome DevTools Protocol command through chromedriver.
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        self.client
            .issue_cmd(Cdp {
                cmd: cmd.to_string(),
                params,
            })
            .await
            .unwrap_or_else(|e| panic!("CDP {cmd}: {e}"))
    }

    /// Ends the WebDriver session; dropping the browser then ends the processes.
    pub async fn close(self) {
        let _ = self.client.clone().close().await;
    }

    /// Opens `url` (without waiting for the app: see [`Browser::wait_page`]).
    pub async fn goto(&self, url: &str) {
        self.client
            .goto(url)
            .await
            .unwrap_or_else(|e| panic!("goto {url}: {e}"));
    }

    /// Runs a JS expression and returns its value.
    pub async fn eval(&self, expr: &str) -> Value {
        self.client
            .execute(&format!("return ({expr});"), vec![])
            .await
            .unwrap_or_else(|e| panic!("eval {expr}: {e}"))
    }

    pub async fn eval_str(&self, expr: &str) -> String {
        match self.eval(expr).await {
            Value::String(s) => s,
            Value::Null => String::new(),
            other => other.to_string(),
        }
    }

    /// Waits until a JS expression is truthy.
    pub async fn wait_for(&self, expr: &str, what: &str) {
        let start = Instant::now();
        loop {
            let v = self.eval(expr).await;
            let truthy = match &v {
                Value::Bool(b) => *b,
                Value::Null => false,
                Value::String(s) => !s.is_empty(),
                Value::Number(n) => n.as_f64() != Some(0.0),
                _ => true,
            };
            if truthy {
                return;
            }
            if start.elapsed() > WAIT {
                let url = self
                    .client
                    .current_url()
                    .await
                    .map(|u| u.to_string())
                    .unwrap_or_default();
                let main = self.eval_str("document.querySelector('main') ? document.querySelector('main').innerText.slice(0, 500) : document.body.innerHTML.slice(0, 500)").await;
                panic!("timed out waiting for {what} at {url}\n<main>: {main}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until the app is in charge (on a pre-rendered page, until it has hydrated it; see
    /// `src/boot.rs`), the page has a heading and nothing is loading; returns the `<h1>` text.
    pub async fn wait_page(&self) -> String {
        self.wait_for(
            "document.documentElement.dataset.app === 'ready' && document.querySelector('main h1') !== null && document.querySelector('main .loading') === null && document.querySelector('main[aria-busy]') === null",
            "the page to render",
        )
        .await;
        self.eval_str("document.querySelector('main h1').textContent")
            .await
    }

    /// Opens `url` and waits for the page; returns the `<h1>` text.
    pub async fn open(&self, url: &str) -> String {
        self.goto(url).await;
        self.wait_page().await
    }

    pub async fn click(&self, css: &str) {
        let el = self
            .client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("find {css}: {e}"));
        el.click()
            .await
            .unwrap_or_else(|e| panic!("click {css}: {e}"));
    }

    /// Waits until the `<h1>` reads `text`, after a click that navigates.
    pub async fn wait_heading(&self, text: &str) {
        let t = serde_json::to_string(text).unwrap();
        self.wait_for(
            &format!("document.documentElement.dataset.app === 'ready' && document.querySelector('main h1') && document.querySelector('main h1').textContent === {t} && document.querySelector('main .loading') === null && document.querySelector('main[aria-busy]') === null"),
            &format!("the heading {text:?}"),
        )
        .await;
    }

    /// Chooses an option of a `<select>` by value, as a user would.
    pub async fn choose(&self, select_css: &str, value: &str) {
        let el = self
            .client
            .find(Locator::Css(select_css))
            .await
            .unwrap_or_else(|e| panic!("find {select_css}: {e}"));
        el.select_by_value(value)
            .await
            .unwrap_or_else(|e| panic!("select {value} in {select_css}: {e}"));
    }

    /// The text content of the first element matching `css`.
    pub async fn text(&self, css: &str) -> String {
        let c = serde_json::to_string(css).unwrap();
        self.eval_str(&format!(
            "(document.querySelector({c}) || {{}}).textContent || ''"
        ))
        .await
    }

    /// How many elements match `css`.
    pub async fn count(&self, css: &str) -> u64 {
        let c = serde_json::to_string(css).unwrap();
        self.eval(&format!("document.querySelectorAll({c}).length"))
            .await
            .as_u64()
            .unwrap_or(0)
    }

    /// Presses a key (WebDriver key code, e.g. [`TAB`], [`ENTER`]) on the focused element.
    pub async fn press(&self, key: &str) {
        let el = self.client.active_element().await.expect("active element");
        el.send_keys(key).await.expect("send keys");
    }

    /// Waits until the address bar shows `path` (history is updated just after the new page
    /// renders).
    pub async fn wait_path(&self, path: &str) {
        let p = serde_json::to_string(path).unwrap();
        self.wait_for(
            &format!("location.pathname + location.search === {p}"),
            &format!("the address {path}"),
        )
        .await;
    }

    /// Goes to `path` (as the address bar shows it) inside the app, as a click on a link
    /// would, without loading a page; waits for the new page.
    pub async fn navigate(&self, path: &str) {
        let p = serde_json::to_string(path).unwrap();
        self.eval(&format!("(history.pushState({{}}, '', {p}), dispatchEvent(new PopStateEvent('popstate', {{ state: {{}} }})), true)"))
            .await;
        self.wait_for(
            &format!("location.pathname === {p}"),
            &format!("the app to go to {path}"),
        )
        .await;
        self.wait_page().await;
    }

    /// Waits for the error panel and returns its text.
    pub async fn error_panel(&self) -> String {
        self.wait_for(
            "document.querySelector('.error-panel') !== null",
            "the error panel",
        )
        .await;
        self.eval_str("document.querySelector('.error-panel').innerText")
            .await
    }

    /// Waits for search results and returns the first one's link (`/uk/library/…`).
    pub async fn first_result(&self) -> String {
        self.wait_for(
            "document.querySelector('.search-result a') !== null",
            "search results",
        )
        .await;
        self.eval_str("document.querySelector('.search-result a').getAttribute('href')")
            .await
    }

    /// Whether the first element matching `css` is rendered (displayed, with a box).
    pub async fn is_shown(&self, css: &str) -> bool {
        self.call(include_str!("../js/shown.js"), &[json!(css)])
            .await
            .as_bool()
            .unwrap_or(false)
    }

    /// Where the first element matching `css` starts and ends, in px from the top of the page.
    pub async fn box_of(&self, css: &str) -> (f64, f64) {
        let v = self.call(include_str!("../js/box.js"), &[json!(css)]).await;
        (v[0].as_f64().unwrap(), v[1].as_f64().unwrap())
    }

    /// Sets a field's value and tells the page, as typing would.
    pub async fn set_value(&self, css: &str, value: &str) {
        self.call(
            include_str!("../js/set_value.js"),
            &[json!(css), json!(value)],
        )
        .await;
    }

    /// Calls a JS function expression (the text of a file in `tests/e2e/js/`) with arguments.
    pub async fn call(&self, function: &str, args: &[Value]) -> Value {
        let args: Vec<String> = args.iter().map(Value::to_string).collect();
        self.eval(&format!("({function})({})", args.join(", ")))
            .await
    }

    pub async fn path(&self) -> String {
        self.eval_str("location.pathname + location.search").await
    }
}

/// chromedriver's `goog/cdp/execute` extension.
#[derive(Debug)]
struct Cdp {
    cmd: String,
    params: Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({ "cmd": self.cmd, "params": self.params }).to_string()),
        )
    }
}

/// axe-core's `axe.min.js`, installed by `cargo xtask setup` in `.tools/`.
pub fn axe_source() -> String {
    let path = crate::root().join(".tools/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} — run `cargo xtask setup`", path.display()))
}

impl Browser {
    /// Runs axe-core on the current page with the WCAG 2.0/2.1/2.2 A and AA rules and returns
    /// each violation as "rule: help (n× first target)".
    pub async fn axe(&self, source: &str) -> Vec<String> {
        self.client
            .execute(source, vec![])
            .await
            .expect("inject axe-core");
        let script = r#"
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
              .then(r => done(r.violations.map(v => `${v.id}: ${v.help} (${v.nodes.length}× ${v.nodes[0].target.join(' ')}: ${v.nodes[0].failureSummary.replace(/\n/g, ' ')})`)))
              .catch(e => done(['axe failed: ' + e]));
        "#;
        let v = self
            .client
            .execute_async(script, vec![])
            .await
            .expect("run axe-core");
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    }
}
