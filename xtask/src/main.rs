//! Developer automation in Rust (the `cargo xtask` pattern): one idempotent set-up step that
//! installs only what is missing, and the commands the README gives — one module per command,
//! listed in [`COMMANDS`] (`cargo xtask --help` prints them).

mod assets;
mod build;
mod data;
mod feed;
mod finish;
mod perf;
mod search;
mod serve;
mod split;
mod suite;
#[cfg(test)]
mod tidy;
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

/// One command: its name, its arguments, a line of help, and what runs it.
struct Cmd {
    name: &'static str,
    args: &'static str,
    help: &'static str,
    run: fn(&[String]) -> Result,
}

const COMMANDS: &[Cmd] = &[
    Cmd {
        name: "setup",
        args: "",
        help: "install what is missing (wasm32 target, trunk, wasm-bindgen, wasm-opt, Chromium)",
        run: |_| tools::setup(tools::Need::Everything),
    },
    Cmd {
        name: "serve",
        args: "[--port 8080] [--dist target/serve]",
        help: "set up, then build as for release (debug profile) into target/serve/ and serve it on http://127.0.0.1:8080 as a static host would, rebuilt on every change (trunk watch)",
        run: serve::serve_cmd,
    },
    Cmd {
        name: "build",
        args: "[--public-url /path/] [--dist DIR] [--origin https://host]",
        help: "release build, pre-rendered and finished for static hosting (no browser needed)",
        run: build::build_cmd,
    },
    Cmd {
        name: "prerender",
        args: "DIST PUBLIC-URL [ORIGIN] [--only PATH…]",
        help: "pre-render the pages of a finished build again (the last step of build)",
        run: build::prerender_cmd,
    },
    Cmd {
        name: "validate",
        args: "[DIR]",
        help: "check the data files (default data/): file, JSON path and reason for each problem",
        run: |args| {
            data::validate(
                args.first()
                    .map(PathBuf::from)
                    .unwrap_or_else(|| root().join("data")),
            )
        },
    },
    Cmd {
        name: "schema",
        args: "",
        help: "regenerate schema/*.schema.json from the content model",
        run: |_| data::write_schemas(),
    },
    Cmd {
        name: "assets",
        args: "",
        help: "write what index.html takes from the source into target/assets/: stylesheet and boot.js without comments, the CSP, the icon (run by trunk before each build)",
        run: |_| assets::write(),
    },
    Cmd {
        name: "finish",
        args: "",
        help: "finish trunk's staging folder for static hosting: derived data, loader, CSP, service worker, feeds, every page pre-rendered (run by trunk as its post_build hook)",
        run: |_| build::finish_hook(),
    },
    Cmd {
        name: "bench",
        args: "",
        help: "search benchmark: natively, then in headless Chromium beside Pagefind",
        run: |_| perf::bench(),
    },
    Cmd {
        name: "perf",
        args: "",
        help:
            "every performance figure: first view, time to <h1>, Lighthouse, search, wasm by crate",
        run: |_| perf::perf(),
    },
    Cmd {
        name: "test",
        args: "[--fast]",
        help: "set up, then run every test: format, lints, unit, data, release builds, browser (--fast: no release build, no browser)",
        run: suite::test,
    },
];

fn help() -> String {
    let mut out = String::from("usage: cargo xtask <command> [arguments]\n\ncommands:\n");
    for c in COMMANDS {
        let call = format!("{} {}", c.name, c.args);
        out.push_str(&format!("  {:<12} {}\n", c.name, c.help));
        if !c.args.is_empty() {
            out.push_str(&format!("  {:<12}   cargo xtask {}\n", "", call.trim_end()));
        }
    }
    out
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let name = args.first().map(String::as_str);
    if matches!(name, Some("-h" | "--help" | "help")) {
        print!("{}", help());
        return ExitCode::SUCCESS;
    }
    let Some(cmd) = COMMANDS.iter().find(|c| Some(c.name) == name) else {
        if let Some(other) = name {
            eprintln!("unknown command {other:?}\n");
        }
        eprint!("{}", help());
        return ExitCode::from(2);
    };
    match (cmd.run)(&args[1..]) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nerror: {e}");
            ExitCode::FAILURE
        }
    }
}

/// A command set to run in the workspace root with the local tools on PATH.
pub fn prepared(cmd: &mut Command) -> &mut Command {
    cmd.current_dir(root())
        .env("PATH", tools::path_with_tools())
        .env("TRUNK_SKIP_VERSION_CHECK", "true")
}

/// Runs a command in the workspace root with the local tools on PATH; fails on a bad status.
pub fn run(cmd: &mut Command) -> Result {
    let shown = format!("{cmd:?}");
    eprintln!("$ {shown}");
    let status = prepared(cmd)
        .status()
        .map_err(|e| format!("{shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_lists_every_command_once() {
        let text = help();
        for c in COMMANDS {
            assert_eq!(
                COMMANDS.iter().filter(|o| o.name == c.name).count(),
                1,
                "{} twice",
                c.name
            );
            assert!(text.contains(&format!("  {:<12} {}", c.name, c.help)));
        }
    }

    /// The README's commands are commands.
    #[test]
    fn the_readme_names_only_commands_that_exist() {
        let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
        for word in readme.split("cargo xtask ").skip(1) {
            let name: String = word
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '-')
                .collect();
            if name.is_empty() {
                continue;
            }
            assert!(
                COMMANDS.iter().any(|c| c.name == name),
                "README.md mentions `cargo xtask {name}`, which does not exist"
            );
        }
    }
}
