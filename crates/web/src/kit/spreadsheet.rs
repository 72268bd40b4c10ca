//! CSV files for people with a spreadsheet: UTF-8 with a BOM, `;`-separated
//! (LibreOffice Calc and a French Excel open them directly), cells typed by
//! people kept from being read as formulas.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use crate::AppError;

/// A writer that starts with the BOM.
pub fn writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(b"\xEF\xBB\xBF".to_vec())
}

/// A cell of text someone typed. A spreadsheet reads a cell starting with
/// `=`, `+`, `-`, `@`, a tab or a carriage return as a formula: such a cell
/// starts with an apostrophe, which spreadsheets show as text (OWASP's
/// rule). Numbers the program writes (coordinates) are left as they are.
pub fn typed(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// The file, downloaded as `filename` (ASCII letters, digits, `-`, `.`).
pub fn response(writer: csv::Writer<Vec<u8>>, filename: &str) -> Result<Response, AppError> {
    let body = writer
        .into_inner()
        .map_err(|e| AppError::internal(anyhow::anyhow!("{e}")))?;
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&format!("attachment; filename=\"{filename}\""))
            .map_err(AppError::internal)?,
    );
    Ok(response)
}
