//! Calendar dates, and the instance's time zone that says which date it is
//! and when a date people type (a deadline, a target date) begins and ends.

use std::fmt;

use crate::Locale;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Reads `YYYY-MM-DD`, refusing impossible dates.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let date = Date {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        };
        (date.month >= 1
            && date.month <= 12
            && date.day >= 1
            && date.day <= days_in_month(date.year, date.month))
        .then_some(date)
    }

    /// The date of a Unix timestamp, in UTC.
    pub fn from_unix(seconds: i64) -> Date {
        // Howard Hinnant's civil_from_days.
        let z = seconds.div_euclid(86_400) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Seconds at midnight UTC of this date.
    pub fn to_unix(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        (era * 146_097 + doe - 719_468) * 86_400
    }

    /// The date `days` days later (earlier when negative).
    pub fn add_days(self, days: i64) -> Date {
        Date::from_unix(self.to_unix() + days * 86_400)
    }

    /// The latest date it is anywhere on Earth (UTC+14): the bound of
    /// dates that cannot lie in the future wherever the instance is.
    pub fn latest_today() -> Date {
        Date::from_unix(now_unix() + 14 * 3600)
    }

    /// "21 novembre 2026" or "21 November 2026".
    pub fn long(self, locale: Locale) -> String {
        format!("{} {}", self.day, self.month_long(locale))
    }

    /// "novembre 2026" or "November 2026".
    pub fn month_long(self, locale: Locale) -> String {
        const FR: [&str; 12] = [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ];
        const EN: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let names = match locale {
            Locale::Fr => FR,
            Locale::En => EN,
        };
        format!("{} {}", names[usize::from(self.month) - 1], self.year)
    }

    pub fn days_until(self, later: Date) -> i64 {
        (later.to_unix() - self.to_unix()) / 86_400
    }
}

fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default()
}

/// The instance's time zone (`time_zone` setting, Europe/Paris by default):
/// "today" and the dates shown and typed are read there.
/// Cheap to clone (the zone's rules are shared).
#[derive(Debug, Clone, PartialEq)]
pub struct TimeZone {
    zone: jiff::tz::TimeZone,
}

impl TimeZone {
    /// An IANA name such as `Europe/Paris` or `America/Cayenne`.
    pub fn named(name: &str) -> Option<TimeZone> {
        Some(TimeZone {
            zone: jiff::tz::TimeZone::get(name).ok()?,
        })
    }

    pub fn name(&self) -> &str {
        self.zone.iana_name().unwrap_or("UTC")
    }

    pub fn today(&self) -> Date {
        self.date_of(now_unix())
    }

    /// The date it was there at a Unix time.
    pub fn date_of(&self, seconds: i64) -> Date {
        let date = jiff::Timestamp::from_second(seconds)
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
            .to_zoned_datetime(self.zone.clone())
            .date();
        Date {
            year: i32::from(date.year()),
            month: date.month() as u8,
            day: date.day() as u8,
        }
    }

    /// "21 novembre 2026 à 14 h 05" or "21 November 2026 at 14:05", there.
    pub fn long_time(&self, seconds: i64, locale: Locale) -> String {
        let zoned = jiff::Timestamp::from_second(seconds)
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
            .to_zoned_datetime(self.zone.clone());
        let date = self.date_of(seconds).long(locale);
        match locale {
            Locale::Fr => format!("{date} à {} h {:02}", zoned.hour(), zoned.minute()),
            Locale::En => format!("{date} at {:02}:{:02}", zoned.hour(), zoned.minute()),
        }
    }

    /// An instant as people and programs read it there:
    /// `2026-12-02T17:05:00+01:00` (RFC 3339).
    pub fn timestamp(&self, seconds: i64) -> String {
        jiff::Timestamp::from_second(seconds)
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
            .to_zoned_datetime(self.zone.clone())
            .strftime("%Y-%m-%dT%H:%M:%S%:z")
            .to_string()
    }

    /// The first second of `date` there.
    pub fn start_of(&self, date: Date) -> i64 {
        self.midnight(date)
    }

    /// The last second of `date` there: a deadline "on the 31st" lasts the
    /// whole of the 31st where the instance is, summer time or not.
    pub fn end_of(&self, date: Date) -> i64 {
        let next = jiff::civil::Date::new(date.year as i16, date.month as i8, date.day as i8)
            .ok()
            .and_then(|d| d.tomorrow().ok());
        match next {
            Some(next) => {
                self.midnight(Date {
                    year: i32::from(next.year()),
                    month: next.month() as u8,
                    day: next.day() as u8,
                }) - 1
            }
            None => date.to_unix() + 86_399,
        }
    }

    fn midnight(&self, date: Date) -> i64 {
        jiff::civil::Date::new(date.year as i16, date.month as i8, date.day as i8)
            .ok()
            .and_then(|d| d.to_zoned_datetime(self.zone.clone()).ok())
            .map(|z| z.timestamp().as_second())
            .unwrap_or_else(|| date.to_unix())
    }
}

impl Default for TimeZone {
    fn default() -> TimeZone {
        TimeZone::named("Europe/Paris").expect("the built-in database knows Paris")
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_prints_and_converts() {
        let date = Date::parse("2024-02-29").unwrap();
        assert_eq!(date.to_string(), "2024-02-29");
        assert_eq!(Date::from_unix(date.to_unix()), date);
        assert_eq!(Date::from_unix(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_unix(1_795_286_911).to_string(), "2026-11-21");
        assert!(Date::parse("2023-02-29").is_none());
        assert!(Date::parse("2024-13-01").is_none());
        assert!(Date::parse("24-1-1").is_none());
        assert_eq!(date.long(Locale::Fr), "29 février 2024");
        assert_eq!(date.add_days(1).to_string(), "2024-03-01");
        assert_eq!(date.add_days(-60).to_string(), "2023-12-31");
    }

    #[test]
    fn dates_are_read_in_the_instance_time_zone() {
        let paris = TimeZone::default();
        // 2026-03-28 23:30 UTC is already the 29th in Paris (UTC+1).
        let late = Date::parse("2026-03-28").unwrap().to_unix() + 23 * 3600 + 1800;
        assert_eq!(Date::from_unix(late).to_string(), "2026-03-28");
        assert_eq!(paris.date_of(late).to_string(), "2026-03-29");
        // The 29th of March 2026 is 23 hours long in Paris (summer time).
        let day = Date::parse("2026-03-29").unwrap();
        assert_eq!(paris.end_of(day) + 1 - paris.start_of(day), 23 * 3600);
        assert_eq!(paris.start_of(day), late - 1800);
        let cayenne = TimeZone::named("America/Cayenne").unwrap();
        assert_eq!(cayenne.date_of(late).to_string(), "2026-03-28");
        assert_eq!(paris.long_time(late, Locale::Fr), "29 mars 2026 à 0 h 30");
        assert!(TimeZone::named("Europe/Atlantide").is_none());
        assert_eq!(paris.timestamp(late), "2026-03-29T00:30:00+01:00");
    }
}
