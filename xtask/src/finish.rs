//! After `trunk build`: what makes `dist/` ready for any static host.
//!
//! - trunk's inline module loader moves to an external `boot-<hash>.js`, so the
//!   Content-Security-Policy needs no `unsafe-inline` for scripts; the policy goes into the
//!   page as a `<meta>` (for hosts that cannot set headers) and into `_headers`;
//! - `404.html` is the app shell, for hosts without rewrites;
//! - `sw.js` gets the list of files to cache for offline use and a version from their content;
//! - `_headers` and `_redirects` for Netlify and Cloudflare Pages; `robots.txt` and
//!   `sitemap.xml` (every page in both languages, from `data/`) when the public origin is known;
//! - then every page is pre-rendered (`src/bin/prerender.rs`, natively), and [`compress`]
//!   writes `.br` and `.gz` beside every compressible file, for hosts that serve them.

use collection::export;
use collection::files::DataFile;
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

/// FNV-1a, 64 bits: a stable content hash for file names and the cache version.
pub fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The policy for this build: the base policy, with the contact endpoint's origin allowed to
/// receive the form when `data/site.json` sets one on another host.
pub fn policy(dist: &Path) -> String {
    let endpoint = std::fs::read_to_string(dist.join("data/site.json"))
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

/// The app's loader from trunk's inline one: the same JS glue and wasm, started by
/// `boot.js` (which also hands a pre-rendered page's data to Leptos and, on such a page, starts
/// the app only after the page has painted).
pub fn boot_script(trunk_loader: &str) -> Result<String, String> {
    let between = |from: &str, to: &str| -> Result<String, String> {
        let start = trunk_loader
            .find(from)
            .ok_or_else(|| format!("trunk's loader has no {from:?}: has trunk changed?"))?
            + from.len();
        let len = trunk_loader[start..]
            .find(to)
            .ok_or_else(|| format!("trunk's loader: no {to:?} after {from:?}"))?;
        Ok(trunk_loader[start..start + len].to_string())
    };
    let js = between("import init, * as bindings from '", "'")?;
    let wasm = between("module_or_path: '", "'")?;
    Ok(without_comment_lines(include_str!("boot.js"))
        .replace("__HYDRATION_DATA__", collection::ids::HYDRATION_DATA)
        .replace("__JS__", &js)
        .replace("__WASM__", &wasm))
}

/// `boot.js` as shipped: its explanations stay in the source (they are half its size, and every
/// page loads it before its heading paints); whole-line `//` comments and blank lines go.
fn without_comment_lines(js: &str) -> String {
    js.lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with("//"))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// The page's icon, written into the page (`data:`) from `favicon.svg`: no request of its own.
/// Browsers fetch a linked icon as soon as the page has loaded, which on a fast link lands
/// just before the first paint is on screen, and Lighthouse then counts one more round trip
/// before the largest paint (1.35 s or 1.50 s on `/en/library`, by chance). It costs each
/// page some 150 bytes; the file stays for the web app manifest.
pub fn inline_icon(html: &str, svg: &str) -> Result<String, String> {
    let link = "<link rel=\"icon\" href=\"favicon.svg\" type=\"image/svg+xml\">";
    if !html.contains(link) {
        return Err(format!("index.html has no {link}"));
    }
    if svg.contains('\'') {
        return Err("favicon.svg: use double quotes only (it goes into a data: URL)".into());
    }
    let mut uri = String::from("data:image/svg+xml,");
    for c in svg.trim().chars() {
        match c {
            '"' => uri.push('\''),
            '%' => uri.push_str("%25"),
            '#' => uri.push_str("%23"),
            '<' => uri.push_str("%3C"),
            '>' => uri.push_str("%3E"),
            ' ' | '\n' | '\r' | '\t' => uri.push_str("%20"),
            c => uri.push(c),
        }
    }
    Ok(html.replace(
        link,
        &format!("<link rel=\"icon\" href=\"{uri}\" type=\"image/svg+xml\">"),
    ))
}

/// Replaces trunk's inline `<script type="module">` with `boot-<hash>.js` ([`boot_script`])
/// and adds the CSP meta. Returns the new HTML and the boot file (name, content).
pub fn externalise_loader(
    html: &str,
    public_url: &str,
    csp: &str,
) -> Result<(String, String, String), String> {
    let open = "<script type=\"module\">";
    let start = html
        .find(open)
        .ok_or("no inline module script in index.html")?;
    let body_start = start + open.len();
    let end = body_start
        + html[body_start..]
            .find("</script>")
            .ok_or("unterminated script")?;
    let script = boot_script(&html[body_start..end])?;
    let name = format!("boot-{:016x}.js", fnv(script.as_bytes()));
    let tag = format!("<script type=\"module\" src=\"{public_url}{name}\"></script>");
    let mut out = format!(
        "{}{tag}{}",
        &html[..start],
        &html[end + "</script>".len()..]
    );
    let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">");
    let charset = out
        .find("<meta charset=\"utf-8\">")
        .ok_or("no <meta charset> in index.html")?
        + "<meta charset=\"utf-8\">".len();
    out.insert_str(charset, &format!("\n    {meta}"));
    Ok((out, name, script))
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
    let read = |name: &str| {
        std::fs::read_to_string(dist.join("data").join(name)).map_err(|e| format!("{name}: {e}"))
    };
    let agencies = AgenciesFile::parse(&read(AgenciesFile::NAME)?).map_err(|e| e.to_string())?;
    let acts = ActsFile::parse(&read(ActsFile::NAME)?).map_err(|e| e.to_string())?;
    let site = SiteFile::parse(&read(SiteFile::NAME)?).map_err(|e| e.to_string())?;
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
pub fn finish(dist: &Path, public_url: &str, origin: Option<&str>) -> Result<(), String> {
    let index_path = dist.join("index.html");
    let html = std::fs::read_to_string(&index_path).map_err(|e| format!("index.html: {e}"))?;
    let csp = policy(dist);
    let (html, boot_name, boot) = externalise_loader(&html, public_url, &csp)?;
    let icon = std::fs::read_to_string(dist.join("favicon.svg"))
        .map_err(|e| format!("favicon.svg: {e}"))?;
    let html = inline_icon(&html, &icon)?;
    write(&dist.join(&boot_name), &boot)?;
    write(&index_path, &html)?;
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
    let acts = std::fs::read_to_string(dist.join("data").join(ActsFile::NAME))
        .map_err(|e| format!("data/acts.json: {e}"))
        .and_then(|t| ActsFile::parse(&t).map_err(|e| e.to_string()))?;
    let site_url = format!("{}{public_url}", origin.unwrap_or("").trim_end_matches('/'));
    for lang in Lang::ALL {
        let path = dist.join(crate::feed::file(lang));
        std::fs::create_dir_all(path.parent().expect("a language folder"))
            .map_err(|e| e.to_string())?;
        write(&path, &crate::feed::atom(&acts, lang, &site_url))?;
    }

    // The approximation map as files to take away (its page links to them).
    let map = std::fs::read_to_string(dist.join("data").join(ComponentsFile::NAME))
        .map_err(|e| format!("data/components.json: {e}"))
        .and_then(|t| ComponentsFile::parse(&t).map_err(|e| e.to_string()))?;
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

    const TRUNK: &str = "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>x</title>\n<script type=\"module\">\nimport init, * as bindings from '/sub/app-1.js';\nconst wasm = await init({ module_or_path: '/sub/app-1_bg.wasm' });\n</script>\n<link rel=\"modulepreload\" href=\"/sub/app-1.js\"></head><body></body></html>";

    #[test]
    fn moves_the_inline_loader_out_and_adds_the_policy() {
        let (html, name, script) = externalise_loader(TRUNK, "/sub/", CSP).unwrap();
        assert!(!html.contains("import init"), "{html}");
        assert!(script.contains("import('/sub/app-1.js')"), "{script}");
        assert!(script.contains("module_or_path: '/sub/app-1_bg.wasm'"));
        assert!(script.contains("getElementById('hydration-data')"));
        // The code ships, its explanations stay in the source.
        assert!(script.contains("[data-disclosure]"));
        assert!(include_str!("boot.js").contains("\n// "));
        assert!(!script.lines().any(|l| l.trim_start().starts_with("//")));
        assert!(html.contains(&format!(
            "<script type=\"module\" src=\"/sub/{name}\"></script>"
        )));
        assert!(name.starts_with("boot-") && name.ends_with(".js"));
        assert!(html.contains("http-equiv=\"Content-Security-Policy\""));
        assert!(!CSP.contains("'unsafe-inline'") && !CSP.contains("'unsafe-eval'"));
        // Same script, same name: the file name is a content hash.
        assert_eq!(externalise_loader(TRUNK, "/sub/", CSP).unwrap().1, name);
    }

    #[test]
    fn a_contact_endpoint_elsewhere_is_allowed_to_receive_the_form() {
        let dir = std::env::temp_dir().join(format!("ibm-policy-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("data")).unwrap();
        assert_eq!(policy(&dir), CSP, "no site.json: the base policy");
        std::fs::write(
            dir.join("data/site.json"),
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

    #[test]
    fn the_icon_goes_into_the_page() {
        let page = "<head><link rel=\"icon\" href=\"favicon.svg\" type=\"image/svg+xml\"></head>";
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect fill=\"#0057b7\" width=\"50%\"/></svg>\n";
        let html = inline_icon(page, svg).unwrap();
        assert_eq!(
            html,
            "<head><link rel=\"icon\" href=\"data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%3E%20%3Crect%20fill='%230057b7'%20width='50%25'/%3E%3C/svg%3E\" type=\"image/svg+xml\"></head>"
        );
        assert!(
            inline_icon("<head></head>", svg).is_err(),
            "no icon link: say so"
        );
        assert!(inline_icon(page, "<svg a='1'/>").is_err());
        // The shipped icon goes in as it is.
        let shipped = std::fs::read_to_string(crate::root().join("public/favicon.svg")).unwrap();
        assert!(inline_icon(page, &shipped).is_ok());
    }
}
