//! Raw bytes to text: refuses empty input, binary data (NUL bytes), UTF-16
//! and invalid UTF-8 (with the byte offset), and turns I/O errors into short
//! problem descriptions.

use std::io;

use super::ReadError;

/// `bytes` as text, or why it is not text. `path` names the input in the error.
pub(super) fn decode(path: &str, bytes: Vec<u8>) -> Result<String, ReadError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ReadError::new(path, "empty file"));
    }
    check_bytes(path, &bytes, 0)?;
    let text = String::from_utf8(bytes)
        .map_err(|e| ReadError::new(path, invalid_utf8(e.utf8_error().valid_up_to())))?;
    if text.chars().all(|c| c.is_whitespace() || c == '\u{feff}') {
        return Err(ReadError::new(path, "empty file"));
    }
    Ok(text)
}

/// Refuses UTF-16 and binary data; `offset` is where `bytes` starts in the
/// input, for the message.
pub(super) fn check_bytes(path: &str, bytes: &[u8], offset: u64) -> Result<(), ReadError> {
    if offset == 0 && (bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff])) {
        return Err(ReadError::new(
            path,
            "UTF-16 text is not supported (convert it to UTF-8)",
        ));
    }
    if let Some(i) = bytes.iter().position(|&b| b == 0) {
        return Err(ReadError::new(
            path,
            format!(
                "binary file, not text (NUL byte at byte offset {})",
                offset + i as u64
            ),
        ));
    }
    Ok(())
}

/// The problem for invalid UTF-8 at byte `offset`.
pub(super) fn invalid_utf8(offset: impl std::fmt::Display) -> String {
    format!("invalid UTF-8 at byte offset {offset}")
}

/// A short description of an I/O error, without the `(os error N)` suffix.
pub(super) fn io_problem(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::InvalidData => "invalid UTF-8".into(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
            .to_lowercase()
        }
    }
}
