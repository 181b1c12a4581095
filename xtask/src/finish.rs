//! After `trunk build`: what makes `dist/` ready for any static host.
//!
//! - trunk's inline module loader moves to an external `boot-<hash>.js`, so the
//!   Content-Security-Policy needs no `unsafe-inline` for scripts; the policy goes into the
//!   page as a `<meta>` (for hosts that cannot set headers) and into `_headers`;
//! - the search index is built (`data/search-{lang}.bin`) and the search module named
//!   (`search.rs`);
//! - `404.html` is the app shell, for hosts without rewrites;
//! - `sw.js` gets the list of files to cache for offline use and a version from their content;
//! - `_headers` and `_redirects` for Netlify and Cloudflare Pages; `robots.txt` and
//!   `sitemap.xml` (every page in both languages, from `data/`) when the public origin is known;
//! - then every page is pre-rendered (`src/bin/prerender.rs`, natively), and [`compress`]
//!   writes `.br` and `.gz` beside every compressible file, for hosts that serve them.

use crate::data::read;
use collection::export;
use collection::model::{ActsFile, AgenciesFile, ComponentsFile, SiteFile};
use collection::{Lang, Route};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The policy for scripts, styles and connections: same origin only, wasm compilation allowed.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
/// Only enforceable as a header (a `<meta>` policy cannot say it).
pub const FRAME_ANCESTORS: &str = "frame-ancestors 'none'";
pub const REFERRER_POLICY: &str = "strict-origin-when-cross-origin";
pub const PERMISSIONS_POLICY: &str = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

/// The security headers, as (name, value).
pub fn security_headers() -> Vec<(&'static str, String)> {
    vec![
        (
            "Content-Security-Policy",
            format!("{CSP}; {FRAME_ANCESTORS}"),
        ),
        ("X-Content-Type-Options", "nosniff".into()),
        ("Referrer-Policy", REFERRER_POLICY.into()),
        ("Permissions-Policy", PERMISSIONS_POLICY.into()),
        ("X-Frame-Options", "DENY".into()),
    ]
}

pub use collection::hash::fnv;

/// The policy for the data in `data` (a `data/` folder): the base policy, with the contact
/// endpoint's origin allowed to receive the form when `site.json` sets one on another host.
pub fn policy(data: &Path) -> String {
    let endpoint = std::fs::read_to_string(data.join("site.json"))
        .ok()
        .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
        .and_then(|v| v["contact"]["endpoint"].as_str().map(str::to_string));
    match endpoint.and_then(|e| {
        let rest = e.strip_prefix("https://")?;
        Some(format!("https://{}", rest.split('/').next()?))
    }) {
        Some(origin) => CSP.replace(
            "connect-src 'self'",
            &format!("connect-src 'self' {origin}"),
        ),
        None => CSP.to_string(),
    }
}

/// Checks the skeleton trunk wrote: the policy for this build's data as a `<meta>` (for hosts
/// that cannot send headers), the icon, and where the app's code is, for `boot.js`. A pattern
/// whose value file was missing would stay as `{name}` in the page.
pub fn check_skeleton(html: &str, csp: &str) -> Result<(), String> {
    let wanted = [
        format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">"),
        "<link rel=\"icon\" href=\"data:image/svg+xml,".to_string(),
        "<script type=\"application/json\" id=\"app-code\">{\"js\":\"".to_string(),
        "<script src=\"".to_string(),
    ];
    let missing: Vec<&String> = wanted
        .iter()
        .filter(|w| !html.contains(w.as_str()))
        .collect();
    let left = ["{csp}", "{icon}", "{base}", "{js}", "{wasm}"];
    let unfilled: Vec<&&str> = left.iter().filter(|p| html.contains(**p)).collect();
    if missing.is_empty() && unfilled.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "index.html as trunk wrote it lacks {missing:?} or keeps {unfilled:?}: did `cargo xtask assets` run first (Trunk.toml's pre_build hook)?"
        ))
    }
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn rel(dist: &Path, p: &Path) -> String {
    p.strip_prefix(dist)
        .unwrap_or(p)
        .to_string_lossy()
        .replace('\\', "/")
}

use collection::ids::COMPRESSIBLE;

fn ext(p: &Path) -> &str {
    p.extension().and_then(|e| e.to_str()).unwrap_or("")
}

