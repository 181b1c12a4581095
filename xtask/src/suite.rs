//! `test`: every check the README's test command runs, in order — format, lints, unit tests,
//! the data, two release builds (at the root without a browser, and under a sub-path), then
//! the browser tests.

use crate::{build, data, root, run, tools, Result};
use std::process::Command;

/// `cargo clippy` on what `args` selects, every warning an error.
fn clippy(args: &[&str]) -> Result {
    run(Command::new("cargo")
        .args(["clippy", "--offline", "-q"])
        .args(args)
        .args(["--", "-D", "warnings"]))
}

pub fn test() -> Result {
    tools::setup(tools::Need::Everything)?;
    run(Command::new("cargo").args(["fmt", "--all", "--check"]))
        .map_err(|e| format!("{e}: run `cargo fmt --all`"))?;
    // The view! macros, which rustfmt leaves alone.
    run(Command::new("leptosfmt").args(["--check", "--quiet", "src"]))
        .map_err(|e| format!("{e}: run `leptosfmt src && cargo fmt --all`"))?;
    clippy(&[
        "-p",
        "collection",
        "-p",
        "xtask",
        "-p",
        "e2e",
        "--all-targets",
    ])?;
    // The app twice: as the browser gets it (a release build: development builds render the
    // static pages' components instead, as the pre-renderer does), and as the pre-renderer runs it.
    clippy(&[
        "--release",
        "--target",
        "wasm32-unknown-unknown",
        "-p",
        "ibm-collection",
        "--features",
        "hydrate",
    ])?;
    clippy(&["-p", "ibm-collection", "--features", "ssr", "--all-targets"])?;
    run(Command::new("cargo").args(["test", "--offline", "-p", "collection", "-p", "xtask"]))?;
    run(Command::new("cargo").args([
        "test",
        "--offline",
        "-p",
        "ibm-collection",
        "--features",
        "ssr",
    ]))?;
    data::validate(root().join("data"))?;
    // The release build, as a host that has no browser would run it: pre-rendering is native.
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    run(Command::new(exe)
        .args(["build", "--origin", build::TEST_ORIGIN])
        .env("CHROMIUM", "/bin/false")
        .env("CHROMEDRIVER", "/bin/false"))?;
    build::build(
        "/ibm-test/",
        &root().join("target/dist-subpath"),
        Some(build::TEST_ORIGIN),
    )?;
    run(Command::new("cargo").args(["test", "--offline", "-p", "e2e", "--", "--test-threads=2"]))?;
    eprintln!("\nall tests passed");
    Ok(())
}
