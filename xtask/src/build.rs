//! `build`, and `finish`, the hook that makes trunk's output a site: one pipeline for the
//! release build and the development server (`serve.rs`).
//!
//! `trunk build` (or `trunk watch`) runs `cargo xtask css` before it builds and
//! `cargo xtask finish` after: the derived data files, `finish.rs` (loader, CSP, service
//! worker, feeds, sitemap), every page pre-rendered, and for a release `.br`/`.gz` copies.
//! So every build trunk makes is finished, however it was started.

use crate::{data, finish, root, run, tools, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// A release build in `dist`, finished for static hosts. `origin` (e.g.
/// `https://example.gov.ua`) is where the site will live; without it no sitemap is written.
/// trunk's hook reads it as `PUBLIC_ORIGIN`.
pub fn build(public_url: &str, dist: &Path, origin: Option<&str>) -> Result {
    warn_without_contact();
    let mut trunk = Command::new("trunk");
    trunk
        .args(["build", "--release", "--public-url", public_url, "--dist"])
        .arg(dist);
    match origin {
        Some(origin) => trunk.env(ORIGIN, origin),
        None => trunk.env_remove(ORIGIN),
    };
    run(&mut trunk)?;
    eprintln!("finished {} for static hosting", dist.display());
    Ok(())
}

/// The variable that carries the public origin from `cargo xtask build` to the hook.
const ORIGIN: &str = "PUBLIC_ORIGIN";

/// `cargo xtask finish`, run by trunk after each build with the staging folder, the public URL
/// and the profile in its environment.
pub fn finish_hook() -> Result {
    let var = |k: &str| {
        std::env::var(k).map_err(|_| {
            format!("{k} is not set: trunk runs `cargo xtask finish` as its post_build hook")
        })
    };
    let dist = PathBuf::from(var("TRUNK_STAGING_DIR")?);
    let mut public_url = var("TRUNK_PUBLIC_URL")?;
    if !public_url.ends_with('/') {
        public_url.push('/');
    }
    let origin = std::env::var(ORIGIN).ok().filter(|o| !o.is_empty());
    let release = var("TRUNK_PROFILE")? == "release";
    data::split_data(&dist.join("data"))?;
    finish::finish(&dist, &public_url, origin.as_deref(), release)?;
    prerender(&dist, &public_url, origin.as_deref(), &[])?;
    // Compressing a debug build's wasm would take longer than building it, for nothing.
    if release {
        finish::compress(&dist)?;
    }
    Ok(())
}

/// Without a contact address in `data/site.json`, the contact page and its link are left out of
/// the build; an editor should know.
fn warn_without_contact() {
    use collection::DataFile;
    let site = std::fs::read_to_string(root().join("data/site.json"))
        .ok()
        .and_then(|t| collection::model::SiteFile::parse(&t).ok());
    if site.is_some_and(|s| s.contact().is_none()) {
        eprintln!(
            "warning: data/site.json has no contact address (\"contact\": {{\"email\": …}} or {{\"endpoint\": …}}): the contact page and its link are left out of this build"
        );
    }
}

/// The origin the test builds pretend to be deployed at, for the sitemap.
pub const TEST_ORIGIN: &str = "https://ibm-collection.example";

pub fn build_cmd(args: &[String]) -> Result {
    tools::setup(tools::Need::Build)?;
    let mut public_url = "/".to_string();
    let mut dist = root().join("dist");
    let mut origin = std::env::var("PUBLIC_ORIGIN").ok();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--public-url" => public_url = it.next().ok_or("--public-url needs a value")?.clone(),
            "--dist" => dist = PathBuf::from(it.next().ok_or("--dist needs a value")?),
            "--origin" => origin = Some(it.next().ok_or("--origin needs a value")?.clone()),
            other => return Err(format!("unknown option {other}")),
        }
    }
    if !public_url.ends_with('/') {
        public_url.push('/');
    }
    build(&public_url, &dist, origin.as_deref())
}

/// Every page of the finished build in `dist` as static HTML with its data, rendered natively
/// by the app's own components (feature `ssr`); it prints how long that took. `more` passes
/// `--only PATH…` on, to render some pages again.
pub fn prerender(dist: &Path, public_url: &str, origin: Option<&str>, more: &[String]) -> Result {
    run(Command::new("cargo")
        .args([
            "run",
            "--offline",
            "-q",
            "-p",
            "ibm-collection",
            "--features",
            "ssr",
        ])
        .args(["--bin", "prerender", "--"])
        .arg(dist)
        .arg(public_url)
        .args(origin)
        .args(more))
}

/// `cargo xtask prerender DIST PUBLIC-URL [ORIGIN] [--only PATH…]`
pub fn prerender_cmd(args: &[String]) -> Result {
    let [dist, public_url, rest @ ..] = args else {
        return Err("usage: cargo xtask prerender DIST PUBLIC-URL [ORIGIN] [--only PATH…]".into());
    };
    let split = rest
        .iter()
        .position(|a| a == "--only")
        .unwrap_or(rest.len());
    let (origin, more) = rest.split_at(split);
    let origin = origin.first().map(String::as_str);
    prerender(Path::new(dist), public_url, origin, more)
}
