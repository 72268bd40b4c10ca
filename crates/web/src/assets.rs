//! Static assets built into the binary and served under content-hashed names,
//! so that browsers may cache them for a year.

use std::sync::LazyLock;

use sha2::{Digest, Sha256};

pub struct Asset {
    pub name: &'static str,
    pub content_type: &'static str,
    pub bytes: &'static [u8],
}

macro_rules! assets {
    ($($name:literal => $type:literal),* $(,)?) => {
        static FILES: &[Asset] = &[$(Asset {
            name: $name,
            content_type: $type,
            bytes: include_bytes!(concat!("../static/", $name)),
        }),*];
    };
}

assets![
    "style.css" => "text/css; charset=utf-8",
    "favicon.svg" => "image/svg+xml",
    "directory.js" => "text/javascript; charset=utf-8",
    "providers.js" => "text/javascript; charset=utf-8",
    "leaflet.js" => "text/javascript; charset=utf-8",
    "leaflet.css" => "text/css; charset=utf-8",
    "marker-icon.png" => "image/png",
    "marker-icon-2x.png" => "image/png",
    "marker-shadow.png" => "image/png",
];

struct Hashed {
    url: String,
    file_name: String,
    asset: &'static Asset,
}

static HASHED: LazyLock<Vec<Hashed>> = LazyLock::new(|| {
    FILES
        .iter()
        .map(|asset| {
            let digest = hex::encode(&Sha256::digest(asset.bytes)[..5]);
            let file_name = match asset.name.rsplit_once('.') {
                Some((stem, ext)) => format!("{stem}.{digest}.{ext}"),
                None => format!("{}.{digest}", asset.name),
            };
            Hashed {
                url: format!("/static/{file_name}"),
                file_name,
                asset,
            }
        })
        .collect()
});

/// The public URL of an asset, such as `/static/style.1a2b3c4d5e.css`.
/// An unknown name is a programming error caught by any page test.
pub fn url(name: &str) -> &'static str {
    HASHED
        .iter()
        .find(|h| h.asset.name == name)
        .map(|h| h.url.as_str())
        .unwrap_or_else(|| panic!("unknown asset {name}"))
}

/// The asset served under a hashed file name, if any.
pub fn by_file_name(file_name: &str) -> Option<&'static Asset> {
    HASHED
        .iter()
        .find(|h| h.file_name == file_name)
        .map(|h| h.asset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names_resolve_to_their_asset() {
        let url = url("style.css");
        assert!(url.starts_with("/static/style.") && url.ends_with(".css"));
        let file = url.trim_start_matches("/static/");
        assert_eq!(by_file_name(file).unwrap().name, "style.css");
        assert!(by_file_name("style.css").is_none());
    }
}
