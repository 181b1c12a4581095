//! The collection's core: plain Rust with no DOM and no Leptos.
//!
//! Everything here compiles natively and to wasm, so the content model, the validator, the
//! routing table and the UI strings are unit-tested in seconds and shared by the app (`src/`),
//! the developer tools (`xtask/`) and the browser tests (`tests/e2e/`).

pub mod changes;
pub mod contact;
pub mod date;
pub mod diagram;
pub mod export;
pub mod files;
pub mod hash;
pub mod hosting;
pub mod i18n;
pub mod ids;
pub mod lang;
pub mod library;
pub mod links;
pub mod lint;
pub mod model;
pub mod plural;
pub mod route;
pub mod search;
pub mod share;
pub mod subset;
pub mod svg;
pub mod timeline;
pub mod validate;

pub use date::IsoDate;
pub use files::{DataFile, LoadError};
pub use lang::Lang;
pub use model::Text;
pub use route::{Page, Route};

/// The minimal valid collection in `tests/fixtures/minimal/`, for unit tests.
#[cfg(test)]
pub(crate) fn fixture<T: DataFile>() -> T {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/minimal")
        .join(T::NAME);
    T::parse(&std::fs::read_to_string(path).expect("fixture")).expect("valid fixture")
}

/// The fixture's acts with the 2019 Strategy order aligned with the Schengen Borders Code, a
/// relation the approximation map reads without being told.
#[cfg(test)]
pub(crate) fn fixture_aligned() -> model::ActsFile {
    let mut acts: model::ActsFile = fixture();
    let ua = acts
        .acts
        .iter_mut()
        .find(|a| a.id == "ua-cmu-order-687-2019")
        .expect("fixture act");
    ua.relations.push(model::Relation {
        kind: model::RelationKind::AlignsWith,
        target: "eu-reg-2016-399".into(),
    });
    acts
}
