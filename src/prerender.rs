//! Pre-rendering (feature `ssr`, run at build time by `src/bin/prerender.rs`): every page of a
//! finished build written as static HTML by the app's own components, natively, with the data
//! each page shows serialised beside it.
//!
//! The heading and text paint before the WebAssembly arrives, readers without JavaScript get
//! the page, and in the browser the app hydrates these nodes instead of replacing them
//! (`src/boot.rs`). No browser is involved, and the same build gives the same bytes.
//!
//! A page file is the build's `index.html` with the page's `<title>`, meta tags and `lang`,
//! its resources' data in `<script type="application/json" id="hydration-data">` (an inline
//! script would need `unsafe-inline` in the Content-Security-Policy; the boot script hands the
//! data to the app), and the rendered `<body>`.

use crate::api;
use crate::frame::Deployment;
use collection::files::DataFile;
use collection::model::{ActsFile, AgenciesFile, SiteFile};
use collection::route::{fragment_file, page_file};
use collection::{ids, Page, Route};
use futures::StreamExt;
use hydration_context::{SerializedDataId, SharedContext, SsrSharedContext};
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;
use std::path::Path;
use std::sync::Arc;

/// Every page worth pre-rendering, as app paths: all routes in both languages (the contact
/// page only when a contact address is configured).
pub fn all_paths(agencies: &AgenciesFile, acts: &ActsFile, contact: bool) -> Vec<String> {
    Route::all_pages(
        agencies.agencies.iter().map(|a| a.id.as_str()),
        acts.acts.iter().map(|a| a.id.as_str()),
    )
    .into_iter()
    .filter_map(|r| match r {
        Route::Page(_, Page::Contact) if !contact => None,
        Route::Page(lang, page) => Some(page.path(lang)),
        _ => None,
    })
    .collect()
}

/// Data files a page will want after it has started and that it does not carry: fetched
/// early, at low priority, so that they are on the way when the reader needs them.
fn later_data(path: &str) -> Vec<String> {
    match Route::parse(path) {
        // The page is served for every `?q=…`: the search index for its language.
        Route::Page(lang, Page::Search) => {
            vec![format!(
                "data/{}",
                collection::search::packed::file_name(lang)
            )]
        }
        _ => Vec::new(),
    }
}

/// The build's `index.html`, ready to take a page.
pub struct Template {
    /// Up to and including the meta marker in `<head>`.
    head_start: String,
    /// The rest of `<head>`, `</head>` included, minus the hydration data.
    head_end: String,
    /// After `<body>`'s content: the note for readers without JavaScript, `</body></html>`.
    tail: String,
}

impl Template {
    pub fn parse(index_html: &str) -> Result<Template, String> {
        let mut html = index_html.to_string();
        // `<html lang>` and `<title>` come from the page.
        html = html.replacen("<html lang=\"uk\">", "<html>", 1);
        if let (Some(a), Some(b)) = (html.find("<title>"), html.find("</title>")) {
            html.replace_range(a..b + "</title>".len(), "");
        }
        let head_close = html.find("</head>").ok_or("index.html has no </head>")?;
        let body_open = html.find("<body>").ok_or("index.html has no <body>")?;
        let body_close = html.rfind("</body>").ok_or("index.html has no </body>")?;
        let noscript = format!(
            "<noscript><p lang=\"uk\">{}</p><p lang=\"en\">{}</p></noscript>",
            collection::i18n::NOSCRIPT_STATIC.uk,
            collection::i18n::NOSCRIPT_STATIC.en
        );
        Ok(Template {
            head_start: format!("{}<!--HEAD-->", html[..head_close].trim_end()),
            head_end: html[head_close..body_open].to_string() + "<body>",
            tail: format!("{noscript}{}", &html[body_close..]),
        })
    }
}

