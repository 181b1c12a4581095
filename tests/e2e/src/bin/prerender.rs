//! `prerender DIST BASE [ORIGIN]`: writes every page of the finished build in DIST (deployed
//! under BASE, e.g. `/` or `/ibm-test/`, at ORIGIN such as `https://host`) as static HTML.
//! Run by `cargo xtask build`.

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(dist), Some(base)) = (args.next(), args.next()) else {
        eprintln!("usage: prerender DIST BASE");
        std::process::exit(2);
    };
    let dist = std::path::PathBuf::from(dist);
    let base = base.trim_end_matches('/');
    let origin = args.next();
    let started = std::time::Instant::now();
    let paths = e2e::prerender::all_paths(&dist);
    let written = e2e::prerender::prerender(&dist, base, origin.as_deref(), &paths).await;
    eprintln!(
        "pre-rendered {} pages in {:.1} s",
        written.len(),
        started.elapsed().as_secs_f64()
    );
}