/// The files the service worker caches at install: the app shell and every data file. Not the
/// pre-rendered pages: offline, the shell shows any page — from the cached data, or for a
/// static page from its content, which the worker takes from `fragments.json` at install.
pub fn precache_list(dist: &Path) -> Vec<String> {
    files(dist)
        .iter()
        .map(|p| rel(dist, p))
        .filter(|r| {
            let prerendered = r.ends_with(".html") && r.contains('/');
            // One file per act: fetched (and then cached) when its page is opened; offline,
            // the page reads the act from the precached acts.json instead.
            let per_act = r.starts_with(&format!("data/{}/", collection::files::split::DETAILS));
            let feed = r.ends_with("/feed.xml");
            // Files to take away, not needed to read the site offline.
            let download = r.starts_with("downloads/");
            !prerendered
                && !download
                && !per_act
                && !feed
                && !r.ends_with(".br")
                && !r.ends_with(".gz")
                && !r.starts_with('.')
                && !matches!(
                    r.as_str(),
                    "sw.js" | "404.html" | "_headers" | "_redirects" | "robots.txt" | "sitemap.xml"
                )
        })
        .collect()
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

pub fn sitemap(dist: &Path, origin: &str, public_url: &str) -> Result<String, String> {
    let data = dist.join("data");
    let agencies: AgenciesFile = read(&data)?;
    let acts: ActsFile = read(&data)?;
    let site: SiteFile = read(&data)?;
    let base = format!(
        "{}{}",
        origin.trim_end_matches('/'),
        public_url.trim_end_matches('/')
    );
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    for route in Route::all_pages(
        agencies.agencies.iter().map(|a| a.id.as_str()),
        acts.acts.iter().map(|a| a.id.as_str()),
    ) {
        let Route::Page(lang, page) = &route else {
            continue;
        };
        let no_contact = *page == collection::Page::Contact && site.contact().is_none();
        if *page == collection::Page::Search || no_contact {
            continue;
        }
        xml.push_str(&format!(
            "  <url>\n    <loc>{base}{}</loc>\n",
            page.path(*lang)
        ));
        for alt in Lang::ALL {
            xml.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"{alt}\" href=\"{base}{}\"/>\n",
                page.path(alt)
            ));
        }
        xml.push_str("  </url>\n");
    }
    xml.push_str("</urlset>\n");
    Ok(xml)
}

/// Everything above but compression, on a finished trunk build.
pub fn finish(
    dist: &Path,
    public_url: &str,
    origin: Option<&str>,
    release: bool,
) -> Result<(), String> {
    let html =
        std::fs::read_to_string(dist.join("index.html")).map_err(|e| format!("index.html: {e}"))?;
    let csp = policy(&dist.join("data"));
    check_skeleton(&html, &csp)?;
    // The search, ready before the first query: its index and its module.
    crate::search::write_index(&dist.join("data"))?;
    let html = crate::split::split_app(dist, &html, public_url, release)?;
    let html = crate::search::place_module(dist, &html, public_url)?;
    write(&dist.join("index.html"), &html)?;
    write(&dist.join("404.html"), &html)?;

    // Hosts that read _headers (Netlify, Cloudflare Pages).
    let mut headers = String::from("/*\n");
    for (k, v) in security_headers() {
        let v = if k == "Content-Security-Policy" {
            format!("{csp}; {FRAME_ANCESTORS}")
        } else {
            v
        };
        headers.push_str(&format!("  {k}: {v}\n"));
    }
    headers.push_str(&format!("\n{public_url}*-*.js\n  Cache-Control: public, max-age=31536000, immutable\n{public_url}*.wasm\n  Cache-Control: public, max-age=31536000, immutable\n{public_url}*-*.css\n  Cache-Control: public, max-age=31536000, immutable\n{public_url}sw.js\n  Cache-Control: no-cache\n"));
    write(&dist.join("_headers"), &headers)?;
    write(
        &dist.join("_redirects"),
        &format!("{public_url}*  {public_url}index.html  200\n"),
    )?;

    // What changes in the collection, as an Atom feed per language.
    let acts: ActsFile = read(&dist.join("data"))?;
    let site_url = format!("{}{public_url}", origin.unwrap_or("").trim_end_matches('/'));
    for lang in Lang::ALL {
        let path = dist.join(crate::feed::file(lang));
        std::fs::create_dir_all(path.parent().expect("a language folder"))
            .map_err(|e| e.to_string())?;
        write(&path, &crate::feed::atom(&acts, lang, &site_url))?;
    }

    // The approximation map as files to take away (its page links to them).
    let map: ComponentsFile = read(&dist.join("data"))?;
    for (ext, text) in [
        ("csv", export::map_csv(&map, &acts)),
        ("json", export::map_json(&map, &acts)),
    ] {
        let path = dist.join(export::map_file(ext));
        std::fs::create_dir_all(path.parent().expect("a folder")).map_err(|e| e.to_string())?;
        write(&path, &text)?;
    }

    if let Some(origin) = origin {
        let base = format!("{}{}", origin.trim_end_matches('/'), public_url);
        write(
            &dist.join("robots.txt"),
            &format!("User-agent: *\nAllow: /\n\nSitemap: {base}sitemap.xml\n"),
        )?;
        write(
            &dist.join("sitemap.xml"),
            &sitemap(dist, origin, public_url)?,
        )?;
    } else {
        write(&dist.join("robots.txt"), "User-agent: *\nAllow: /\n")?;
    }

    service_worker(dist, public_url)
}

