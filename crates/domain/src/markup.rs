//! Markdown written by users becomes HTML only through here: pulldown-cmark
//! renders it, plain web and email addresses become links (linkify), and
//! ammonia keeps a safe subset. Templates print unescaped only a `SafeHtml`,
//! which nothing else can build.

use std::fmt;
use std::sync::LazyLock;

use linkify::{LinkFinder, LinkKind};
use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd, html};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SafeHtml(String);

impl SafeHtml {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// HTML this module produced and the database kept (a forum post is
    /// rendered once, when it is written).
    pub fn from_stored(html: String) -> SafeHtml {
        SafeHtml(html)
    }
}

impl fmt::Display for SafeHtml {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What any Markdown may keep: text, links, lists, quotes, code.
const TEXT_TAGS: [&str; 14] = [
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
];

static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    builder
        .tags(TEXT_TAGS.into())
        .link_rel(Some("nofollow noopener noreferrer ugc"))
        .url_schemes(["http", "https", "mailto"].into());
    builder
});

/// Renders Markdown to sanitised HTML. Headings are lowered to h3/h4 so that
/// user text never competes with the page's own structure.
pub fn markdown_to_html(markdown: &str) -> SafeHtml {
    markdown_to_html_mentioning(markdown, &|_| None)
}

/// Renders Markdown as [`markdown_to_html`] does, and links each `@handle`
/// written outside links and code to the page `member_page` gives for it;
/// a handle it knows nothing of (`None`) stays plain text.
pub fn markdown_to_html_mentioning(
    markdown: &str,
    member_page: &dyn Fn(&str) -> Option<String>,
) -> SafeHtml {
    let parser = Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH);
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(
        &mut raw,
        with_mentions_linked(with_plain_addresses_linked(parser), member_page),
    );
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

static LESSON_CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    let tags = TEXT_TAGS.into_iter().chain([
        "del", "h2", "img", "table", "thead", "tbody", "tr", "th", "td",
    ]);
    builder
        .tags(tags.collect())
        .tag_attributes([("img", ["src", "alt"].into()), ("a", ["href"].into())].into())
        .link_rel(Some("noopener noreferrer"))
        .url_schemes(["http", "https", "mailto"].into());
    builder
});

/// Renders a lesson written by the network's authors: headings from h2
/// (the page's h1 is the lesson's title), tables, and images, whose
/// addresses `image_url` gives; an image it knows nothing of (`None`) is
/// left out, so a page never loads one from another site.
pub fn lesson_markdown_to_html(
    markdown: &str,
    image_url: &dyn Fn(&str) -> Option<String>,
) -> SafeHtml {
    let options = Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES;
    let mut skipping = 0usize;
    let events = Parser::new_ext(markdown, options).filter_map(|event| match event {
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => match image_url(&dest_url) {
            Some(url) if skipping == 0 => Some(Event::Start(Tag::Image {
                link_type,
                dest_url: CowStr::from(url),
                title,
                id,
            })),
            _ => {
                skipping += 1;
                None
            }
        },
        Event::End(TagEnd::Image) if skipping > 0 => {
            skipping -= 1;
            None
        }
        _ if skipping > 0 => None,
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Some(Event::Start(Tag::Heading {
            level: lesson_heading(level),
            id,
            classes,
            attrs,
        })),
        Event::End(TagEnd::Heading(level)) => {
            Some(Event::End(TagEnd::Heading(lesson_heading(level))))
        }
        event => Some(event),
    });
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut raw, events);
    SafeHtml(LESSON_CLEANER.clean(&raw).to_string())
}

fn lesson_heading(level: pulldown_cmark::HeadingLevel) -> pulldown_cmark::HeadingLevel {
    use pulldown_cmark::HeadingLevel::{H1, H2, H3, H4};
    match level {
        H1 | H2 => H2,
        H3 => H3,
        _ => H4,
    }
}

