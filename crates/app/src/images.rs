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
const MAX_INPUT_SIDE: u32 = 6000;

/// Decodes, reduces and re-encodes an image; the message key says why not.
fn reencode(bytes: &[u8]) -> Result<Vec<u8>, &'static str> {
    let format = image::guess_format(bytes).map_err(|_| "logo-format")?;
    if !matches!(
        format,
        ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP
    ) {
        return Err("logo-format");
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_INPUT_SIDE);
    limits.max_image_height = Some(MAX_INPUT_SIDE);
    limits.max_alloc = Some(128 * 1024 * 1024);
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

/// Checks, re-encodes and writes a logo into `dir`; returns its new name.
/// `field` is the form's field, for the problems.
pub async fn store_logo(dir: &Path, field: &str, bytes: Vec<u8>) -> Result<String> {
    if bytes.is_empty() {
        return Err(Error::field(field, "logo-empty"));
    }
    if bytes.len() > MAX_UPLOAD_BYTES {
        return Err(Error::field(field, "logo-too-large"));
    }
    let png = tokio::task::spawn_blocking(move || reencode(&bytes))
        .await
        .map_err(Error::internal)?
        .map_err(|key| Error::field(field, key))?;
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
        let mut truncated = png(50, 50);
        truncated.truncate(40);
        assert!(reencode(&truncated).is_err());
    }
}
