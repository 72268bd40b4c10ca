//! Values written into pages without HTML escaping, because they are safe by
//! construction.

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

/// A name or code of the binary's own (a URL parameter, a taxonomy slug, a
/// région code): ASCII letters, digits, `-` and `_` only. Written as is,
/// which saves escaping the hundreds of them a search page repeats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Code(&'static str);

impl Code {
    pub fn new(text: &'static str) -> Code {
        debug_assert!(is_code(text), "{text:?} is not a code");
        Code(text)
    }

    pub fn as_str(self) -> &'static str {
        self.0
    }
}

written_as_is!(Code);

/// ASCII letters, digits, `-` and `_` only: nothing HTML would escape.
pub fn is_code(text: &str) -> bool {
    text.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Text already escaped for HTML, written as is: labels of the catalogues
/// and the names and pitches of the index, escaped once rather than on every
/// page that repeats them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Escaped<'a>(&'a str);

impl<'a> Escaped<'a> {
    /// Only for text that went through [`escape`].
    pub fn trusted(escaped: &'a str) -> Escaped<'a> {
        Escaped(escaped)
    }

    pub fn as_str(self) -> &'a str {
        self.0
    }

    pub fn is_empty(self) -> bool {
        self.0.is_empty()
    }
}

/// `text` escaped for HTML text and attribute values.
pub fn escape(text: &str) -> Box<str> {
    askama::filters::escape(text, askama::filters::Html)
        .expect("escaping cannot fail")
        .to_string()
        .into_boxed_str()
}

written_as_is!(Escaped<'_>);

#[cfg(test)]
mod tests {
    use askama::Template;

    use super::{Code, Escaped, escape};

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
    #[should_panic(expected = "is not a code")]
    #[cfg(debug_assertions)]
    fn anything_else_is_refused() {
        Code::new("a\"b");
    }

    #[derive(Template)]
    #[template(source = "<p title=\"{{ title }}\">{{ text }}</p>", ext = "html")]
    struct Prepared<'a> {
        title: Escaped<'a>,
        text: Escaped<'a>,
    }

    #[test]
    fn text_escaped_beforehand_reads_as_if_escaped_on_the_page() {
        let (title, text) = (escape("\"Lien\" & <b>"), escape("l'association"));
        let page = Prepared {
            title: Escaped::trusted(&title),
            text: Escaped::trusted(&text),
        };
        assert_eq!(
            page.render().unwrap(),
            "<p title=\"&#34;Lien&#34; &#38; &#60;b&#62;\">l&#39;association</p>"
        );
    }
}
