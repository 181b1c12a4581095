//! `test`: every check the README's test command runs, in order — format, lints, unit tests,
//! the data, two release builds (at the root without a browser, and under a sub-path), then
//! the browser tests. `test --fast` stops after the data: what needs no browser and no
//! release build, for the loop while working.

use crate::{build, data, root, run, tools, Result};
use std::process::Command;

/// `cargo clippy` on what `args` selects, every warning an error.
fn clippy(args: &[&str]) -> Result {
    run(Command::new("cargo")
        .args(["clippy", "--offline", "-q"])
        .args(args)
        .args(["--", "-D", "warnings"]))
}

pub fn test(args: &[String]) -> Result {
    let fast = match args {
        [] => false,
        [a] if a == "--fast" => true,
        other => {
            return Err(format!(
                "unknown arguments {other:?}: `test` or `test --fast`"
            ))
        }
    };
    let started = std::time::Instant::now();
    tools::setup(if fast {
        tools::Need::Check
    } else {
        tools::Need::Everything
    })?;
    checks()?;
    if fast {
        let secs = started.elapsed().as_secs();
        eprintln!("\nfast checks passed in {secs} s (browser tests: `cargo xtask test`)");
        return Ok(());
    }
    browser_tests()?;
    eprintln!("\nall tests passed in {} s", started.elapsed().as_secs());
    Ok(())
}

/// Format, lints, unit tests and the data: everything that needs no browser.
fn checks() -> Result {
    run(Command::new("cargo").args(["fmt", "--all", "--check"]))
        .map_err(|e| format!("{e}: run `cargo fmt --all`"))?;
    // The view! macros, which rustfmt leaves alone.
    run(Command::new("leptosfmt").args(["--check", "--quiet", "src"]))
        .map_err(|e| format!("{e}: run `leptosfmt src && cargo fmt --all`"))?;
    clippy(&[
        "-p",
        "collection",
        "-p",
        "ibm-search",
        "-p",
        "xtask",
        "-p",
        "e2e",
        "--all-targets",
    ])?;
    // The app twice: as the browser gets it, and as the pre-renderer runs it.
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
    data::validate(root().join("data"))
}

/// The two release builds and the browser tests.
fn browser_tests() -> Result {
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
    run(Command::new("cargo").args(["test", "--offline", "-p", "e2e", "--", "--test-threads=2"]))
}