/// Renders one page: the whole HTML document, or what failed.
pub async fn render(
    template: &Template,
    deployment: &Deployment,
    path: &str,
) -> Result<String, String> {
    let context = Arc::new(SsrSharedContext::new());
    let owner = Owner::new_root(Some(context.clone() as Arc<dyn SharedContext + Send + Sync>));
    let (meta, meta_output) = ServerMetaContext::new();
    let stream = owner.with(|| {
        provide_context(RequestUrl::new(&format!("{}{path}", deployment.base)));
        provide_context(meta);
        provide_context(deployment.clone());
        view! { <crate::App /> }.to_html_stream_in_order()
    });
    let body = well_formed_markers(&stream.collect::<String>().await);
    let resources = context.consume_buffers().await;
    loads_succeeded()?;

    let mut head = String::new();
    for file in later_data(path) {
        head.push_str(&format!(
            "<link rel=\"preload\" as=\"fetch\" href=\"{}\" crossorigin=\"anonymous\" fetchpriority=\"low\">",
            file
        ));
    }
    head.push_str(&format!(
        "<script type=\"application/json\" id=\"{}\">{}</script>",
        ids::HYDRATION_DATA,
        resources_json(resources)
    ));
    // The page's title and meta tags go right after the marker in this first chunk.
    let first = format!("{}{head}{}", template.head_start, template.head_end);
    let document = meta_output
        .inject_meta_context(futures::stream::iter([first, body, template.tail.clone()]))
        .await
        .collect::<String>()
        .await;
    drop(owner);
    Ok(document)
}

/// Every data file the render read loaded; else one error naming each file that failed, and why.
fn loads_succeeded() -> Result<(), String> {
    let failures = api::disk::take_failures();
    if failures.is_empty() {
        return Ok(());
    }
    let list: Vec<String> = failures.iter().map(ToString::to_string).collect();
    Err(list.join("\n"))
}

/// Leptos marks places in the markup with empty comments written `<!>`, which the HTML parser
/// reads as an empty comment too, but only through an error path ("bogus comment") that
/// validators report. `<!---->` is the same empty comment node, well formed, so hydration
/// finds the same DOM. (The body holds no script text that could contain `<!>`.)
fn well_formed_markers(body: &str) -> String {
    body.replace("<!>", "<!---->")
}

/// `{"<id>": <value>, …}`: each resource's value (JSON text) by id, in id order, `<` escaped so
/// that no string in the data can close the script element.
fn resources_json(mut resources: Vec<(SerializedDataId, String)>) -> String {
    resources.sort_by_key(|(id, _)| id.clone().into_inner());
    let entries: Vec<String> = resources
        .into_iter()
        .map(|(id, value)| format!("\"{}\":{value}", id.into_inner()))
        .collect();
    format!("{{{}}}", entries.join(",")).replace('<', "\\u003c")
}

/// What one run of the pre-renderer did.
pub struct Report {
    pub pages: usize,
    pub seconds: f64,
}

