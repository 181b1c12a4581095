//! The app's wasm, split (part of `cargo xtask finish`). Each kind of page's code — the static
//! pages, the library, the other pages the app renders (`src/chunks.rs`) — leaves the module
//! every page loads and comes as a chunk, fetched when such a page is first shown.
//!
//! trunk 0.21 cannot split (trunk-rs/trunk#1022), and its output cannot be split: the splitter
//! needs the linker's relocations (`build.rs` asks wasm-ld for them), which wasm-bindgen and
//! wasm-opt drop. So this starts again from cargo's wasm, as cargo-leptos does:
//! `wasm_split_cli_support` splits it, wasm-bindgen makes the main module's JavaScript (keeping
//! the exports the chunks link against), wasm-opt optimises the main module and each chunk as
//! trunk would, and the results replace trunk's two files.
//!
//! Names: the main module's files are `ibm-collection-<H>.js` / `_bg.wasm` and the chunks with
//! their loader sit in `split-<H>/`, `<H>` a hash of all the wasm, so that a host may cache
//! every one of them for good: the chunks fit only the main module they were split from.

use crate::{root, run, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The app's crate and binary, as trunk names its files.
const APP: &str = "ibm-collection";
/// What the splitter names the loader, and the main module it imports, before they have names.
const LINK: &str = "./__wasm_split.js";
const MAIN: &str = "./__main__.js";

/// Replaces trunk's build of the app in `dist` by the split one; returns the skeleton with the
/// new names in its `#app-code` data. `release` as trunk's profile: wasm-opt runs only then.
pub fn split_app(dist: &Path, html: &str, public_url: &str, release: bool) -> Result<String> {
    let profile = if release { "release" } else { "debug" };
    let target =
        std::env::var("CARGO_TARGET_DIR").map_or_else(|_| root().join("target"), PathBuf::from);
    let input = target.join(format!("wasm32-unknown-unknown/{profile}/{APP}.wasm"));
    // One folder per profile: `cargo xtask serve` may be running beside a release build.
    let split = split(&input, &target.join("split").join(profile), release)?;
    let hash = format!("{:016x}", split.hash()?);
    remove_trunks(dist)?;
    let (js_name, wasm_name, folder) = (
        format!("{APP}-{hash}.js"),
        format!("{APP}-{hash}_bg.wasm"),
        format!("split-{hash}"),
    );
    // Only where the loader is imported from: the import object's keys stay the wasm's
    // import module names.
    let imported = format!("from \"{LINK}\"");
    let linked = format!("from \"./{folder}/{}\"", LINK.trim_start_matches("./"));
    if !split.main_js.contains(&imported) {
        return Err(format!("wasm-bindgen's {APP}.js does not import {LINK}"));
    }
    write(
        &dist.join(&js_name),
        &split.main_js.replace(&imported, &linked),
    )?;
    copy(&split.main_wasm, &dist.join(&wasm_name))?;
    let out = dist.join(&folder);
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    write(
        &out.join(LINK.trim_start_matches("./")),
        &split.link_js.replace(MAIN, &format!("../{js_name}")),
    )?;
    for chunk in &split.chunks {
        copy(
            chunk,
            &out.join(chunk.file_name().ok_or("a chunk without a name")?),
        )?;
    }
    eprintln!(
        "split {APP}: main module and {} chunks in {folder}/",
        split.chunks.len()
    );
    app_code(
        html,
        &format!("{public_url}{js_name}"),
        &format!("{public_url}{wasm_name}"),
    )
}

/// The app split, before it has names.
struct Split {
    main_js: String,
    main_wasm: PathBuf,
    /// In name order.
    chunks: Vec<PathBuf>,
    link_js: String,
}

impl Split {
    /// One hash for the whole: every module and the loader.
    fn hash(&self) -> Result<u64> {
        let read = |p: &Path| std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()));
        let mut all = read(&self.main_wasm)?;
        for chunk in &self.chunks {
            all.extend(chunk.file_name().unwrap_or_default().as_encoded_bytes());
            all.extend(read(chunk)?);
        }
        all.extend(self.link_js.as_bytes());
        Ok(crate::finish::fnv(&all))
    }
}

