//! Installs the build and test tools when they are missing, and only then; each check is a
//! version probe that takes milliseconds, so running it before every command is cheap.

use crate::{root, run, Result};
use std::path::PathBuf;
use std::process::Command;

pub const TRUNK_VERSION: &str = "0.21.14";
/// binaryen's wasm-opt from npm; Debian bookworm's 108 miscompiles current Rust output.
pub const BINARYEN_VERSION: &str = "132";
/// axe-core, injected by the browser tests to audit every route against WCAG 2.2 AA.
pub const AXE_VERSION: &str = "4.14.1";
/// Lighthouse, run by `cargo xtask perf` against a loopback server: performance and
/// accessibility as site owners see them.
pub const LIGHTHOUSE_VERSION: &str = "12.2.3";
/// Pagefind, indexed through its Node API beside our search in `cargo xtask bench`; npm brings
/// its binary as the optional dependency `@pagefind/<platform>`.
pub const PAGEFIND_VERSION: &str = "1.6.0";
/// The Nu Html Checker (vnu.jar, from npm), run by the browser tests on the built pages; it
/// needs Java (Debian's `default-jre-headless` when missing).
pub const VNU_VERSION: &str = "26.9.27";
/// leptosfmt formats the `view!` macros; the test command checks them (`leptosfmt --check`).
pub const LEPTOSFMT_VERSION: &str = "0.1.33";

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// What `test --fast` needs: the wasm32 target (the app is linted as the browser gets it)
    /// and leptosfmt.
    Check,
    /// What `trunk serve` needs: trunk and its tools.
    Serve,
    /// What a release build needs: the same (pre-rendering is native; no browser).
    Build,
    /// Also what the tests and measurements need: leptosfmt, Chromium and chromedriver,
    /// axe-core, the Nu Html Checker and Java, Pagefind, nginx.
    Everything,
}

fn tools_bin() -> PathBuf {
    root().join(".tools/node_modules/.bin")
}

/// PATH with the project-local tools first, so trunk finds the pinned wasm-opt.
pub fn path_with_tools() -> String {
    let cargo_bin = std::env::var("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|_| {
            PathBuf::from(std::env::var("HOME").unwrap_or_default()).join(".cargo")
        });
    let old = std::env::var("PATH").unwrap_or_default();
    format!(
        "{}:{}:{old}",
        tools_bin().display(),
        cargo_bin.join("bin").display()
    )
}

/// First line of `program --version`, if it runs.
fn version_of(program: &str) -> Option<String> {
    let out = Command::new(program)
        .arg("--version")
        .env("PATH", path_with_tools())
        .output()
        .ok()?;
    out.status.success().then(|| {
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .next()
            .unwrap_or("")
            .to_string()
    })
}

/// The `wasm-bindgen` version Cargo.lock resolved: the CLI must match it exactly.
pub fn locked_wasm_bindgen() -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e}"))?;
    version_in_lock(&lock, "wasm-bindgen")
        .ok_or_else(|| "wasm-bindgen not found in Cargo.lock".into())
}

pub fn version_in_lock(lock: &str, package: &str) -> Option<String> {
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == format!("name = \"{package}\"") {
            let v = lines
                .next()?
                .trim()
                .strip_prefix("version = \"")?
                .strip_suffix('"')?;
            return Some(v.to_string());
        }
    }
    None
}

/// A `key = "value"` from Trunk.toml's `[tools]` table.
pub fn trunk_tool_pin(trunk_toml: &str, key: &str) -> Option<String> {
    let mut in_tools = false;
    for line in trunk_toml.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_tools = line == "[tools]";
        } else if in_tools {
            if let Some((k, v)) = line.split_once('=') {
                if k.trim() == key {
                    return Some(v.trim().trim_matches('"').to_string());
                }
            }
        }
    }
    None
}

pub fn setup(need: Need) -> Result {
    wasm_target()?;
    if need == Need::Check {
        cargo_tool("leptosfmt", LEPTOSFMT_VERSION, "about 3 minutes, once")?;
        return run(Command::new("cargo").args(["fetch", "--quiet"]));
    }
    cargo_tool("trunk", TRUNK_VERSION, "about 12 minutes, once")?;
    wasm_bindgen()?;
    let wasm_opt = tools_bin().join("wasm-opt");
    let opt_ok = wasm_opt.exists()
        && version_of(wasm_opt.to_str().unwrap_or(""))
            .is_some_and(|v| v.contains(&format!("version {BINARYEN_VERSION}")));
    if !opt_ok {
        npm_install(&format!("binaryen@{BINARYEN_VERSION}.0.0"))?;
    }
    if need == Need::Everything {
        cargo_tool("leptosfmt", LEPTOSFMT_VERSION, "about 3 minutes, once")?;
        let axe_pkg = root().join(".tools/node_modules/axe-core/package.json");
        let axe_ok = std::fs::read_to_string(&axe_pkg)
            .is_ok_and(|p| p.contains(&format!("\"version\": \"{AXE_VERSION}\"")));
        if !axe_ok {
            npm_install(&format!("axe-core@{AXE_VERSION}"))?;
        }
        if !pagefind_ok() {
            npm_install(&format!("pagefind@{PAGEFIND_VERSION}"))?;
        }
        let vnu_pkg = root().join(".tools/node_modules/vnu-jar/package.json");
        let vnu_ok = std::fs::read_to_string(&vnu_pkg)
            .is_ok_and(|p| p.contains(&format!("\"version\": \"{VNU_VERSION}\"")));
        if !vnu_ok {
            npm_install(&format!("vnu-jar@{VNU_VERSION}"))?;
        }
    }
    debian_packages(need)?;
    // trunk runs cargo with --offline (Trunk.toml), so the registry cache must be complete.
    run(Command::new("cargo").args(["fetch", "--quiet"]))
}

