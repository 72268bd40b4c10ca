//! Folding text for comparison: lower case, no accents, words separated by
//! single spaces. "Plounéour-Ménez" and "plouneour menez" fold alike.

/// Lower-cases and removes the diacritics of the letters written in French
/// and the regional languages of France; other characters pass unchanged.
pub fn strip_accents(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' => out.push('a'),
            'ç' => out.push('c'),
            'é' | 'è' | 'ê' | 'ë' => out.push('e'),
            'î' | 'ï' | 'í' | 'ì' => out.push('i'),
            'ô' | 'ö' | 'ó' | 'ò' | 'õ' => out.push('o'),
            'ù' | 'û' | 'ü' | 'ú' => out.push('u'),
            'ÿ' | 'ý' => out.push('y'),
            'ñ' => out.push('n'),
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            'ß' => out.push_str("ss"),
            other => out.push(other),
        }
    }
    out
}

/// Accents stripped, every run of non-alphanumeric characters turned into one
/// space, trimmed.
pub fn fold(text: &str) -> String {
    let stripped = strip_accents(text);
    let mut out = String::with_capacity(stripped.len());
    for word in stripped
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A place name folded, with the usual abbreviations spelt out: "St Malo"
/// and "Saint-Malo" give the same key.
pub fn place_key(name: &str) -> String {
    fold(name)
        .split(' ')
        .map(|w| match w {
            "st" => "saint",
            "ste" => "sainte",
            other => other,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Lower-case letters, digits and single hyphens, 2 to 80 characters.
pub fn is_slug(slug: &str) -> bool {
    let valid_chars = slug
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    (2..=80).contains(&slug.len())
        && valid_chars
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
}

/// A slug made from a name: "Coop'Numérique Bretagne" → "coop-numerique-bretagne".
pub fn slugify(name: &str) -> String {
    let folded = fold(name);
    let slug: String = folded
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(80)
        .collect();
    slug.trim_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_punctuation() {
        assert_eq!(fold("Plounéour-Ménez"), "plouneour menez");
        assert_eq!(fold("  L'ÉCONOMIE  sociale!"), "l economie sociale");
        assert_eq!(fold("Cœur d'Œuvre"), "coeur d oeuvre");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn slugs() {
        assert_eq!(
            slugify("Coop'Numérique  Bretagne !"),
            "coop-numerique-bretagne"
        );
        assert!(is_slug("ok-slug-2"));
        assert!(!is_slug("Pas-OK") && !is_slug("-x") && !is_slug("a--b"));
    }
}