/// Splits cargo's `input` in `work`, makes the main module's JavaScript and, for a release,
/// optimises every module.
fn split(input: &Path, work: &Path, release: bool) -> Result<Split> {
    let wasm = std::fs::read(input).map_err(|e| format!("{}: {e}", input.display()))?;
    let _ = std::fs::remove_dir_all(work);
    std::fs::create_dir_all(work).map_err(|e| format!("{}: {e}", work.display()))?;
    let chunks_dir = work.join("chunks");
    let main_wasm = work.join("main.wasm");
    let split = wasm_split_cli_support::transform({
        let mut o = wasm_split_cli_support::Options::new(&wasm);
        o.output_dir = &chunks_dir;
        o.main_out_path = &main_wasm;
        o.link_name = LINK;
        o.main_module = MAIN;
        o
    })
    .map_err(|e| format!("splitting {}: {e:?}", input.display()))?;
    let bindgen = work.join("bindgen");
    run(Command::new("wasm-bindgen")
        .args(["--target", "web", "--no-typescript", "--keep-lld-exports"])
        .args(["--out-name", APP, "--out-dir"])
        .arg(&bindgen)
        .arg(&main_wasm))?;
    let main_bg = bindgen.join(format!("{APP}_bg.wasm"));
    let mut chunks = split.split_modules;
    chunks.sort();
    let modules: Vec<&PathBuf> = std::iter::once(&main_bg).chain(&chunks).collect();
    // For twiggy: `SPLIT_RAW=1` keeps every module as split, with its names, in `raw/`.
    if std::env::var_os("SPLIT_RAW").is_some() {
        let raw = work.join("raw");
        std::fs::create_dir_all(&raw).map_err(|e| e.to_string())?;
        for m in &modules {
            copy(m, &raw.join(m.file_name().unwrap_or_default()))?;
        }
    }
    if release {
        optimise(&modules)?;
    }
    Ok(Split {
        main_js: read_text(&bindgen.join(format!("{APP}.js")))?,
        main_wasm: main_bg,
        chunks,
        link_js: read_text(&chunks_dir.join(LINK.trim_start_matches("./")))?,
    })
}

/// `wasm-opt -Os` on each module in place (the level that makes the smallest brotli here; trunk's
/// own pass is off for the app, `data-wasm-opt="0"` in index.html, since its output is
/// replaced), a share of the modules per core; quiet unless one fails (binaryen warns about the
/// splitter's name sections, harmlessly).
fn optimise(modules: &[&PathBuf]) -> Result {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let per_core = modules.len().div_ceil(cores).max(1);
    std::thread::scope(|s| {
        let workers: Vec<_> = modules
            .chunks(per_core)
            .map(|share| {
                s.spawn(move || -> Result {
                    for m in share {
                        let out = crate::prepared(
                            Command::new("wasm-opt").arg("-Os").arg(m).arg("-o").arg(m),
                        )
                        .output()
                        .map_err(|e| format!("wasm-opt: {e}"))?;
                        if !out.status.success() {
                            return Err(format!(
                                "wasm-opt {}: {}",
                                m.display(),
                                String::from_utf8_lossy(&out.stderr)
                            ));
                        }
                    }
                    Ok(())
                })
            })
            .collect();
        workers.into_iter().try_for_each(|w| {
            w.join()
                .map_err(|_| "wasm-opt worker panicked".to_string())?
        })
    })
}