fn wasm_target() -> Result {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output();
    let has_target = installed
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("wasm32-unknown-unknown"))
        .unwrap_or(false);
    if has_target {
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// `cargo install <name> --version <version> --locked`, unless `<name> --version` already
/// says that version.
fn cargo_tool(name: &str, version: &str, how_long: &str) -> Result {
    if version_of(name).as_deref() == Some(&format!("{name} {version}")) {
        return Ok(());
    }
    eprintln!("installing {name} {version} ({how_long})");
    run(Command::new("cargo").args(["install", name, "--version", version, "--locked"]))
}

/// wasm-bindgen-cli at Cargo.lock's version, which Trunk.toml must pin too.
fn wasm_bindgen() -> Result {
    let wbg = locked_wasm_bindgen()?;
    let trunk_toml = std::fs::read_to_string(root().join("Trunk.toml"))
        .map_err(|e| format!("Trunk.toml: {e}"))?;
    if trunk_tool_pin(&trunk_toml, "wasm_bindgen").as_deref() != Some(wbg.as_str()) {
        return Err(format!(
            "Trunk.toml [tools] wasm_bindgen must equal Cargo.lock's wasm-bindgen {wbg}"
        ));
    }
    if version_of("wasm-bindgen").as_deref() != Some(&format!("wasm-bindgen {wbg}")) {
        eprintln!("installing wasm-bindgen-cli {wbg} (about 4 minutes, once)");
        // Not --locked: its lockfile wants a webpki-roots newer than the reachable index.
        run(Command::new("cargo").args(["install", "wasm-bindgen-cli", "--version", &wbg]))?;
    }
    Ok(())
}

/// A browser for the browser tests; nginx for the deployment test. $CHROMIUM and
/// $CHROMEDRIVER may name a browser the machine already has (the tests use them too);
/// otherwise Debian's packages.
fn debian_packages(need: Need) -> Result {
    let have = |p: &str| std::path::Path::new(p).exists();
    let browser = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let driver = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
    let mut packages = Vec::new();
    if need == Need::Everything && (!have(&browser) || !have(&driver)) {
        packages.extend(["chromium", "chromium-driver"]);
    }
    if need == Need::Everything && !have("/usr/sbin/nginx") {
        packages.push("nginx");
    }
    if need == Need::Everything && !java_runs() {
        packages.push("default-jre-headless");
    }
    if packages.is_empty() {
        return Ok(());
    }
    eprintln!("installing {} from Debian", packages.join(", "));
    let sudo = !is_root();
    let apt = |args: &[&str]| {
        let mut c = if sudo {
            Command::new("sudo")
        } else {
            Command::new("apt-get")
        };
        if sudo {
            c.arg("apt-get");
        }
        c.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        c
    };
    run(&mut apt(&["update"]))?;
    let mut install = vec!["install", "-y", "--no-install-recommends"];
    install.extend(&packages);
    run(&mut apt(&install))
}

/// Whether `java -version` runs (it prints to stderr, so [`version_of`] does not see it).
fn java_runs() -> bool {
    Command::new("java")
        .arg("-version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Pagefind's Node API and its platform binary, both at [`PAGEFIND_VERSION`].
fn pagefind_ok() -> bool {
    let modules = root().join(".tools/node_modules");
    let at = |p: PathBuf| {
        std::fs::read_to_string(p)
            .ok()
            .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
            .is_some_and(|pkg| pkg["version"] == PAGEFIND_VERSION)
    };
    at(modules.join("pagefind/package.json"))
        && std::fs::read_dir(modules.join("@pagefind")).is_ok_and(|dir| {
            dir.flatten()
                .any(|platform| at(platform.path().join("package.json")))
        })
}

/// Lighthouse in `.tools/`, for the performance figures only (a large install).
pub fn lighthouse() -> Result {
    let pkg = root().join(".tools/node_modules/lighthouse/package.json");
    let ok = std::fs::read_to_string(pkg)
        .is_ok_and(|p| p.contains(&format!("\"version\": \"{LIGHTHOUSE_VERSION}\"")));
    if ok {
        return Ok(());
    }
    npm_install(&format!("lighthouse@{LIGHTHOUSE_VERSION}"))
}

/// Installs an npm package into the project-local `.tools/`, pinned exactly.
fn npm_install(package: &str) -> Result {
    std::fs::create_dir_all(root().join(".tools")).map_err(|e| e.to_string())?;
    run(Command::new("npm").args([
        "install",
        "--prefix",
        ".tools",
        "--no-audit",
        "--no-fund",
        "--save-exact",
        package,
    ]))
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_versions_from_the_lockfile() {
        let lock = "[[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\n";
        assert_eq!(
            version_in_lock(lock, "wasm-bindgen").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(version_in_lock(lock, "leptos"), None);
    }

    #[test]
    fn trunk_pins_match_the_lockfile() {
        let toml = std::fs::read_to_string(root().join("Trunk.toml")).unwrap();
        assert_eq!(
            trunk_tool_pin(&toml, "wasm_bindgen"),
            Some(locked_wasm_bindgen().unwrap())
        );
        assert_eq!(
            trunk_tool_pin(&toml, "wasm_opt"),
            Some(format!("version_{BINARYEN_VERSION}"))
        );
        assert_eq!(
            trunk_tool_pin("[build]\nwasm_bindgen = \"1\"\n", "wasm_bindgen"),
            None
        );
    }
}
