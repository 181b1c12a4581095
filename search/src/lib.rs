//! The search engine for the browser: the build's index (`data/search-{lang}.bin`, written by
//! `cargo xtask finish`) read once, the texts for excerpts added when they arrive, and a query
//! answered as the HTML the search page shows (`collection::search::html`). Its own module,
//! apart from the app, so that a search page shows results long before the app has loaded on a
//! slow link: `src/boot.js` loads it first on a search page, and the app's search page asks it
//! too (`src/search_engine.rs`).

use collection::search::{html, Index};
use collection::Lang;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Engine {
    index: Index,
    lang: Lang,
}

#[wasm_bindgen]
impl Engine {
    /// Reads an index file for pages in `lang` (`uk` or `en`); an error says why it could not.
    #[wasm_bindgen(constructor)]
    pub fn new(bytes: &[u8], lang: &str) -> Result<Engine, String> {
        let lang = Lang::from_code(lang).ok_or_else(|| format!("no language {lang:?}"))?;
        let index = Index::unpack(bytes, lang).map_err(|e| e.to_string())?;
        Ok(Engine { index, lang })
    }

    /// Adds the texts file of the index's build (`data/search-{lang}-texts.bin`): results
    /// show excerpts from then on. An error says why it could not be read.
    pub fn add_texts(&mut self, bytes: &[u8]) -> Result<(), String> {
        self.index.read_texts(bytes).map_err(|e| e.to_string())
    }

    /// True once results show excerpts.
    pub fn has_texts(&self) -> bool {
        self.index.has_texts()
    }

    /// What `q` finds, as the search page's results: `base` is the deployment's base path
    /// (`""` at the root, `/path` below it).
    pub fn results(&self, q: &str, base: &str) -> String {
        html::results(&self.index, q, self.lang, base)
    }

    /// How many documents the index holds.
    pub fn size(&self) -> usize {
        self.index.docs.len()
    }
}