/// Removes trunk's build of the app (`ibm-collection-<hash>.js`, `_bg.wasm`) and any earlier
/// split.
fn remove_trunks(dist: &Path) -> Result {
    for entry in std::fs::read_dir(dist)
        .map_err(|e| e.to_string())?
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().to_string();
        let trunks = name.starts_with(&format!("{APP}-"))
            && (name.ends_with(".js") || name.ends_with("_bg.wasm"));
        let path = entry.path();
        let removed = if trunks {
            std::fs::remove_file(&path)
        } else if name.starts_with("split-") && path.is_dir() {
            std::fs::remove_dir_all(&path)
        } else {
            continue;
        };
        removed.map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// A split point's share of the wasm, in brotli bytes: its own chunk and the chunks it shares
/// with other split points.
pub struct Share {
    pub name: String,
    pub own: u64,
    pub shared: u64,
}

/// What each kind of page fetches of the app's wasm in the release build in `dist`, in brotli
/// bytes (its `.br` copies): the main module, and each split point's [`Share`].
pub fn report(dist: &Path) -> Result<(u64, Vec<Share>)> {
    let folder = std::fs::read_dir(dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            p.is_dir()
                && p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("split-"))
        })
        .ok_or("no split-<hash> folder: build with `cargo xtask build` first")?;
    let br = |p: &Path| {
        let c = PathBuf::from(format!("{}.br", p.display()));
        std::fs::metadata(&c)
            .map(|m| m.len())
            .map_err(|e| format!("{}: {e}", c.display()))
    };
    let main = std::fs::read_dir(dist)
        .map_err(|e| e.to_string())?
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            p.to_string_lossy().ends_with("_bg.wasm")
                && p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with(APP))
        })
        .ok_or("no main module")?;
    let sets = chunk_sets(&read_text(&folder.join(LINK.trim_start_matches("./")))?);
    let mut rows = Vec::new();
    let mut names: Vec<String> = std::fs::read_dir(&folder)
        .map_err(|e| e.to_string())?
        .flatten()
        .filter_map(|e| {
            let n = e.file_name().to_string_lossy().to_string();
            Some(n.strip_prefix("split_")?.strip_suffix(".wasm")?.to_string())
        })
        .collect();
    names.sort();
    for name in names {
        let own = br(&folder.join(format!("split_{name}.wasm")))?;
        let mut shared = 0;
        for (file, users) in &sets {
            if users.contains(&name) {
                shared += br(&folder.join(file))?;
            }
        }
        rows.push(Share { name, own, shared });
    }
    Ok((br(&main)?, rows))
}

/// The shared chunks the splitter's loader names, each with the split points that need it
/// (`/* a, b */` above its loader).
fn chunk_sets(link_js: &str) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    let mut users: Option<Vec<String>> = None;
    for line in link_js.lines().map(str::trim) {
        if let Some(list) = line.strip_prefix("/* ").and_then(|l| l.strip_suffix(" */")) {
            users = Some(list.split(", ").map(String::from).collect());
        } else if let Some((_, rest)) = line.split_once("new URL(\"./") {
            if let (Some(file), Some(u)) = (rest.split('"').next(), users.take()) {
                out.push((file.to_string(), u));
            }
        }
    }
    out
}

/// The skeleton with the app's two files named in `#app-code` (`"js"`, `"wasm"`).
fn app_code(html: &str, js: &str, wasm: &str) -> Result<String> {
    let marker = "id=\"app-code\">";
    let start = html
        .find(marker)
        .ok_or("index.html has no #app-code data")?
        + marker.len();
    let end = start
        + html[start..]
            .find("</script>")
            .ok_or("#app-code is not closed")?;
    let mut code: serde_json::Value =
        serde_json::from_str(&html[start..end]).map_err(|e| format!("#app-code: {e}"))?;
    code["js"] = js.into();
    code["wasm"] = wasm.into();
    Ok(format!("{}{}{}", &html[..start], code, &html[end..]))
}

fn read_text(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

fn copy(from: &Path, to: &Path) -> Result {
    std::fs::copy(from, to)
        .map(|_| ())
        .map_err(|e| format!("{} → {}: {e}", from.display(), to.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_which_split_points_need_each_shared_chunk() {
        let js = "/* contact, library */\nconst __chunk_7 = makeLoad(() => {\n    const src = fetch(new URL(\"./chunk_7.wasm\", import.meta.url));\n}, []);\nexport const __wasm_split_load_search = wrapAsyncCb(makeLoad(() => {\n    const src = fetch(new URL(\"./split_search.wasm\", import.meta.url));\n}, [__chunk_7]));\n";
        assert_eq!(
            chunk_sets(js),
            vec![(
                "chunk_7.wasm".to_string(),
                vec!["contact".to_string(), "library".to_string()]
            )]
        );
    }

    #[test]
    fn names_the_split_files_in_the_app_code_data() {
        let html = r#"<head><script type="application/json" id="app-code">{"js":"/a.js","wasm":"/a_bg.wasm"}</script></head>"#;
        let out = app_code(html, "/x/app-1.js", "/x/app-1_bg.wasm").unwrap();
        assert!(out.contains(r#""js":"/x/app-1.js""#), "{out}");
        assert!(out.contains(r#""wasm":"/x/app-1_bg.wasm""#), "{out}");
        assert!(out.ends_with("</script></head>"), "{out}");
        assert!(app_code("<head></head>", "a", "b").is_err());
    }
}
