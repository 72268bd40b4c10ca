//! Values written into pages without HTML escaping, because their type
//! guarantees they are safe: [`Code`] can only hold characters HTML never
//! escapes, and [`Escaped`] can only be borrowed from an [`EscapedText`],
//! which escapes what it is given. Escaping once and writing many times is
//! how a search page repeats a hundred labels without escaping each.

use std::fmt;

/// Marks a wrapper of a `&str` (its field `.0`) as safe for HTML: askama
/// writes it without escaping.
macro_rules! written_as_is {
    ($type:ty) => {
        impl fmt::Display for $type {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.0)
            }
        }

        impl askama::filters::HtmlSafe for $type {}

        impl askama::FastWritable for $type {
            fn write_into<W: fmt::Write + ?Sized>(
                &self,
                dest: &mut W,
                _: &dyn askama::Values,
            ) -> askama::Result<()> {
                Ok(dest.write_str(self.0)?)
            }
        }
    };
}

/// A name or code of the program's own (a URL parameter, a taxonomy slug,
/// a région code): ASCII letters, digits, `-` and `_` only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Code(&'static str);

impl Code {
    /// Panics on any other character: codes come from the program's own
    /// tables, so that is a bug, which the first page showing it finds.
    pub const fn new(text: &'static str) -> Code {
        assert!(is_code(text), "not a code");
        Code(text)
    }

    pub fn as_str(self) -> &'static str {
        self.0
    }
}

written_as_is!(Code);

/// ASCII letters, digits, `-` and `_` only: nothing HTML would escape.
pub const fn is_code(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if !(b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
            return false;
        }
        i += 1;
    }
    true
}

/// Text escaped for HTML text and attribute values when it is made, kept
/// to be written many times.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EscapedText(Box<str>);

impl EscapedText {
    pub fn new(text: &str) -> EscapedText {
        EscapedText(
            askama::filters::escape(text, askama::filters::Html)
                .expect("escaping cannot fail")
                .to_string()
                .into_boxed_str(),
        )
    }

    /// The text, ready for a page.
    pub fn html(&self) -> Escaped<'_> {
        Escaped(&self.0)
    }
}

/// Escaped text borrowed for a page: made only by [`EscapedText::html`]
/// and from a [`Code`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Escaped<'a>(&'a str);

impl<'a> Escaped<'a> {
    pub fn as_str(self) -> &'a str {
        self.0
    }

    pub fn is_empty(self) -> bool {
        self.0.is_empty()
    }
}

impl From<Code> for Escaped<'static> {
    fn from(code: Code) -> Escaped<'static> {
        Escaped(code.0)
    }
}

written_as_is!(Escaped<'_>);

/// A JSON value to print inside a `<script>` (JSON-LD): `<`, `>` and `&`
/// written as JSON escapes, so that no text in it can end the script.
pub fn json_for_script(value: &serde_json::Value) -> String {
    serde_json::to_string(value)
        .unwrap_or_default()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use askama::Template;

    use super::{Code, Escaped, EscapedText};

    #[derive(Template)]
    #[template(source = "<a id=\"{{ code }}\">{{ text }}</a>", ext = "html")]
    struct Sample {
        code: Code,
        text: &'static str,
    }

    #[test]
    fn codes_are_written_as_is_and_text_is_still_escaped() {
        let page = Sample {
            code: Code::new("collabora-online"),
            text: "l'<b>",
        };
        assert_eq!(
            page.render().unwrap(),
            "<a id=\"collabora-online\">l&#39;&#60;b&#62;</a>"
        );
    }

    #[test]
    #[should_panic(expected = "not a code")]
    fn anything_else_is_refused_even_in_release() {
        let _ = Code::new(Box::leak(String::from("a\"b").into_boxed_str()));
    }

    #[derive(Template)]
    #[template(source = "<p title=\"{{ title }}\">{{ text }}</p>", ext = "html")]
    struct Prepared<'a> {
        title: Escaped<'a>,
        text: Escaped<'a>,
    }

    #[test]
    fn text_escaped_beforehand_reads_as_if_escaped_on_the_page() {
        let (title, text) = (
            EscapedText::new("\"Lien\" & <b>"),
            EscapedText::new("l'association"),
        );
        let page = Prepared {
            title: title.html(),
            text: text.html(),
        };
        assert_eq!(
            page.render().unwrap(),
            "<p title=\"&#34;Lien&#34; &#38; &#60;b&#62;\">l&#39;association</p>"
        );
    }
}
