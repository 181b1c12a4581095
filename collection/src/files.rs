//! The data files and how their text becomes typed content. The app fetches the text; this
//! module turns it into a typed value or a [`LoadError`] that says which file failed, where in it
//! and why. The validator uses the same parsing, so the app and the checks never disagree.

use crate::model::*;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A file in `data/` with the type its content deserialises into.
pub trait DataFile: DeserializeOwned + 'static {
    /// File name inside `data/`.
    const NAME: &'static str;

    /// Path relative to the site root, as fetched and as reported in errors.
    fn path() -> String {
        format!("data/{}", Self::NAME)
    }

    fn parse(text: &str) -> Result<Self, LoadError> {
        parse_json(&Self::path(), text)
    }
}

/// Declares the data files once. From this list follow: each type's [`DataFile::NAME`],
/// [`ALL_FILES`], the validator's [`Collection`] and how it is loaded, and the JSON Schemas
/// (`schema::all`). A new data file is one line here (and its model type).
macro_rules! data_files {
    ($($field:ident: $ty:ident = $name:literal,)*) => {
        $(impl DataFile for $ty {
            const NAME: &'static str = $name;
        })*

        /// Every data file name, for tools that walk them all.
        pub const ALL_FILES: [&str; [$($name),*].len()] = [$($name),*];

        /// One value per data file: everything that parsed; a file that failed to parse is
        /// `None` (its own problem is already reported).
        #[derive(Debug, Default)]
        pub struct Collection {
            $(pub $field: Option<$ty>,)*
        }

        impl Collection {
            /// Loads every file with `loader`.
            pub fn load(loader: &mut impl Loader) -> Collection {
                Collection {
                    $($field: loader.load::<$ty>(),)*
                }
            }
        }

        /// Every schema as (file name, pretty JSON).
        #[cfg(feature = "schemars")]
        pub fn all_schemas() -> Vec<(String, String)> {
            vec![$(schema::one::<$ty>(),)*]
        }
    };
}

/// Something that can produce each data file's content, or `None` when it cannot.
pub trait Loader {
    fn load<T: DataFile>(&mut self) -> Option<T>;
}

data_files! {
    site: SiteFile = "site.json",
    ibm: IbmFile = "ibm.json",
    cooperation: CooperationFile = "cooperation.json",
    agencies: AgenciesFile = "agencies.json",
    strategy: StrategyFile = "strategy.json",
    projects: ProjectsFile = "projects.json",
    acts: ActsFile = "acts.json",
    glossary: GlossaryFile = "glossary.json",
    terms: TermsFile = "terms.json",
    components: ComponentsFile = "components.json",
}

/// Files derived from `acts.json` at build time (see [`split_acts`]), so that pages fetch
/// only what they show: every list of acts reads the compact index, one act's page reads the
/// index and that act's own file, and only search and export read the whole of `acts.json`.
pub mod split {
    /// The acts without their summaries (the longest part of each act).
    pub const INDEX: &str = "acts-index.json";
    /// Folder of one file per act, named by its id.
    pub const DETAILS: &str = "acts";

    /// Name of one act's own file inside `data/`.
    pub fn detail_name(id: &str) -> String {
        format!("{DETAILS}/{id}.json")
    }

    /// Path of one act's own file, relative to the site root.
    pub fn detail_path(id: &str) -> String {
        format!("data/{}", detail_name(id))
    }

    pub fn index_path() -> String {
        format!("data/{INDEX}")
    }
}

/// The derived files for `acts`: (path inside `data/`, JSON text) — the compact index first,
/// then one file per act.
pub fn split_acts(acts: &ActsFile) -> Vec<(String, String)> {
    let mut index = acts.clone();
    index.schema = None;
    for a in &mut index.acts {
        a.summary = Default::default();
    }
    let mut out = vec![(
        split::INDEX.to_string(),
        serde_json::to_string(&index).expect("acts serialise"),
    )];
    for a in &acts.acts {
        out.push((
            split::detail_name(&a.id),
            serde_json::to_string(a).expect("an act serialises"),
        ));
    }
    out
}

/// Writes [`split_acts`] into a build's `data/` folder, replacing earlier per-act files;
/// returns how many files it wrote.
pub fn write_split_acts(data_dir: &std::path::Path, acts: &ActsFile) -> std::io::Result<usize> {
    let _ = std::fs::remove_dir_all(data_dir.join(split::DETAILS));
    let files = split_acts(acts);
    for (name, json) in &files {
        let out = data_dir.join(name);
        if let Some(parent) = out.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(out, json)?;
    }
    Ok(files.len())
}

/// Serialisable: a page pre-rendered with its data carries the outcome of each load.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoadError {
    /// `data/agencies.json`
    pub file: String,
    pub kind: LoadErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum LoadErrorKind {
    /// The request did not complete (offline, blocked, aborted).
    Network(String),
    /// The server answered with a status other than 200.
    Status(u16),
    /// The text is not valid JSON, or does not match the model. `path` is a JSON path like
    /// `$.agencies[2].name`.
    Invalid { path: String, reason: String },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            LoadErrorKind::Network(e) => write!(f, "{}: could not be fetched: {e}", self.file),
            LoadErrorKind::Status(s) => write!(f, "{}: the server answered HTTP {s}", self.file),
            LoadErrorKind::Invalid { path, reason } => write!(f, "{}: {path}: {reason}", self.file),
        }
    }
}

