//! Developer automation in Rust (the `cargo xtask` pattern): one idempotent set-up step that
//! installs only what is missing, and the commands the README gives.
//!
//! ```text
//! cargo xtask setup              install what is missing (target, trunk, wasm-bindgen, wasm-opt, Chromium)
//! cargo xtask serve              set up, check data/, serve on http://127.0.0.1:8080 (trunk serve)
//! cargo xtask build [--public-url /path/] [--dist DIR] [--origin https://host]
//!                                release build, finished for static hosting
//! cargo xtask validate [DIR]     check the data files (default data/)
//! cargo xtask schema             regenerate schema/*.schema.json from the content model
//! cargo xtask split-data [DIR]   derive the compact acts index and per-act files (a trunk hook)
//! cargo xtask bench              search benchmark: native, then in headless Chromium
//! cargo xtask perf               every performance figure: first view, time to <h1>, search vs
//!                                Pagefind, wasm size by crate
//! cargo xtask test               set up, then run every test: unit, data, release build, browser
//! ```

mod feed;
mod finish;
mod tools;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("setup") => tools::setup(tools::Need::Everything),
        Some("serve") => serve(),
        Some("build") => build_cmd(&args[1..]),
        Some("validate") => validate(
            args.get(1)
                .map(PathBuf::from)
                .unwrap_or_else(|| root().join("data")),
        ),
        Some("test") => test(),
        Some("schema") => write_schemas(),
        Some("split-data") => split_data(args.get(1).map(PathBuf::from)),
        Some("bench") => bench(),
        Some("perf") => perf(),
        _ => {
            eprintln!("usage: cargo xtask <setup|serve|build|validate|schema|bench|perf|test>");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nerror: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Runs a command in the workspace root with the local tools on PATH; fails on a bad status.
pub fn run(cmd: &mut Command) -> Result {
    let shown = format!("{cmd:?}");
    eprintln!("$ {shown}");
    let status = cmd
        .current_dir(root())
        .env("PATH", tools::path_with_tools())
        .env("TRUNK_SKIP_VERSION_CHECK", "true")
        .status()
        .map_err(|e| format!("{shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

fn validate(dir: PathBuf) -> Result {
    let problems = collection::validate::validate_dir(&dir);
    if problems.is_empty() {
        eprintln!(
            "data: {} files valid in {}",
            collection::files::ALL_FILES.len(),
            dir.display()
        );
        return Ok(());
    }
    for p in &problems {
        eprintln!("{p}");
    }
    Err(format!(
        "{} problem(s) in {}",
        problems.len(),
        dir.display()
    ))
}

/// Writes the files derived from `acts.json` (compact index, one file per act) into a build's
/// `data/` folder: DIR, or `$TRUNK_STAGING_DIR/data` when trunk runs this as a hook.
fn split_data(dir: Option<PathBuf>) -> Result {
    let dir = match dir {
        Some(d) => d,
        None => std::env::var_os("TRUNK_STAGING_DIR")
            .map(|d| PathBuf::from(d).join("data"))
            .ok_or("split-data needs a folder (or TRUNK_STAGING_DIR)")?,
    };
    let path = dir.join(<collection::model::ActsFile as collection::DataFile>::NAME);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let acts = <collection::model::ActsFile as collection::DataFile>::parse(&text)
        .map_err(|e| e.to_string())?;
    let n = collection::files::write_split_acts(&dir, &acts)
        .map_err(|e| format!("{}: {e}", dir.display()))?;
    eprintln!("split {} into {n} files", path.display());
    Ok(())
}

/// Writes the JSON Schemas that `data/*.json` reference with `"$schema"`.
fn write_schemas() -> Result {
    let dir = root().join("schema");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    for (name, text) in collection::files::schema::all() {
        std::fs::write(dir.join(&name), text).map_err(|e| format!("{name}: {e}"))?;
        eprintln!("wrote schema/{name}");
    }
    Ok(())
}

/// Prints index build time and query latency p50/p95, natively (real, 1,000 and 10,000 acts)
/// and in headless Chromium against the release build (real and 10,000 acts).
fn bench() -> Result {
    tools::setup(tools::Need::Everything)?;
    run(Command::new("cargo").args([
        "bench",
        "--offline",
        "-p",
        "collection",
        "--bench",
        "search",
    ]))?;
    ignored_browser_tests(&["bench"])
}

/// Builds dist/ once and runs the ignored browser measurements, printing their output.
fn ignored_browser_tests(names: &[&str]) -> Result {
    build("/", &root().join("dist"), Some(TEST_ORIGIN))?;
    for name in names {
        run(Command::new("cargo").args([
            "test",
            "--offline",
            "-p",
            "e2e",
            "--test",
            name,
            "--",
            "--ignored",
            "--nocapture",
            // One at a time: the timings must not share the machine with each other.
            "--test-threads=1",
        ]))?;
    }
    Ok(())
}

/// Everything the performance issue asks to see, in one run: first-view bytes (raw, gzip,
/// brotli) and time to the `<main>` heading's paint next to a static page; search latency and
/// bytes in the browser next to Pagefind; then the wasm's size by crate (twiggy, installed
/// here if missing).
fn perf() -> Result {
    tools::setup(tools::Need::Everything)?;
    tools::lighthouse()?;
    ignored_browser_tests(&["perf", "bench"])?;
    if Command::new("twiggy").arg("--version").output().is_err() {
        run(Command::new("cargo").args(["install", "twiggy", "--locked"]))?;
    }
    let wasm = root().join("target/wasm32-unknown-unknown/release/ibm-collection.wasm");
    match Command::new("twiggy")
        .args(["top", "-n", "100000", "-f", "csv"])
        .arg(&wasm)
        .output()
    {
        Ok(out) if out.status.success() => {
            println!("\nWebAssembly code by crate (before wasm-bindgen and wasm-opt; bytes):");
            for (name, bytes) in perf_by_crate(&String::from_utf8_lossy(&out.stdout))
                .into_iter()
                .take(15)
            {
                println!("{bytes:>10}  {name}");
            }
        }
        _ => eprintln!(
            "(twiggy could not read {}: no size by crate)",
            wasm.display()
        ),
    }
    Ok(())
}

/// Sums twiggy's CSV rows (`Name,ShallowSize,…`) by the crate named in each item.
fn perf_by_crate(csv: &str) -> Vec<(String, u64)> {
    let mut sums: std::collections::HashMap<String, u64> = std::collections::HashMap::new();
    for line in csv.lines().skip(1) {
        // The name may be quoted (with "" inside); the size is the next field.
        let (name, rest) = if let Some(q) = line.strip_prefix('"') {
            let mut end = 0;
            let b = q.as_bytes();
            while end < b.len() {
                if b[end] == b'"' && b.get(end + 1) == Some(&b'"') {
                    end += 2;
                } else if b[end] == b'"' {
                    break;
                } else {
                    end += 1;
                }
            }
            (
                q[..end.min(q.len())].replace("\"\"", "\""),
                q.get(end + 2..).unwrap_or(""),
            )
        } else {
            let (n, r) = line.split_once(',').unwrap_or((line, ""));
            (n.to_string(), r)
        };
        let Some(Ok(size)) = rest.split(',').next().map(|s| s.trim().parse::<u64>()) else {
            continue;
        };
        if name.contains("__wbindgen_describe")
            || name.contains("function names")
            || name.contains("__wasm_bindgen_unstable")
        {
            continue; // removed by wasm-bindgen and wasm-opt
        }
        let krate = name
            .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .find_map(|w| {
                w.split("::")
                    .next()
                    .filter(|k| w.contains("::") && !k.is_empty())
            })
            .unwrap_or("other (data, glue)")
            .to_string();
        *sums.entry(krate).or_default() += size;
    }
    let mut v: Vec<_> = sums.into_iter().collect();
    v.sort_by_key(|e| std::cmp::Reverse(e.1));
    v
}

#[cfg(test)]
mod perf_tests {
    #[test]
    fn sums_twiggy_rows_by_crate() {
        let csv = "Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent\n\"\"\"function names\"\" subsection\",100,1,,\ntachys::view::build::h1,40,1,,\n\"<F as tachys::reactive::Render>::build::h2\",10,1,,\ncollection::search::Index::build::h3,5,1,,\n";
        let v = super::perf_by_crate(csv);
        assert_eq!(
            v,
            vec![("tachys".to_string(), 50), ("collection".to_string(), 5)]
        );
    }
}

fn serve() -> Result {
    tools::setup(tools::Need::Serve)?;
    // Show data problems but serve anyway: the app shows an error panel for a broken file, and
    // an editor wants to see that too.
    if let Err(e) = validate(root().join("data")) {
        eprintln!("warning: {e}");
    }
    eprintln!("serving on http://127.0.0.1:8080/ (Ctrl-C to stop)");
    run(Command::new("trunk").args(["serve", "--address", "127.0.0.1", "--port", "8080"]))
}

/// A release build in `dist`, finished for static hosts (see `finish.rs`). `origin` (e.g.
/// `https://example.gov.ua`) is where the site will live; without it no sitemap is written.
fn build(public_url: &str, dist: &Path, origin: Option<&str>) -> Result {
    warn_without_contact();
    run(Command::new("trunk")
        .args(["build", "--release", "--public-url", public_url, "--dist"])
        .arg(dist))?;
    finish::finish(dist, public_url, origin)?;
    // Every page as static HTML with its data, rendered natively by the app's own components
    // (feature `ssr`); it prints how long that took.
    run(Command::new("cargo")
        .args([
            "run",
            "--offline",
            "-q",
            "-p",
            "ibm-collection",
            "--features",
            "ssr",
            "--bin",
            "prerender",
            "--",
        ])
        .arg(dist)
        .arg(public_url)
        .args(origin))?;
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

fn build_cmd(args: &[String]) -> Result {
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

/// `cargo clippy` on what `args` selects, every warning an error.
fn clippy(args: &[&str]) -> Result {
    run(Command::new("cargo")
        .args(["clippy", "--offline", "-q"])
        .args(args)
        .args(["--", "-D", "warnings"]))
}

fn test() -> Result {
    tools::setup(tools::Need::Everything)?;
    run(Command::new("cargo").args(["fmt", "--all", "--check"]))
        .map_err(|e| format!("{e}: run `cargo fmt --all`"))?;
    clippy(&[
        "-p",
        "collection",
        "-p",
        "xtask",
        "-p",
        "e2e",
        "--all-targets",
    ])?;
    // The app twice: as the browser gets it, and as the pre-renderer runs it.
    clippy(&[
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
    validate(root().join("data"))?;
    // The release build, as a host that has no browser would run it: pre-rendering is native.
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    run(Command::new(exe)
        .args(["build", "--origin", TEST_ORIGIN])
        .env("CHROMIUM", "/bin/false")
        .env("CHROMEDRIVER", "/bin/false"))?;
    build(
        "/ibm-test/",
        &root().join("target/dist-subpath"),
        Some(TEST_ORIGIN),
    )?;
    run(Command::new("cargo").args(["test", "--offline", "-p", "e2e", "--", "--test-threads=2"]))?;
    eprintln!("\nall tests passed");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The committed schemas must be what the model generates: run `cargo xtask schema` after
    /// changing the model.
    #[test]
    fn committed_schemas_match_the_model() {
        for (name, text) in collection::files::schema::all() {
            let committed =
                std::fs::read_to_string(root().join("schema").join(&name)).unwrap_or_default();
            assert!(
                committed == text,
                "schema/{name} is stale: run `cargo xtask schema`"
            );
        }
    }
}
