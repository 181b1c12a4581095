//! The reader's saved language choice, kept in `localStorage`. Storage may be unavailable
//! (private mode, disabled): every access falls back quietly.

use collection::Lang;

const KEY: &str = "ibm-collection-lang";

pub fn saved_lang() -> Option<Lang> {
    crate::dom::local_storage()?
        .get_item(KEY)
        .ok()
        .flatten()
        .as_deref()
        .and_then(Lang::from_code)
}

pub fn save_lang(lang: Lang) {
    if let Some(s) = crate::dom::local_storage() {
        let _ = s.set_item(KEY, lang.code());
    }
}

/// The saved choice, else the browser's preference, else Ukrainian.
pub fn preferred_lang() -> Lang {
    if cfg!(feature = "ssr") {
        return Lang::Uk;
    }
    saved_lang().unwrap_or_else(|| {
        let tags = crate::dom::browser_languages();
        Lang::from_preferences(tags.iter().map(String::as_str))
    })
}
