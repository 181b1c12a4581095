//! Static hosting recipes, tested as far as this machine allows: the finished dist/ (404.html,
//! _headers, _redirects, sitemap, robots, precompressed files), nginx started on loopback with
//! deploy/nginx.conf, and the GitHub Pages workflow.

use collection::model::{ActsFile, AgenciesFile};
use collection::Route;
use e2e::{data, dist, root, Browser};
use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command};

struct Response {
    status: u16,
    headers: HashMap<String, String>,
    body: Vec<u8>,
}

fn get(port: u16, path: &str, extra: &[(&str, &str)]) -> Response {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    let mut req = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
    for (k, v) in extra {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("headers");
    let head = String::from_utf8_lossy(&raw[..split]).to_string();
    let mut lines = head.lines();
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Response {
        status,
        headers,
        body: raw[split + 4..].to_vec(),
    }
}

/// nginx with deploy/nginx.conf, its root pointed at `dist`, on a free loopback port.
struct Nginx {
    child: Child,
    port: u16,
    _dir: std::path::PathBuf,
}

impl Drop for Nginx {
    /// A graceful stop (SIGQUIT) so that the master takes its workers with it.
    fn drop(&mut self) {
        // SAFETY: kill(2) on the nginx master this test started.
        unsafe {
            libc::kill(self.child.id() as i32, libc::SIGQUIT);
        }
        let _ = self.child.wait();
    }
}

fn nginx(dist: &Path) -> Nginx {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dir = std::env::temp_dir().join(format!("ibm-nginx-{port}"));
    std::fs::create_dir_all(dir.join("logs")).unwrap();
    let server = std::fs::read_to_string(root().join("deploy/nginx.conf"))
        .unwrap()
        .replace(
            "listen 127.0.0.1:8080;",
            &format!("listen 127.0.0.1:{port};"),
        )
        .replace(
            "root /srv/ibm-collection;",
            &format!("root {};", dist.display()),
        );
    let conf = format!(
        "daemon off;\nworker_processes 1;\npid {d}/nginx.pid;\nerror_log {d}/logs/error.log;\nevents {{}}\nhttp {{\n  access_log off;\n  client_body_temp_path {d}/body;\n  proxy_temp_path {d}/proxy;\n  fastcgi_temp_path {d}/fastcgi;\n  uwsgi_temp_path {d}/uwsgi;\n  scgi_temp_path {d}/scgi;\n{server}\n}}\n",
        d = dir.display()
    );
    std::fs::write(dir.join("nginx.conf"), conf).unwrap();
    let mut child = Command::new("/usr/sbin/nginx")
        .args([
            "-p",
            dir.to_str().unwrap(),
            "-c",
            dir.join("nginx.conf").to_str().unwrap(),
        ])
        .spawn()
        .expect("nginx — run `cargo xtask setup`");
    for _ in 0..100 {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Nginx {
                child,
                port,
                _dir: dir,
            };
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!(
        "nginx did not start: {}",
        std::fs::read_to_string(dir.join("logs/error.log")).unwrap_or_default()
    );
}

#[test]
fn nginx_serves_routes_files_headers_and_precompressed_data() {
    let dist = dist();
    let n = nginx(&dist);
    let agencies: collection::model::AgenciesFile = e2e::data(&dist);
    let sbgs = agencies.agencies.iter().find(|a| a.id == "sbgs").unwrap();
    let page = get(n.port, "/uk/agencies/sbgs", &[]);
    assert_eq!(page.status, 200);
    let html = String::from_utf8_lossy(&page.body).to_string();
    assert!(html.contains("boot-"), "a route gets the app");
    // Leptos's empty comments mark where a view's text ends; they are not content.
    assert!(
        html.replace("<!---->", "")
            .contains(&format!(">{}</h1>", sbgs.name.uk)),
        "a route gets its pre-rendered page"
    );
    let home = String::from_utf8_lossy(&get(n.port, "/en/", &[]).body).to_string();
    assert!(
        home.contains("<html lang=\"en\"") && home.contains(collection::ids::HYDRATION_DATA),
        "/en/ gets its pre-rendered page"
    );
    let shell = String::from_utf8_lossy(&get(n.port, "/uk/agencies/nope", &[]).body).to_string();
    assert!(
        shell.contains("boot-") && !shell.contains(collection::ids::HYDRATION_DATA),
        "an unknown id gets the app shell, which shows the not-found page"
    );
    let csp = page
        .headers
        .get("content-security-policy")
        .expect("CSP header");
    assert!(
        csp.contains("frame-ancestors 'none'")
            && csp.contains("'wasm-unsafe-eval'")
            && !csp.contains("'unsafe-inline'")
    );
    for h in [
        "x-content-type-options",
        "referrer-policy",
        "permissions-policy",
        "x-frame-options",
    ] {
        assert!(page.headers.contains_key(h), "missing {h}");
    }
    assert_eq!(
        get(n.port, "/data/nope.json", &[]).status,
        404,
        "a missing file is a real 404"
    );
    let data = get(n.port, "/data/acts.json", &[("Accept-Encoding", "gzip")]);
    assert_eq!(data.status, 200);
    assert_eq!(
        data.headers.get("content-encoding").map(String::as_str),
        Some("gzip"),
        "the .gz copy is served"
    );
    let wasm = e2e::wasm_file(&dist);
    let w = get(n.port, &format!("/{wasm}"), &[]);
    assert_eq!(
        w.headers.get("content-type").map(String::as_str),
        Some("application/wasm")
    );
    assert!(w
        .headers
        .get("cache-control")
        .is_some_and(|c| c.contains("immutable")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_runs_under_nginx_with_its_security_headers() {
    let dist = dist();
    let agencies: AgenciesFile = data(&dist);
    let n = nginx(&dist);
    let b = Browser::start("en").await;
    let h1 = b
        .open(&format!("http://127.0.0.1:{}/en/agencies/sbgs", n.port))
        .await;
    assert_eq!(h1, agencies.agency("sbgs").unwrap().name.en);
    b.click(".site-nav a[href='/en/library']").await;
    b.wait_path("/en/library").await;
    b.wait_page().await;
    assert!(b.count(".act-card").await > 0);
    b.close().await;
}

#[test]
fn dist_is_ready_for_any_static_host() {
    let dist = dist();
    // 404.html is the shell for hosts without rewrites; the loader is external (CSP).
    let index = std::fs::read_to_string(dist.join("index.html")).unwrap();
    assert_eq!(
        index,
        std::fs::read_to_string(dist.join("404.html")).unwrap()
    );
    assert!(!index.contains("import init"), "no inline loader left");
    assert!(index.contains("http-equiv=\"Content-Security-Policy\""));
    // Netlify / Cloudflare Pages.
    let headers = std::fs::read_to_string(dist.join("_headers")).unwrap();
    assert!(
        headers.contains("Content-Security-Policy:") && headers.contains("frame-ancestors 'none'")
    );
    assert!(
        headers.contains("X-Content-Type-Options: nosniff")
            && headers.contains("Referrer-Policy:")
            && headers.contains("Permissions-Policy:")
    );
    assert_eq!(
        std::fs::read_to_string(dist.join("_redirects"))
            .unwrap()
            .trim(),
        "/*  /index.html  200"
    );
    // Precompressed copies beside every compressible file, smaller than the original.
    for e in walk(&dist) {
        let ext = e.extension().and_then(|x| x.to_str()).unwrap_or("");
        if collection::ids::COMPRESSIBLE.contains(&ext) {
            for c in ["br", "gz"] {
                let p = Path::new(&format!("{}.{c}", e.display())).to_path_buf();
                assert!(p.is_file(), "{} missing", p.display());
                let (orig, comp) = (
                    std::fs::metadata(&e).unwrap().len(),
                    std::fs::metadata(&p).unwrap().len(),
                );
                assert!(
                    orig < 200 || comp < orig,
                    "{}: {comp} ≥ {orig}",
                    p.display()
                );
            }
        }
    }
    // The service worker knows this build.
    let sw = std::fs::read_to_string(dist.join("sw.js")).unwrap();
    assert!(
        !sw.contains("__VERSION__")
            && !sw.contains("\"__ASSETS__\"")
            && sw.contains("/data/acts.json")
    );
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn sitemap_lists_every_page_in_both_languages() {
    let dist = dist();
    let agencies: AgenciesFile = data(&dist);
    let acts: ActsFile = data(&dist);
    let site: collection::model::SiteFile = data(&dist);
    let contact = site.contact().is_some();
    let sitemap = std::fs::read_to_string(dist.join("sitemap.xml"))
        .expect("sitemap.xml (built with an origin)");
    let robots = std::fs::read_to_string(dist.join("robots.txt")).unwrap();
    let origin = robots
        .lines()
        .find_map(|l| l.strip_prefix("Sitemap: "))
        .expect("robots.txt names the sitemap");
    let base = origin.trim_end_matches("sitemap.xml").trim_end_matches('/');
    let pages: Vec<Route> = Route::all_pages(
        agencies.agencies.iter().map(|a| a.id.as_str()),
        acts.acts.iter().map(|a| a.id.as_str()),
    )
    .into_iter()
    .filter(|r| !matches!(r, Route::Page(_, collection::Page::Search)))
    // The contact page exists only with a contact address.
    .filter(|r| contact || !matches!(r, Route::Page(_, collection::Page::Contact)))
    .collect();
    assert_eq!(sitemap.matches("<url>").count(), pages.len());
    for r in &pages {
        let Route::Page(lang, page) = r else {
            unreachable!()
        };
        assert!(
            sitemap.contains(&format!("<loc>{base}{}</loc>", page.path(*lang))),
            "{r:?}"
        );
    }
    assert_eq!(sitemap.matches("hreflang=\"uk\"").count(), pages.len());
}

#[test]
fn the_github_pages_workflow_builds_under_the_repository_path() {
    let wf = std::fs::read_to_string(root().join(".github/workflows/pages.yml")).unwrap();
    assert!(wf.contains("cargo xtask build --public-url"), "{wf}");
    assert!(wf.contains("actions/upload-pages-artifact") && wf.contains("actions/deploy-pages"));
}