/// The text of Markdown without its marks, for places that show no HTML (a
/// spreadsheet cell): paragraphs apart, list items on their own line, a
/// link's address after its text.
pub fn markdown_to_text(markdown: &str) -> String {
    let mut text = String::with_capacity(markdown.len());
    let mut link_targets = Vec::new();
    for event in Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push('\n'),
            Event::Start(Tag::Item) => text.push_str("- "),
            Event::Start(Tag::Link { dest_url, .. }) => {
                link_targets.push((dest_url.to_string(), text.len()))
            }
            Event::End(TagEnd::Link) => {
                if let Some((url, start)) = link_targets.pop()
                    && text[start..] != *url
                {
                    text.push_str(&format!(" ({url})"));
                }
            }
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock | TagEnd::List(_),
            ) => text.push_str("\n\n"),
            Event::End(TagEnd::Item) => text.push('\n'),
            _ => {}
        }
    }
    let mut lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    lines.dedup_by(|a, b| a.is_empty() && b.is_empty());
    lines.join("\n").trim().to_string()
}

/// Turns `https://…`, `www.…` and email addresses written as plain text into
/// links, outside links and code, as people expect from any message box.
fn with_plain_addresses_linked<'a>(
    events: impl Iterator<Item = Event<'a>>,
) -> impl Iterator<Item = Event<'a>> {
    let mut finder = LinkFinder::new();
    finder.url_must_have_scheme(false);
    let mut inside = 0usize;
    events.flat_map(move |event| {
        match &event {
            Event::Start(Tag::Link { .. } | Tag::CodeBlock(_)) => inside += 1,
            Event::End(TagEnd::Link | TagEnd::CodeBlock) => inside = inside.saturating_sub(1),
            Event::Text(text) if inside == 0 => return linked(&finder, text),
            _ => {}
        }
        vec![event]
    })
}

/// The handles written `@handle` in a text, lower-cased, each once, in
/// order: the members a post mentions.
pub fn mentions(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for (_, handle) in mention_spans(text) {
        let handle = handle.to_lowercase();
        if !found.contains(&handle) {
            found.push(handle);
        }
    }
    found
}

/// Where each `@handle` starts in a text, and the handle: after the start
/// or a character that cannot end an address, 2 to 30 letters, digits,
/// `-` or `_`, starting with a letter.
fn mention_spans(text: &str) -> Vec<(usize, &str)> {
    let mut spans = Vec::new();
    let mut previous: Option<char> = None;
    for (at, c) in text.char_indices() {
        let starts = c == '@' && !previous.is_some_and(|p| p.is_alphanumeric() || p == '.');
        previous = Some(c);
        if !starts {
            continue;
        }
        let rest = &text[at + 1..];
        let length = rest
            .char_indices()
            .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
            .map_or(rest.len(), |(i, _)| i);
        let handle = rest[..length].trim_end_matches(['-', '_']);
        if (2..=30).contains(&handle.len()) && handle.starts_with(|c: char| c.is_ascii_alphabetic())
        {
            spans.push((at, handle));
        }
    }
    spans
}

fn with_mentions_linked<'a>(
    events: impl Iterator<Item = Event<'a>>,
    member_page: &dyn Fn(&str) -> Option<String>,
) -> impl Iterator<Item = Event<'a>> {
    let mut inside = 0usize;
    events.flat_map(move |event| {
        match &event {
            Event::Start(Tag::Link { .. } | Tag::CodeBlock(_)) => inside += 1,
            Event::End(TagEnd::Link | TagEnd::CodeBlock) => inside = inside.saturating_sub(1),
            Event::Text(text) if inside == 0 && text.contains('@') => {
                return mentioned(text, member_page);
            }
            _ => {}
        }
        vec![event]
    })
}

fn mentioned<'a>(text: &str, member_page: &dyn Fn(&str) -> Option<String>) -> Vec<Event<'a>> {
    let mut events = Vec::new();
    let mut from = 0;
    for (at, handle) in mention_spans(text) {
        let Some(page) = member_page(&handle.to_lowercase()) else {
            continue;
        };
        if at > from {
            events.push(Event::Text(CowStr::from(text[from..at].to_owned())));
        }
        events.push(Event::Start(Tag::Link {
            link_type: LinkType::Inline,
            dest_url: CowStr::from(page),
            title: CowStr::Borrowed(""),
            id: CowStr::Borrowed(""),
        }));
        events.push(Event::Text(CowStr::from(format!("@{handle}"))));
        events.push(Event::End(TagEnd::Link));
        from = at + 1 + handle.len();
    }
    if from < text.len() {
        events.push(Event::Text(CowStr::from(text[from..].to_owned())));
    }
    events
}

