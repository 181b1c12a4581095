//! `build` and `serve`: a release build finished for static hosting, and the live-reloading
//! development server.

use crate::{data, finish, root, run, tools, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn serve() -> Result {
    tools::setup(tools::Need::Serve)?;
    // Show data problems but serve anyway: the app shows an error panel for a broken file, and
    // an editor wants to see that too.
    if let Err(e) = data::validate(root().join("data")) {
        eprintln!("warning: {e}");
    }
    eprintln!("serving on http://127.0.0.1:8080/ (Ctrl-C to stop)");
    run(Command::new("trunk").args(["serve", "--address", "127.0.0.1", "--port", "8080"]))
}

/// A release build in `dist`, finished for static hosts (see `finish.rs`). `origin` (e.g.
/// `https://example.gov.ua`) is where the site will live; without it no sitemap is written.
pub fn build(public_url: &str, dist: &Path, origin: Option<&str>) -> Result {
    warn_without_contact();
    run(Command::new("trunk")
        .args(["build", "--release", "--public-url", public_url, "--dist"])
        .arg(dist))?;
    finish::finish(dist, public_url, origin)?;
    prerender(dist, public_url, origin, &[])?;
    finish::compress(dist)?;
    eprintln!("finished {} for static hosting", dist.display());
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
