//! Numbered pages of a list in the database (`?page=N`, from 1).

pub struct Pager {
    pub page: i64,
    pub per_page: i64,
}

impl Pager {
    /// A missing or unreadable page number means the first page.
    pub fn new(page: Option<&str>, per_page: i64) -> Pager {
        Pager {
            page: page
                .and_then(|p| p.parse().ok())
                .filter(|p| *p >= 1)
                .unwrap_or(1),
            per_page,
        }
    }

    pub fn offset(&self) -> i64 {
        (self.page - 1).saturating_mul(self.per_page)
    }

    /// The previous page of `path`, which may carry a query already.
    pub fn previous(&self, path: &str) -> Option<String> {
        (self.page > 1).then(|| page_of(path, self.page - 1))
    }

    pub fn next(&self, path: &str, total: i64) -> Option<String> {
        (self.page.saturating_mul(self.per_page) < total).then(|| page_of(path, self.page + 1))
    }
}

fn page_of(path: &str, page: i64) -> String {
    let separator = if path.contains('?') { '&' } else { '?' };
    format!("{path}{separator}page={page}")
}

#[cfg(test)]
mod tests {
    use super::Pager;

    #[test]
    fn pages_are_numbered_from_one() {
        assert_eq!(Pager::new(Some("abc"), 50).page, 1);
        assert_eq!(Pager::new(Some("-3"), 50).page, 1);
        let third = Pager::new(Some("3"), 50);
        assert_eq!(third.offset(), 100);
        assert_eq!(third.previous("/x").as_deref(), Some("/x?page=2"));
        assert_eq!(third.next("/x", 150), None);
        assert_eq!(third.next("/x", 151).as_deref(), Some("/x?page=4"));
        assert_eq!(third.next("/x?q=a", 151).as_deref(), Some("/x?q=a&page=4"));
    }
}
