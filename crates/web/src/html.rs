//! Values written into pages without HTML escaping, because they are safe by
//! construction.

use std::fmt;

/// A name or code of the binary's own (a URL parameter, a taxonomy slug, a
/// région code): ASCII letters, digits, `-` and `_` only. Written as is,
/// which saves escaping the hundreds of them a search page repeats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Code(&'static str);

impl Code {
    pub fn new(text: &'static str) -> Code {
        debug_assert!(
            text.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
            "{text:?} is not a code"
        );
        Code(text)
    }

    pub fn as_str(self) -> &'static str {
        self.0
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl askama::filters::HtmlSafe for Code {}

impl askama::FastWritable for Code {
    fn write_into<W: fmt::Write + ?Sized>(
        &self,
        dest: &mut W,
        _: &dyn askama::Values,
    ) -> askama::Result<()> {
        Ok(dest.write_str(self.0)?)
    }
}

#[cfg(test)]
mod tests {
    use askama::Template;

    use super::Code;

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
}
