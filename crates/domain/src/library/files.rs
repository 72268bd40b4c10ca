//! Files members attach to a resource instead of a link: PDF, OpenDocument
//! text, spreadsheet or presentation, PNG or JPEG, at most 10 MB,
//! recognised by their content. A name that says one kind while the
//! content is another is refused: it is a disguised file.

use crate::problems::FieldProblem;

pub const FILE_MAX: usize = 10 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Pdf,
    Odt,
    Ods,
    Odp,
    Png,
    Jpeg,
}

impl FileKind {
    pub const ALL: [FileKind; 6] = [
        FileKind::Pdf,
        FileKind::Odt,
        FileKind::Ods,
        FileKind::Odp,
        FileKind::Png,
        FileKind::Jpeg,
    ];

    pub fn media_type(self) -> &'static str {
        match self {
            FileKind::Pdf => "application/pdf",
            FileKind::Odt => "application/vnd.oasis.opendocument.text",
            FileKind::Ods => "application/vnd.oasis.opendocument.spreadsheet",
            FileKind::Odp => "application/vnd.oasis.opendocument.presentation",
            FileKind::Png => "image/png",
            FileKind::Jpeg => "image/jpeg",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            FileKind::Pdf => "pdf",
            FileKind::Odt => "odt",
            FileKind::Ods => "ods",
            FileKind::Odp => "odp",
            FileKind::Png => "png",
            FileKind::Jpeg => "jpg",
        }
    }

    /// What people call it ("PDF", "ODT").
    pub fn label(self) -> &'static str {
        match self {
            FileKind::Pdf => "PDF",
            FileKind::Odt => "ODT",
            FileKind::Ods => "ODS",
            FileKind::Odp => "ODP",
            FileKind::Png => "PNG",
            FileKind::Jpeg => "JPEG",
        }
    }

    pub fn from_extension(extension: &str) -> Option<FileKind> {
        match extension.to_ascii_lowercase().as_str() {
            "jpeg" => Some(FileKind::Jpeg),
            other => FileKind::ALL.into_iter().find(|k| k.extension() == other),
        }
    }

    /// The kind the content is, whatever its name says.
    pub fn sniff(bytes: &[u8]) -> Option<FileKind> {
        if bytes.starts_with(b"%PDF-") {
            return Some(FileKind::Pdf);
        }
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            return Some(FileKind::Png);
        }
        if bytes.starts_with(b"\xFF\xD8\xFF") {
            return Some(FileKind::Jpeg);
        }
        // An OpenDocument is a ZIP whose first entry, stored uncompressed,
        // is `mimetype` holding the document's media type.
        if bytes.starts_with(b"PK\x03\x04") && bytes.len() > 38 && &bytes[30..38] == b"mimetype" {
            let rest = &bytes[38..];
            return [FileKind::Odt, FileKind::Ods, FileKind::Odp]
                .into_iter()
                .find(|k| rest.starts_with(k.media_type().as_bytes()));
        }
        None
    }
}

/// The kind of a file sent under `name`, or why it is refused.
pub fn check_file(name: &str, bytes: &[u8]) -> Result<FileKind, FieldProblem> {
    if bytes.len() > FILE_MAX {
        return Err(FieldProblem::new("file", "library-check-file-large")
            .with("max", FILE_MAX / 1024 / 1024));
    }
    let Some(kind) = FileKind::sniff(bytes) else {
        return Err(FieldProblem::new("file", "library-check-file-kind"));
    };
    let said = name
        .rsplit_once('.')
        .and_then(|(_, extension)| FileKind::from_extension(extension));
    if said != Some(kind) {
        return Err(
            FieldProblem::new("file", "library-check-file-disguised").with("kind", kind.label())
        );
    }
    Ok(kind)
}

/// Whether a name is one this module gives a stored file: 32 hex digits,
/// a dot and a known extension.
pub fn is_file_name(name: &str) -> bool {
    name.split_once('.').is_some_and(|(stem, extension)| {
        stem.len() == 32
            && stem.bytes().all(|b| b.is_ascii_hexdigit())
            && FileKind::from_extension(extension).is_some_and(|k| k.extension() == extension)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn odf(kind: &str) -> Vec<u8> {
        let mut bytes = b"PK\x03\x04".to_vec();
        bytes.resize(30, 0);
        bytes.extend_from_slice(b"mimetype");
        bytes.extend_from_slice(kind.as_bytes());
        bytes.extend_from_slice(b"PK\x03\x04 rest of the archive");
        bytes
    }

    #[test]
    fn files_are_known_by_their_content() {
        assert_eq!(check_file("guide.pdf", b"%PDF-1.7\n..."), Ok(FileKind::Pdf));
        assert_eq!(
            check_file("Fiche.ODT", &odf("application/vnd.oasis.opendocument.text")),
            Ok(FileKind::Odt)
        );
        assert_eq!(
            check_file(
                "budget.ods",
                &odf("application/vnd.oasis.opendocument.spreadsheet")
            ),
            Ok(FileKind::Ods)
        );
        assert_eq!(
            check_file("photo.jpeg", b"\xFF\xD8\xFF\xE0 jfif"),
            Ok(FileKind::Jpeg)
        );
    }

    #[test]
    fn disguised_and_unknown_files_are_refused() {
        // A web page renamed as a PDF.
        assert_eq!(
            check_file("guide.pdf", b"<html><script>alert(1)</script>")
                .unwrap_err()
                .key,
            "library-check-file-kind"
        );
        // A PNG named as a PDF.
        assert_eq!(
            check_file("guide.pdf", b"\x89PNG\r\n\x1a\n....")
                .unwrap_err()
                .key,
            "library-check-file-disguised"
        );
        // A ZIP that is not an OpenDocument (a Word file, say).
        assert_eq!(
            check_file("lettre.docx", b"PK\x03\x04 [Content_Types].xml")
                .unwrap_err()
                .key,
            "library-check-file-kind"
        );
        let large = vec![b'%'; FILE_MAX + 1];
        assert_eq!(
            check_file("gros.pdf", &large).unwrap_err().key,
            "library-check-file-large"
        );
    }

    #[test]
    fn stored_names_are_recognised() {
        assert!(is_file_name("0123456789abcdef0123456789abcdef.pdf"));
        assert!(!is_file_name("0123456789abcdef0123456789abcdef.exe"));
        assert!(!is_file_name("../etc/passwd"));
        assert!(!is_file_name("0123456789abcdef0123456789abcdef.jpeg"));
    }
}