fn linked<'a>(finder: &LinkFinder, text: &str) -> Vec<Event<'a>> {
    let mut events = Vec::new();
    let mut plain = String::new();
    for span in finder.spans(text) {
        let target = match span.kind() {
            Some(LinkKind::Email) => Some(format!("mailto:{}", span.as_str())),
            Some(LinkKind::Url) if span.as_str().contains("://") => Some(span.as_str().to_owned()),
            // Without a scheme, only what is plainly a web address: "www.…".
            Some(LinkKind::Url) if span.as_str().starts_with("www.") => {
                Some(format!("https://{}", span.as_str()))
            }
            _ => None,
        };
        match target {
            Some(target) => {
                if !plain.is_empty() {
                    events.push(Event::Text(CowStr::from(std::mem::take(&mut plain))));
                }
                events.push(Event::Start(Tag::Link {
                    link_type: LinkType::Autolink,
                    dest_url: CowStr::from(target),
                    title: CowStr::Borrowed(""),
                    id: CowStr::Borrowed(""),
                }));
                events.push(Event::Text(CowStr::from(span.as_str().to_owned())));
                events.push(Event::End(TagEnd::Link));
            }
            None => plain.push_str(span.as_str()),
        }
    }
    if !plain.is_empty() {
        events.push(Event::Text(CowStr::from(plain)));
    }
    events
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

    #[test]
    fn known_mentions_become_links_and_others_stay_text() {
        let page = |h: &str| (h == "camille").then(|| format!("/membres/{h}"));
        let html = markdown_to_html_mentioning(
            "Merci @Camille et @inconnu, écrivez à camille@asso.fr. `@camille`",
            &page,
        );
        let html = html.as_str();
        assert!(html.contains("<a href=\"/membres/camille\" rel=\"nofollow noopener noreferrer ugc\">@Camille</a> et @inconnu"), "{html}");
        assert!(html.contains("mailto:camille@asso.fr"));
        assert!(html.contains("<code>@camille</code>"));
        assert_eq!(
            mentions("@Camille, @camille et a@b.fr @x @dominique-"),
            ["camille", "dominique"]
        );
    }

    #[test]
    fn text_without_marks_keeps_the_words_and_the_addresses() {
        assert_eq!(
            markdown_to_text(
                "Une **coopérative** et [notre site](https://coop.example).\n\n- un\n- *deux*\n\nLigne 1\nLigne 2"
            ),
            "Une coopérative et notre site (https://coop.example).\n\n- un\n- deux\n\nLigne 1\nLigne 2"
        );
        assert_eq!(markdown_to_text("<https://a.example>"), "https://a.example");
    }

    #[test]
    fn plain_addresses_become_links_but_not_inside_code_or_links() {
        let html = markdown_to_html(
            "Voir https://coop.example/offre, www.coop.fr ou contact@coop.fr. \
             Pas Node.js.\n\n[déjà](https://a.example) `https://code.example`",
        );
        let html = html.as_str();
        assert!(
            html.contains("<a href=\"https://coop.example/offre\""),
            "{html}"
        );
        assert!(html.contains(">https://coop.example/offre</a>,"), "{html}");
        assert!(html.contains("<a href=\"https://www.coop.fr\""), "{html}");
        assert!(
            html.contains("<a href=\"mailto:contact@coop.fr\""),
            "{html}"
        );
        assert!(!html.contains("Node.js</a>"), "{html}");
        assert_eq!(html.matches("https://a.example").count(), 1, "{html}");
        assert!(html.contains("<code>https://code.example</code>"), "{html}");
    }
    #[test]
    fn a_lesson_keeps_its_own_images_and_tables_only() {
        let html = lesson_markdown_to_html(
            "# Titre\n\n![Schéma](a.svg) ![Ailleurs](https://x.example/b.png)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<script>x</script>",
            &|src| (src == "a.svg").then(|| "/parcours/p/fichiers/a.svg".to_string()),
        );
        let html = html.as_str();
        assert!(html.contains("<h2>Titre</h2>"), "{html}");
        assert!(
            html.contains(r#"<img src="/parcours/p/fichiers/a.svg" alt="Schéma">"#),
            "{html}"
        );
        assert!(
            !html.contains("x.example") && !html.contains("Ailleurs"),
            "{html}"
        );
        assert!(
            html.contains("<table>") && !html.contains("<script"),
            "{html}"
        );
    }
}
