//! Harness for the browser end-to-end tests: a static server for a built `dist/` (with an SPA
//! fallback and per-test overrides that simulate broken data files) and a headless Chromium
//! driven through chromedriver. Both bind to 127.0.0.1 and stop when the test ends.

pub mod browser;
pub mod firstview;
pub mod prerender;
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

/// A data file of the build under test, parsed with the app's own model.
pub fn data<T: collection::DataFile>(dist: &std::path::Path) -> T {
    let text = std::fs::read_to_string(dist.join("data").join(T::NAME)).expect("data file");
    T::parse(&text).expect("valid data")
}
