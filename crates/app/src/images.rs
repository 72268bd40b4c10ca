//! Logos sent by people (a provider's, the instance's): PNG, JPEG or WebP
//! only, recognised by their content (not their name), at most 2 MB;
//! decoded with size limits, reduced to fit 256 pixels, and re-encoded as
//! PNG under a random name. Nothing of the file as sent is kept or served.

use std::io::Cursor;
use std::path::Path;

use image::{ImageFormat, ImageReader, Limits};

use crate::secrets::new_token;
use crate::{Error, Result};

pub const MAX_UPLOAD_BYTES: usize = 2 * 1024 * 1024;
const SIDE: u32 = 256;
/// Larger images are refused from their header, before any decoding: at
/// 4,000 pixels a side, a decoded image takes at most 64 MB.
const MAX_INPUT_SIDE: u32 = 4000;
const MAX_DECODED_BYTES: u64 = 64 * 1024 * 1024;

/// At most this many images decoded at once (one per core, two at most):
/// parallel uploads queue instead of exhausting memory.
static DECODING: std::sync::LazyLock<tokio::sync::Semaphore> = std::sync::LazyLock::new(|| {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    tokio::sync::Semaphore::new(cores.clamp(1, 2))
});

/// Decodes, reduces and re-encodes an image; the message key says why not.
fn reencode(bytes: &[u8]) -> Result<Vec<u8>, &'static str> {
    let format = image::guess_format(bytes).map_err(|_| "logo-format")?;
    if !matches!(
        format,
        ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP
    ) {
        return Err("logo-format");
    }
    let (width, height) = ImageReader::with_format(Cursor::new(bytes), format)
        .into_dimensions()
        .map_err(|_| "logo-unreadable")?;
    if width > MAX_INPUT_SIDE || height > MAX_INPUT_SIDE {
        return Err("logo-too-many-pixels");
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_INPUT_SIDE);
    limits.max_image_height = Some(MAX_INPUT_SIDE);
    limits.max_alloc = Some(MAX_DECODED_BYTES);
    reader.limits(limits);
    let image = reader.decode().map_err(|_| "logo-unreadable")?;
    let image = if image.width() > SIDE || image.height() > SIDE {
        image.resize(SIDE, SIDE, image::imageops::FilterType::Triangle)
    } else {
        image
    };
    let mut png = Vec::new();
    image
        .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
        .map_err(|_| "logo-unreadable")?;
    Ok(png)
}

/// Deletes the logos of `dir` that `keep` does not name and that are older
/// than an hour (an upload under way is not yet named anywhere); returns
/// how many went.
pub async fn remove_orphans(dir: &Path, keep: &std::collections::HashSet<String>) -> usize {
    let Ok(mut entries) = tokio::fs::read_dir(dir).await else {
        return 0;
    };
    let an_hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    let mut removed = 0;
    while let Ok(Some(entry)) = entries.next_entry().await {
        let name = entry.file_name().to_string_lossy().into_owned();
        let old = entry
            .metadata()
            .await
            .and_then(|m| m.modified())
            .is_ok_and(|modified| modified < an_hour_ago);
        if old && !keep.contains(&name) && tokio::fs::remove_file(entry.path()).await.is_ok() {
            removed += 1;
        }
    }
    removed
}

/// Checks, re-encodes and writes a logo into `dir`; returns its new name.
/// `field` is the form's field, for the problems.
pub async fn store_logo(dir: &Path, field: &str, bytes: Vec<u8>) -> Result<String> {
    if bytes.is_empty() {
        return Err(Error::field(field, "logo-empty"));
    }
    if bytes.len() > MAX_UPLOAD_BYTES {
        return Err(Error::field(field, "logo-too-large"));
    }
    let png = {
        let _permit = DECODING.acquire().await.map_err(Error::internal)?;
        tokio::task::spawn_blocking(move || reencode(&bytes))
            .await
            .map_err(Error::internal)?
            .map_err(|key| Error::field(field, key))?
    };
    let name = format!("{}.png", &new_token()[..32]);
    tokio::fs::create_dir_all(dir)
        .await
        .map_err(Error::internal)?;
    let partial = dir.join(format!(".{name}.part"));
    tokio::fs::write(&partial, &png)
        .await
        .map_err(Error::internal)?;
    tokio::fs::rename(&partial, dir.join(&name))
        .await
        .map_err(Error::internal)?;
    Ok(name)
}

#[cfg(test)]
mod tests {
    use super::reencode;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let image = image::RgbImage::from_pixel(width, height, image::Rgb([200, 120, 0]));
        let mut bytes = Vec::new();
        image::DynamicImage::ImageRgb8(image)
            .write_to(
                &mut std::io::Cursor::new(&mut bytes),
                image::ImageFormat::Png,
            )
            .unwrap();
        bytes
    }

    #[test]
    fn images_are_reduced_and_reencoded_and_others_refused() {
        let out = reencode(&png(1000, 500)).unwrap();
        let decoded = image::load_from_memory(&out).unwrap();
        assert_eq!((decoded.width(), decoded.height()), (256, 128));
        assert!(reencode(b"<svg xmlns='http://www.w3.org/2000/svg'></svg>").is_err());
        assert!(reencode(b"GIF89a....").is_err());
        assert_eq!(reencode(&png(4001, 10)), Err("logo-too-many-pixels"));
        let mut truncated = png(50, 50);
        truncated.truncate(40);
        assert!(reencode(&truncated).is_err());
    }
}