/// Pre-renders every page of the finished build in `dist`, deployed under `base` (`""` or
/// `/sub`) at `origin` (for canonical and share links; empty: they keep only the path).
///
/// `only`, when not empty, limits the pages to these paths; `check` runs the validator first
/// (tests that give a build made-up data turn it off).
pub fn run(
    dist: &Path,
    base: &str,
    origin: &str,
    only: &[String],
    check: bool,
) -> Result<Report, String> {
    let started = std::time::Instant::now();
    let data = dist.join("data");
    let problems = if check {
        collection::validate::validate_dir(&data)
    } else {
        Vec::new()
    };
    if !problems.is_empty() {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        return Err(format!(
            "{}\n{} problem(s) in the data: nothing was pre-rendered",
            list.join("\n"),
            problems.len()
        ));
    }
    api::disk::set_root(dist.to_path_buf());
    let _ = any_spawner::Executor::init_local_custom_executor(OneThread);
    let read = |name: &str| {
        std::fs::read_to_string(data.join(name)).map_err(|e| format!("data/{name}: {e}"))
    };
    let agencies = AgenciesFile::parse(&read(AgenciesFile::NAME)?).map_err(|e| e.to_string())?;
    let acts = ActsFile::parse(&read(ActsFile::NAME)?).map_err(|e| e.to_string())?;
    let index = std::fs::read_to_string(dist.join("index.html"))
        .map_err(|e| format!("{}/index.html: {e}", dist.display()))?;
    let template = Template::parse(&index)?;
    let deployment = Deployment {
        base: base.trim_end_matches('/').to_string(),
        origin: origin.trim_end_matches('/').to_string(),
    };
    let site = SiteFile::parse(&read(SiteFile::NAME)?).map_err(|e| e.to_string())?;
    let paths = if only.is_empty() {
        all_paths(&agencies, &acts, site.contact().is_some())
    } else {
        only.to_vec()
    };
    let mut fragments = std::collections::BTreeMap::new();
    for path in &paths {
        let Some(file) = page_file(path) else {
            continue;
        };
        let html = OneThread::run(render(&template, &deployment, path))
            .map_err(|e| format!("{path}: {e}"))?;
        let static_page = match Route::parse(path) {
            Route::Page(lang, p) if p.is_static() => Some((lang, p)),
            _ => None,
        };
        // The app fetches the content file of exactly the pages `Page::is_static` names.
        if html.contains(STATIC_OPEN) != static_page.is_some() {
            return Err(format!(
                "{path}: Page::is_static() and the page disagree on a .static-page element (see chunks::page)"
            ));
        }
        if let Some((lang, page)) = static_page {
            let fragment = OneThread::run(render_fragment(&deployment, lang, page))
                .map_err(|e| format!("{path}: {e}"))?;
            let name = fragment_file(path).expect("a page path");
            write_file(&dist.join(&name), &fragment)?;
            fragments.insert(name, fragment);
        }
        write_file(&dist.join(&file), &html)?;
    }
    let bundle = serde_json::to_string(&fragments).map_err(|e| e.to_string())?;
    write_file(&dist.join(collection::route::FRAGMENTS), &bundle)?;
    Ok(Report {
        pages: paths.len(),
        seconds: started.elapsed().as_secs_f64(),
    })
}

fn write_file(out: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(out, text).map_err(|e| format!("{}: {e}", out.display()))
}

const STATIC_OPEN: &str = "<div class=\"static-page\">";

/// A static page's content alone, rendered by the page's own components outside the layout:
/// its `.static-page` element as a small HTML document with the `<title>` and meta tags its
/// heading writes (and `noindex`: search engines should find the page itself). The app fetches
/// it on client-side navigation (`api::fragment`); nothing hydrates it.
pub async fn render_fragment(
    deployment: &Deployment,
    lang: collection::Lang,
    page: Page,
) -> Result<String, String> {
    let context = Arc::new(SsrSharedContext::new());
    let owner = Owner::new_root(Some(context.clone() as Arc<dyn SharedContext + Send + Sync>));
    let (meta, meta_output) = ServerMetaContext::new();
    let path = page.path(lang);
    let stream = owner.with(|| {
        provide_context(RequestUrl::new(&format!("{}{path}", deployment.base)));
        provide_context(meta);
        leptos_meta::provide_meta_context();
        provide_context(crate::frame::Frame::new(deployment.clone()));
        provide_context(crate::offline::start());
        let base = deployment.base.clone();
        view! {
            <leptos_router::components::Router base=base>
                <div class="static-page">{crate::chunks::static_content(lang, page)}</div>
            </leptos_router::components::Router>
        }
        .to_html_stream_in_order()
    });
    // Nothing hydrates a content file: Leptos's markers for hydration (`<!>`) go.
    let body = stream.collect::<String>().await.replace("<!>", "");
    drop(context.consume_buffers().await);
    loads_succeeded()?;
    let head = format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"robots\" content=\"noindex\"></head><body>",
        lang.code()
    );
    let document = meta_output
        .inject_meta_context(futures::stream::iter([head, body, "</body></html>".into()]))
        .await
        .collect::<String>()
        .await;
    drop(owner);
    Ok(document)
}

