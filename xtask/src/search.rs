//! The search, made ready at build time (part of `cargo xtask finish`):
//!
//! - the index of the whole collection, built once from the build's `data/` by the same code
//!   the tests rank with, and written per page language as `data/search-{lang}.bin` and the
//!   excerpts' texts as `data/search-{lang}-texts.bin` (`collection::search::packed`);
//! - the search module trunk built from `search/` (index.html's second rust link, named
//!   without a hash as trunk names every "worker"): given content-hashed names, so that hosts
//!   may cache it for good, and named in the page's `#app-code` data for `src/boot.js`.

use crate::data::read;
use collection::model::{
    ActsFile, AgenciesFile, ComponentsFile, GlossaryFile, SiteFile, TermsFile,
};
use collection::search::{packed, Index, Searched};
use collection::Lang;
use std::path::Path;

/// The search module's name as trunk writes it (`search/Cargo.toml`'s package).
pub const MODULE: &str = "ibm-search";

/// Writes `data/search-uk.bin` and `data/search-en.bin` into a build.
pub fn write_index(data: &Path) -> Result<(), String> {
    let (site, agencies, acts) = (
        read::<SiteFile>(data)?,
        read::<AgenciesFile>(data)?,
        read::<ActsFile>(data)?,
    );
    let (glossary, map, terms) = (
        read::<GlossaryFile>(data)?,
        read::<ComponentsFile>(data)?,
        read::<TermsFile>(data)?,
    );
    let index = Index::of_collection(&Searched {
        site: &site,
        agencies: &agencies,
        acts: &acts,
        glossary: &glossary,
        map: &map,
        terms: &terms,
    });
    for lang in Lang::ALL {
        let files = index.pack(lang);
        for (name, bytes) in [
            (packed::file_name(lang), files.index),
            (packed::texts_file_name(lang), files.texts),
        ] {
            let path = data.join(name);
            std::fs::write(&path, &bytes).map_err(|e| format!("{}: {e}", path.display()))?;
            eprintln!(
                "wrote {} ({} documents, {} bytes)",
                path.display(),
                index.docs.len(),
                bytes.len()
            );
        }
    }
    Ok(())
}

/// Gives the search module's two files content-hashed names and returns the skeleton with
/// them in its `#app-code` data (`"search": {"js": …, "wasm": …}`).
pub fn place_module(dist: &Path, html: &str, public_url: &str) -> Result<String, String> {
    let js = dist.join(format!("{MODULE}.js"));
    let wasm = dist.join(format!("{MODULE}_bg.wasm"));
    let (Ok(js_bytes), Ok(wasm_bytes)) = (std::fs::read(&js), std::fs::read(&wasm)) else {
        return Err(format!(
            "{} or {} is missing: index.html's rust link to search/Cargo.toml builds them",
            js.display(),
            wasm.display()
        ));
    };
    let hash = crate::finish::fnv(&[js_bytes, wasm_bytes].concat());
    let (js_name, wasm_name) = (
        format!("{MODULE}-{hash:016x}.js"),
        format!("{MODULE}-{hash:016x}_bg.wasm"),
    );
    for (from, to) in [(&js, &js_name), (&wasm, &wasm_name)] {
        std::fs::rename(from, dist.join(to)).map_err(|e| format!("{}: {e}", from.display()))?;
    }
    let marker = "id=\"app-code\">{";
    if !html.contains(marker) {
        return Err("index.html has no #app-code data for the search module".into());
    }
    Ok(html.replacen(
        marker,
        &format!(
            "{marker}\"search\":{{\"js\":\"{public_url}{js_name}\",\"wasm\":\"{public_url}{wasm_name}\"}},"
        ),
        1,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_module_gets_hashed_names_and_a_place_in_the_page() {
        let dir = std::env::temp_dir().join(format!("ibm-search-place-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("ibm-search.js"), "export default 1").unwrap();
        std::fs::write(dir.join("ibm-search_bg.wasm"), b"\0asm").unwrap();
        let html =
            "<script type=\"application/json\" id=\"app-code\">{\"js\":\"/sub/a.js\"}</script>";
        let out = place_module(&dir, html, "/sub/").unwrap();
        let names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        let js = names.iter().find(|n| n.ends_with(".js")).unwrap();
        let wasm = names.iter().find(|n| n.ends_with("_bg.wasm")).unwrap();
        assert!(js.starts_with("ibm-search-") && js.len() == "ibm-search-.js".len() + 16);
        assert_eq!(wasm, &js.replace(".js", "_bg.wasm"));
        let data = out
            .split("id=\"app-code\">")
            .nth(1)
            .and_then(|s| s.strip_suffix("</script>"))
            .unwrap();
        let v: serde_json::Value = serde_json::from_str(data).unwrap();
        assert_eq!(v["search"]["js"], format!("/sub/{js}"));
        assert_eq!(v["search"]["wasm"], format!("/sub/{wasm}"));
        assert_eq!(v["js"], "/sub/a.js");
        // Without the module, the build stops and says what builds it.
        let err = place_module(&dir, html, "/").unwrap_err();
        assert!(err.contains("search/Cargo.toml"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
