//! `prerender DIST PUBLIC_URL [ORIGIN] [--skip-validation] [--only PATH…]`: writes every page of the finished build in `DIST` as
//! static HTML (see `ibm_collection::prerender`). `cargo xtask build` runs it after trunk;
//! it needs no browser.

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    // For tests that give a build made-up data on purpose (the validator runs otherwise).
    let check = !args.iter().any(|a| a == "--skip-validation");
    args.retain(|a| a != "--skip-validation");
    let only = match args.iter().position(|a| a == "--only") {
        Some(i) => args.split_off(i)[1..].to_vec(),
        None => Vec::new(),
    };
    let (Some(dist), Some(public_url)) = (args.first(), args.get(1)) else {
        eprintln!("usage: prerender DIST PUBLIC_URL [ORIGIN] [--only PATH…]");
        return ExitCode::from(2);
    };
    let origin = args.get(2).map(String::as_str).unwrap_or("");
    let dist = std::path::Path::new(dist);
    match ibm_collection::prerender::run(dist, public_url, origin, &only, check) {
        Ok(report) => {
            eprintln!(
                "pre-rendered {} pages in {:.1} s",
                report.pages, report.seconds
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("pre-rendering failed:\n{e}");
            ExitCode::FAILURE
        }
    }
}
