//! Markdown written by users becomes HTML only through here: pulldown-cmark
//! renders it, ammonia keeps a safe subset. Templates print unescaped only a
//! `SafeHtml`, which nothing else can build.

use std::fmt;
use std::sync::LazyLock;

use pulldown_cmark::{Options, Parser, html};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SafeHtml(String);

impl SafeHtml {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for SafeHtml {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    builder
        .tags(
            [
                "p",
                "br",
                "strong",
                "em",
                "a",
                "ul",
                "ol",
                "li",
                "blockquote",
                "code",
                "pre",
                "h3",
                "h4",
                "hr",
            ]
            .into(),
        )
        .link_rel(Some("nofollow noopener noreferrer ugc"))
        .url_schemes(["http", "https", "mailto"].into());
    builder
});

/// Renders Markdown to sanitised HTML. Headings are lowered to h3/h4 so that
/// user text never competes with the page's own structure.
pub fn markdown_to_html(markdown: &str) -> SafeHtml {
    let parser = Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH);
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut raw, parser);
    let lowered = raw
        .replace("<h1>", "<h3>")
        .replace("</h1>", "</h3>")
        .replace("<h2>", "<h3>")
        .replace("</h2>", "</h3>")
        .replace("<h5>", "<h4>")
        .replace("</h5>", "</h4>")
        .replace("<h6>", "<h4>")
        .replace("</h6>", "</h4>");
    SafeHtml(CLEANER.clean(&lowered).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_markdown_and_removes_anything_dangerous() {
        let html = markdown_to_html(
            "# Titre\n\n**gras** [lien](https://example.org) <script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>",
        );
        let html = html.as_str();
        assert!(html.contains("<h3>Titre</h3>"));
        assert!(html.contains("<strong>gras</strong>"));
        assert!(html.contains("rel=\"nofollow noopener noreferrer ugc\""));
        assert!(
            !html.contains("<script")
                && !html.contains("javascript:")
                && !html.contains("onerror")
                && !html.contains("<img")
        );
    }
}