impl std::error::Error for LoadError {}

#[cfg(not(target_arch = "wasm32"))]
/// Formats serde_path_to_error's path (`agencies[2].name`, or `.` for the root) as a JSON path.
pub fn json_path(p: &serde_path_to_error::Path) -> String {
    let s = p.to_string();
    if s == "." || s.is_empty() {
        "$".to_string()
    } else if s.starts_with('[') {
        format!("${s}")
    } else {
        format!("$.{s}")
    }
}

/// Parses JSON text into `T`, reporting the JSON path of the first mismatch.
///
/// In the browser the place is given as line and column instead: tracking JSON paths costs
/// about a tenth of the app's WebAssembly, and the validator (native) reports full paths.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse_json<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, LoadError> {
    let de = &mut serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = json_path(e.path());
        LoadError {
            file: file.to_string(),
            kind: LoadErrorKind::Invalid {
                path,
                reason: e.into_inner().to_string(),
            },
        }
    })
}

#[cfg(target_arch = "wasm32")]
pub fn parse_json<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, LoadError> {
    serde_json::from_str(text).map_err(|e| LoadError {
        file: file.to_string(),
        kind: LoadErrorKind::Invalid {
            path: format!("line {}, column {}", e.line(), e.column()),
            reason: e.to_string(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_file_and_the_path_of_a_schema_error() {
        let text = r#"{"bodies": [], "agencies": [{"id": "sbgs", "name": {"uk": "x"}}]}"#;
        let err = AgenciesFile::parse(text).unwrap_err();
        assert_eq!(err.file, "data/agencies.json");
        let LoadErrorKind::Invalid { path, reason } = &err.kind else {
            panic!("{err:?}")
        };
        assert_eq!(path, "$.agencies[0].name");
        assert!(reason.contains("missing field `en`"), "{reason}");
    }

    #[test]
    fn the_split_keeps_every_act_and_moves_only_summaries_out_of_the_index() {
        let text =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/acts.json"))
                .unwrap();
        let acts = ActsFile::parse(&text).unwrap();
        let files = split_acts(&acts);
        assert_eq!(files.len(), acts.acts.len() + 1);
        assert_eq!(files[0].0, split::INDEX);
        let index: ActsFile = parse_json(&split::index_path(), &files[0].1).unwrap();
        assert_eq!(index.issuers, acts.issuers);
        assert_eq!(index.acts.len(), acts.acts.len());
        for (short, full) in index.acts.iter().zip(&acts.acts) {
            assert!(short.summary.uk.is_empty() && short.summary.en.is_empty());
            let mut back = short.clone();
            back.summary = full.summary.clone();
            assert_eq!(&back, full, "only the summary differs");
        }
        assert!(
            files[0].1.len() < text.len() * 2 / 3,
            "the index is compact"
        );
        for ((name, json), full) in files[1..].iter().zip(&acts.acts) {
            assert_eq!(format!("data/{name}"), split::detail_path(&full.id));
            let one: crate::model::Act = parse_json(name, json).unwrap();
            assert_eq!(&one, full);
        }
    }

    #[test]
    fn rejects_unknown_fields() {
        let text = r#"{"models": [], "colour": "red"}"#;
        let err = CooperationFile::parse(text).unwrap_err();
        assert!(err.to_string().contains("unknown field `colour`"), "{err}");
    }

    #[test]
    fn reports_syntax_errors_with_line_and_column() {
        let err = ProjectsFile::parse("{\"projects\": [\n  {,]}").unwrap_err();
        assert!(err.to_string().starts_with("data/projects.json: "), "{err}");
        assert!(err.to_string().contains("line 2"), "{err}");
    }

    #[test]
    fn accepts_the_schema_reference() {
        let f =
            ProjectsFile::parse(r#"{"$schema": "schema/projects.json", "projects": []}"#).unwrap();
        assert_eq!(f.schema.as_deref(), Some("schema/projects.json"));
    }
}

/// JSON Schemas for the data files, generated from the model so that they cannot drift from
/// it. Editors reference them with `"$schema"` for autocompletion and inline errors.
#[cfg(feature = "schemars")]
pub mod schema {
    use super::*;

    /// The schema file name for a data file: `acts.json` → `acts.schema.json`.
    pub fn file_name(data_file: &str) -> String {
        format!("{}.schema.json", data_file.trim_end_matches(".json"))
    }

    pub(super) fn one<T: schemars::JsonSchema + DataFile>() -> (String, String) {
        let mut schema = schemars::schema_for!(T);
        schema.insert("$id".into(), serde_json::Value::String(file_name(T::NAME)));
        let text = serde_json::to_string_pretty(&schema).expect("schema serialises") + "\n";
        (file_name(T::NAME), text)
    }

    /// Every schema as (file name, pretty JSON).
    pub fn all() -> Vec<(String, String)> {
        super::all_schemas()
    }
}
