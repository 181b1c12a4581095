//! Valid HTML as the Nu Html Checker (vnu.jar, W3C's validator) sees it: the built pages of
//! every kind in both languages, the shell and the 404 page, at the root and under a sub-path.

use collection::model::{ActsFile, AgenciesFile};
use collection::route::{Page, Section};
use collection::Lang;
use e2e::{data, dist, dist_subpath, root};
use std::path::{Path, PathBuf};

/// The file a page was pre-rendered to: `uk/library.html`, `uk/index.html` for `/uk/`.
fn page_file(dist: &Path, page: &Page, lang: Lang) -> PathBuf {
    dist.join(collection::route::page_file(&page.path(lang)).expect("a page has a file"))
}

#[test]
fn every_kind_of_built_page_is_valid_html() {
    let jar = root().join(".tools/node_modules/vnu-jar/build/dist/vnu.jar");
    assert!(
        jar.is_file(),
        "no {} — run `cargo xtask setup`",
        jar.display()
    );
    let dist = dist();
    let acts: ActsFile = data(&dist);
    let agencies: AgenciesFile = data(&dist);
    let mut files = vec![dist.join("index.html"), dist.join("404.html")];
    for lang in Lang::ALL {
        let pages = [
            Page::Home,
            Page::Search,
            Page::Agency(agencies.agencies[0].id.clone()),
            Page::Act(acts.acts[0].id.clone()),
        ];
        for page in pages
            .into_iter()
            .chain(Section::ALL.into_iter().map(Page::Section))
        {
            files.push(page_file(&dist, &page, lang));
        }
    }
    files.push(page_file(
        &dist_subpath(),
        &Page::Section(Section::Library),
        Lang::En,
    ));
    for f in &files {
        assert!(f.is_file(), "{} was not built", f.display());
    }
    let out = std::process::Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--errors-only", "--format", "gnu"])
        .args(&files)
        .output()
        .expect("run java (cargo xtask setup installs it)");
    let report =
        String::from_utf8_lossy(&out.stderr).to_string() + &String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && report.trim().is_empty(),
        "the Nu Html Checker found errors in {} files:\n{report}",
        files.len()
    );
}