/// Runs every task of a render on this one thread, in order: the reactive system's locks are
/// then never contended, and the output does not depend on thread timing.
struct OneThread;

thread_local! {
    static POOL: std::cell::RefCell<futures::executor::LocalPool> =
        std::cell::RefCell::new(futures::executor::LocalPool::new());
    static SPAWNER: futures::executor::LocalSpawner = POOL.with(|p| p.borrow().spawner());
}

impl OneThread {
    fn run<T>(fut: impl std::future::Future<Output = T>) -> T {
        // The spawner first: it is made from the pool, which is busy from here on.
        SPAWNER.with(|_| ());
        POOL.with(|p| p.borrow_mut().run_until(fut))
    }
}

impl any_spawner::CustomExecutor for OneThread {
    fn spawn(&self, fut: any_spawner::PinnedFuture<()>) {
        use futures::task::LocalSpawnExt;
        SPAWNER.with(|s| s.spawn_local(fut).expect("spawn a task"));
    }
    fn spawn_local(&self, fut: any_spawner::PinnedLocalFuture<()>) {
        use futures::task::LocalSpawnExt;
        SPAWNER.with(|s| s.spawn_local(fut).expect("spawn a task"));
    }
    fn poll_local(&self) {
        POOL.with(|p| {
            if let Ok(mut pool) = p.try_borrow_mut() {
                pool.run_until_stalled();
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = "<!DOCTYPE html>\n<html lang=\"uk\">\n<head>\n<meta charset=\"utf-8\">\n<title>Shell</title>\n<script type=\"application/json\" id=\"app-code\">{\"js\":\"/app-1.js\",\"wasm\":\"/app-1_bg.wasm\"}</script><script src=\"/boot-1.js\" type=\"module\"></script>\n</head>\n<body>\n<noscript>needs JS</noscript>\n</body>\n</html>";

    #[test]
    fn markers_are_well_formed_empty_comments() {
        assert_eq!(
            well_formed_markers("<p>a<!>b</p><!><!-- kept -->"),
            "<p>a<!---->b</p><!----><!-- kept -->"
        );
    }

    #[test]
    fn the_shell_takes_the_page_and_its_own_title_and_lang_go() {
        let t = Template::parse(INDEX).unwrap();
        let page = format!(
            "{}<x>{}<main>page</main>{}",
            t.head_start, t.head_end, t.tail
        );
        assert!(!page.contains("<title>Shell</title>") && !page.contains("<html lang"));
        assert!(page.contains("<html>"), "the page sets lang: {page}");
        assert!(
            page.contains("<!--HEAD--><x></head>"),
            "meta go before </head>: {page}"
        );
        assert!(
            page.contains("<body><main>page</main><noscript>"),
            "the body starts with the page, for hydration: {page}"
        );
        assert!(
            !page.contains("needs JS"),
            "the page reads without JavaScript"
        );
        assert!(
            page.contains("id=\"app-code\"") && !page.contains("preload"),
            "the app's code is named for boot.js, which fetches it after the first paint: {page}"
        );
        assert!(page.ends_with("</body>\n</html>"));
    }

    #[test]
    fn resource_data_is_json_by_id_that_cannot_close_its_script() {
        let json = resources_json(vec![
            (SerializedDataId::new(3), r#"{"Ok":"</script>"}"#.into()),
            (SerializedDataId::new(0), r#"{"Ok":null}"#.into()),
        ]);
        assert_eq!(json, r#"{"0":{"Ok":null},"3":{"Ok":"\u003c/script>"}}"#);
        let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(parsed["3"]["Ok"], "</script>");
    }
}
