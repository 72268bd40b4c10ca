//! A course's folder on disk, read for `essaim import parcours` and
//! written back by `essaim export parcours`. Hidden files (`.git`,
//! `.DS_Store`) are not part of a course.

use std::path::Path;

use essaim_domain::courses::source::SourceFile;

/// Every file under `dir`, with its path relative to it (`/`-separated).
pub fn read(dir: &Path) -> Result<Vec<SourceFile>, String> {
    if !dir.is_dir() {
        return Err(format!("{} n'est pas un dossier", dir.display()));
    }
    let mut files = Vec::new();
    collect(dir, "", &mut files, 0)?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

fn collect(
    dir: &Path,
    prefix: &str,
    files: &mut Vec<SourceFile>,
    depth: usize,
) -> Result<(), String> {
    let unreadable = |path: &Path, e: std::io::Error| format!("{} illisible : {e}", path.display());
    for entry in std::fs::read_dir(dir).map_err(|e| unreadable(dir, e))? {
        let entry = entry.map_err(|e| unreadable(dir, e))?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            return Err(format!(
                "{} : nom de fichier illisible (ni UTF-8 ni ASCII)",
                entry.path().display()
            ));
        };
        if name.starts_with('.') {
            continue;
        }
        let path = format!("{prefix}{name}");
        let kind = entry
            .file_type()
            .map_err(|e| unreadable(&entry.path(), e))?;
        if kind.is_dir() {
            // Deeper than a module's folder is refused by the course's
            // rules; no need to read it all first.
            if depth < 2 {
                collect(&entry.path(), &format!("{path}/"), files, depth + 1)?;
            } else {
                files.push(SourceFile {
                    path: format!("{path}/"),
                    bytes: Vec::new(),
                });
            }
        } else {
            let bytes = std::fs::read(entry.path()).map_err(|e| unreadable(&entry.path(), e))?;
            files.push(SourceFile { path, bytes });
        }
    }
    Ok(())
}

/// Writes a course's files into `dir`, which must be empty or not exist.
pub fn write(dir: &Path, files: &[(String, Vec<u8>)]) -> Result<(), String> {
    let failed =
        |path: &Path, e: std::io::Error| format!("{} : écriture impossible : {e}", path.display());
    if dir.exists() {
        let mut entries = std::fs::read_dir(dir).map_err(|e| failed(dir, e))?;
        if entries.next().is_some() {
            return Err(format!(
                "le dossier {} n'est pas vide ; choisissez un dossier nouveau ou vide",
                dir.display()
            ));
        }
    }
    for (path, bytes) in files {
        // Paths come from an import, which refused `..` and absolute ones.
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| failed(parent, e))?;
        }
        std::fs::write(&target, bytes).map_err(|e| failed(&target, e))?;
    }
    Ok(())
}