/// Fills in `sw.js`: the precache list, a version that changes with any content, the shell
/// and the static pages' content file.
fn service_worker(dist: &Path, public_url: &str) -> Result<(), String> {
    let list = precache_list(dist);
    let mut version_input = Vec::new();
    for r in &list {
        version_input.extend_from_slice(r.as_bytes());
        version_input.extend_from_slice(
            &fnv(&std::fs::read(dist.join(r)).unwrap_or_default()).to_le_bytes(),
        );
    }
    let version = format!("{:016x}", fnv(&version_input));
    let template = std::fs::read_to_string(dist.join("sw.js"))
        .map_err(|e| format!("sw.js (from public/): {e}"))?;
    let assets = serde_json::to_string(
        &list
            .iter()
            .map(|r| format!("{public_url}{r}"))
            .collect::<Vec<_>>(),
    )
    .map_err(|e| e.to_string())?;
    let sw = template
        .replace("__VERSION__", &version)
        .replace("\"__ASSETS__\"", &assets)
        .replace("__SHELL__", &format!("{public_url}index.html"))
        .replace(
            "__FRAGMENTS__",
            &format!("{public_url}{}", collection::route::FRAGMENTS),
        );
    write(&dist.join("sw.js"), &sw)
}

/// Precompressed copies (`.gz`, `.br`) beside every text file, for hosts that serve them. Brotli
/// at its best takes most of a release build's finishing time, so every core takes a share.
pub fn compress(dist: &Path) -> Result<(), String> {
    let todo: Vec<PathBuf> = files(dist)
        .into_iter()
        .filter(|p| COMPRESSIBLE.contains(&ext(p)))
        .collect();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let share = todo.len().div_ceil(cores).max(1);
    std::thread::scope(|s| {
        let workers: Vec<_> = todo
            .chunks(share)
            .map(|part| s.spawn(move || part.iter().try_for_each(|p| compress_one(p))))
            .collect();
        workers
            .into_iter()
            .try_for_each(|w| w.join().map_err(|_| "compression failed".to_string())?)
    })
}

/// `<file>.gz` and `<file>.br` beside `p`.
fn compress_one(p: &Path) -> Result<(), String> {
    let bytes = std::fs::read(p).map_err(|e| e.to_string())?;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&bytes).map_err(|e| e.to_string())?;
    std::fs::write(
        format!("{}.gz", p.display()),
        gz.finish().map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())?;
    let mut br = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut bytes.as_slice(), &mut br, &params).map_err(|e| e.to_string())?;
    std::fs::write(format!("{}.br", p.display()), br).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_skeleton_must_carry_the_policy_the_icon_and_the_code() {
        let page = format!(
            "<head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\"><link rel=\"icon\" href=\"data:image/svg+xml,%3Csvg/%3E\" type=\"image/svg+xml\"><script type=\"application/json\" id=\"app-code\">{{\"js\":\"/app-1.js\",\"wasm\":\"/app-1_bg.wasm\"}}</script><script src=\"/boot-1.js\" type=\"module\"></script></head>"
        );
        assert_eq!(check_skeleton(&page, CSP), Ok(()));
        assert!(!CSP.contains("'unsafe-inline'") && !CSP.contains("'unsafe-eval'"));
        let unfilled = page.replace(CSP, "{csp}");
        assert!(check_skeleton(&unfilled, CSP)
            .unwrap_err()
            .contains("{csp}"));
        let other = CSP.replace("'self'", "'none'");
        assert!(check_skeleton(&page, &other).is_err(), "another policy");
    }

    #[test]
    fn a_contact_endpoint_elsewhere_is_allowed_to_receive_the_form() {
        let dir = std::env::temp_dir().join(format!("ibm-policy-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        assert_eq!(policy(&dir), CSP, "no site.json: the base policy");
        std::fs::write(
            dir.join("site.json"),
            r#"{"contact": {"endpoint": "https://forms.example.org/ibm/contact"}}"#,
        )
        .unwrap();
        assert!(
            policy(&dir).contains("connect-src 'self' https://forms.example.org;"),
            "{}",
            policy(&dir)
        );
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn the_nginx_recipe_sends_the_same_headers() {
        let conf = std::fs::read_to_string(crate::root().join("deploy/nginx.conf")).unwrap();
        for (k, v) in security_headers() {
            assert!(
                conf.contains(&format!("add_header {k} \"{v}\" always;")),
                "deploy/nginx.conf lacks {k}: {v}"
            );
        }
    }
}
