//! Harness for the browser end-to-end tests: a static server for a built `dist/` (with an SPA
//! fallback and per-test overrides that simulate broken data files) and a headless Chromium
//! driven through chromedriver. Both bind to 127.0.0.1 and stop when the test ends.

pub mod browser;
pub mod bundle;
pub mod firstview;
pub mod server;

pub use browser::{Browser, ENTER, TAB};
pub use server::Site;

use std::path::PathBuf;

/// The workspace root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("workspace root")
}

/// The release build under test: `$E2E_DIST`, else `dist/` (built by `cargo xtask test`).
pub fn dist() -> PathBuf {
    let dir = std::env::var_os("E2E_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("dist"));
    assert!(
        dir.join("index.html").is_file(),
        "no build at {} — run `cargo xtask test`, which builds dist/ before the browser tests",
        dir.display()
    );
    dir
}

/// The build made with `--public-url /ibm-test/`: `$E2E_DIST_SUBPATH`, else `target/dist-subpath`.
pub const SUBPATH: &str = "/ibm-test";

pub fn dist_subpath() -> PathBuf {
    let dir = std::env::var_os("E2E_DIST_SUBPATH")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target/dist-subpath"));
    assert!(
        dir.join("index.html").is_file(),
        "no sub-path build at {} — run `cargo xtask test`",
        dir.display()
    );
    dir
}

/// The name of the app's wasm file in a build (`ibm-collection-<hash>_bg.wasm`).
pub fn wasm_file(dist: &std::path::Path) -> String {
    std::fs::read_dir(dist)
        .expect("a build directory")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .find(|n| n.starts_with("ibm-collection-") && n.ends_with("_bg.wasm"))
        .expect("the app's wasm file in the build")
}

/// What most browser tests start from: the release build (`dist()`) served on loopback and a
/// fresh browser with the given preferred languages. Tests destructure it:
/// `let Fixture { site, b, dist } = Fixture::start("uk").await;`.
pub struct Fixture {
    pub site: Site,
    pub b: Browser,
    /// The build, for its data files ([`data`]).
    pub dist: PathBuf,
}

impl Fixture {
    pub async fn start(languages: &str) -> Fixture {
        Fixture::sized(languages, 1280, 900).await
    }

    /// With a window of the given size (e.g. 390×844 for a phone).
    pub async fn sized(languages: &str, width: u32, height: u32) -> Fixture {
        let dist = dist();
        let site = Site::start(dist.clone(), "").await;
        let b = Browser::start_sized(languages, width, height).await;
        Fixture { site, b, dist }
    }
}

/// Acts matching a predicate, counted independently of the app's library logic.
pub fn count_acts(
    acts: &collection::model::ActsFile,
    f: impl Fn(&collection::model::Act) -> bool,
) -> u64 {
    acts.acts.iter().filter(|a| f(a)).count() as u64
}

/// A data file of the build under test, parsed with the app's own model.
pub fn data<T: collection::DataFile>(dist: &std::path::Path) -> T {
    let text = std::fs::read_to_string(dist.join("data").join(T::NAME)).expect("data file");
    T::parse(&text).expect("valid data")
}

/// Runs the build's own pre-renderer (`cargo xtask prerender`; `cargo xtask build` has compiled
/// it already) on the build in `dist`: every page, or only `paths` when given. Returns its
/// output.
pub fn prerender(
    dist: &std::path::Path,
    public_url: &str,
    origin: &str,
    paths: &[&str],
) -> std::process::Output {
    let mut cmd = std::process::Command::new(env!("CARGO"));
    cmd.current_dir(root())
        .args(["run", "--offline", "-q", "-p", "xtask", "--", "prerender"])
        .arg(dist)
        .args([public_url, origin]);
    if !paths.is_empty() {
        cmd.arg("--only").args(paths);
    }
    cmd.output().expect("run the pre-renderer")
}

/// Pre-renders `paths` of the build in `dist` again, after a test changed its data.
pub fn prerender_only(dist: &std::path::Path, public_url: &str, paths: &[&str]) {
    let out = prerender(
        dist,
        public_url,
        "",
        &[&["--skip-validation"], paths].concat(),
    );
    assert!(
        out.status.success(),
        "pre-rendering {paths:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A copy of the build in `dist` at `target/<name>` (without the precompressed files), for a
/// test that changes it.
pub fn copy_of(dist: &std::path::Path, name: &str) -> PathBuf {
    let copy = root().join("target").join(name);
    let _ = std::fs::remove_dir_all(&copy);
    copy_dir(dist, &copy);
    copy
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        let name = e.file_name().to_string_lossy().to_string();
        if p.is_dir() {
            copy_dir(&p, &to.join(&name));
        } else if !name.ends_with(".br") && !name.ends_with(".gz") {
            std::fs::copy(&p, to.join(&name)).unwrap();
        }
    }
}
