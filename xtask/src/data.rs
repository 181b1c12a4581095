//! `validate`, `schema`, and the files a build derives from `data/`.

use crate::{root, Result};
use std::path::{Path, PathBuf};

pub fn validate(dir: PathBuf) -> Result {
    let problems = collection::validate::validate_dir(&dir);
    if problems.is_empty() {
        eprintln!(
            "data: {} files valid in {}",
            collection::files::ALL_FILES.len(),
            dir.display()
        );
        return Ok(());
    }
    for p in &problems {
        eprintln!("{p}");
    }
    Err(format!(
        "{} problem(s) in {}",
        problems.len(),
        dir.display()
    ))
}

/// One data file of a `data/` folder, parsed; an error names the file and says why.
pub fn read<T: collection::DataFile>(data: &Path) -> std::result::Result<T, String> {
    let path = data.join(T::NAME);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    T::parse(&text).map_err(|e| e.to_string())
}

/// Writes the files derived from `acts.json` (compact index, one file per act) into a build's
/// `data/` folder.
pub fn split_data(dir: &Path) -> Result {
    let acts: collection::model::ActsFile = read(dir)?;
    let n = collection::files::write_split_acts(dir, &acts)
        .map_err(|e| format!("{}: {e}", dir.display()))?;
    eprintln!("split {} into {n} files", dir.join("acts.json").display());
    Ok(())
}

/// Writes the JSON Schemas that `data/*.json` reference with `"$schema"`.
pub fn write_schemas() -> Result {
    let dir = root().join("schema");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    for (name, text) in collection::files::schema::all() {
        std::fs::write(dir.join(&name), text).map_err(|e| format!("{name}: {e}"))?;
        eprintln!("wrote schema/{name}");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The committed schemas must be what the model generates: run `cargo xtask schema` after
    /// changing the model.
    #[test]
    fn committed_schemas_match_the_model() {
        for (name, text) in collection::files::schema::all() {
            let committed =
                std::fs::read_to_string(root().join("schema").join(&name)).unwrap_or_default();
            assert!(
                committed == text,
                "schema/{name} is stale: run `cargo xtask schema`"
            );
        }
    }
}
