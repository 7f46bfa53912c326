//! Go's `time` formatting: `Time.Format` layouts, `Time.String()`, the
//! monotonic `m=+…` suffix, Unix seconds to civil (proleptic Gregorian) time,
//! and the `Local` zone from `TZ`/TZif files.
//!
//! The layout engine is a port of `nextStdChunk`/`appendFormat` from Go's
//! `time/format.go`, so every layout element (and the text Go treats as
//! literal) behaves as in Go. Date arithmetic is pure integer math, no libc.

use std::path::Path;

/// A broken-down instant in one zone, what Go's `Time` methods report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CivilTime {
    /// Year (astronomical: year 0 exists, -1 is 2 BC, as in Go).
    pub year: i64,
    /// Month, 1 = January.
    pub month: u32,
    /// Day of the month, 1..=31.
    pub day: u32,
    /// Hour, 0..=23.
    pub hour: u32,
    /// Minute, 0..=59.
    pub min: u32,
    /// Second, 0..=59.
    pub sec: u32,
    /// Nanoseconds within the second.
    pub nsec: u32,
    /// Day of the week, 0 = Sunday (Go's `time.Weekday`).
    pub weekday: u32,
    /// Day of the year, 1..=366 (Go's `YearDay()`).
    pub yday: u32,
    /// Zone abbreviation, e.g. `UTC`, `EST`; empty for an unnamed fixed zone.
    pub zone_name: String,
    /// Offset east of UTC in seconds.
    pub zone_offset_secs: i32,
}

const DAYS_0000_TO_1970: i64 = 719_468;

/// Breaks a Unix time into civil fields at a fixed offset (`zone_name` left empty).
///
/// Go: `time.Unix(0, 0).UTC()` is 1970-01-01 00:00:00, a Thursday (weekday 4), yday 1.
pub fn civil_from_unix(secs: i64, nsec: u32, offset_secs: i32) -> CivilTime {
    let local = i128::from(secs) + i128::from(offset_secs);
    let days = local.div_euclid(86_400) as i64;
    let sod = local.rem_euclid(86_400) as u32;
    let (year, month, day) = civil_from_days(days);
    let yday = (days - days_from_civil(year, 1, 1) + 1) as u32;
    CivilTime {
        year,
        month,
        day,
        hour: sod / 3600,
        min: sod / 60 % 60,
        sec: sod % 60,
        nsec,
        weekday: (days + 4).rem_euclid(7) as u32,
        yday,
        zone_name: String::new(),
        zone_offset_secs: offset_secs,
    }
}

/// [`civil_from_unix`] with the zone's name filled in.
///
/// Go: `time.Unix(0, 0).In(time.FixedZone("EST", -5*3600))` is 1969-12-31 19:00:00 EST.
pub fn civil_in_zone(secs: i64, nsec: u32, zone_name: &str, offset_secs: i32) -> CivilTime {
    let mut t = civil_from_unix(secs, nsec, offset_secs);
    t.zone_name = zone_name.to_string();
    t
}

/// Days since 1970-01-01 to (year, month, day); Hinnant's `civil_from_days`.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + DAYS_0000_TO_1970;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// (year, month, day) to days since 1970-01-01; Hinnant's `days_from_civil`.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - DAYS_0000_TO_1970
}

const LONG_DAY_NAMES: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

const LONG_MONTH_NAMES: [&str; 12] = [
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

/// Go's `time.Month.String()`. Go: `time.March.String()` is `March`; 13 is `%!Month(13)`.
pub fn month_name(month: u32) -> String {
    match LONG_MONTH_NAMES.get((month as usize).wrapping_sub(1)) {
        Some(name) => (*name).to_string(),
        None => format!("%!Month({month})"),
    }
}

/// Go's `time.Weekday.String()`. Go: `time.Sunday.String()` is `Sunday`; 7 is `%!Weekday(7)`.
pub fn weekday_name(weekday: u32) -> String {
    match LONG_DAY_NAMES.get(weekday as usize) {
        Some(name) => (*name).to_string(),
        None => format!("%!Weekday({weekday})"),
    }
}

/// One layout element recognised by Go's `nextStdChunk`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Std {
    LongMonth,
    Month,
    NumMonth,
    ZeroMonth,
    LongWeekDay,
    WeekDay,
    Day,
    UnderDay,
    ZeroDay,
    UnderYearDay,
    ZeroYearDay,
    Hour,
    Hour12,
    ZeroHour12,
    Minute,
    ZeroMinute,
    Second,
    ZeroSecond,
    LongYear,
    Year,
    PM,
    Pm,
    TZ,
    Iso8601TZ,
    Iso8601SecondsTZ,
    Iso8601ShortTZ,
    Iso8601ColonTZ,
    Iso8601ColonSecondsTZ,
    NumTZ,
    NumSecondsTZ,
    NumShortTZ,
    NumColonTZ,
    NumColonSecondsTZ,
    /// Fractional seconds: separator, digit count, trim trailing zeros (`.999`).
    Frac(u8, usize, bool),
}

/// Go's `nextStdChunk`: (literal prefix, element, rest) or `None` when no element remains.
fn next_std_chunk(layout: &[u8]) -> Option<(&[u8], Std, &[u8])> {
    let at = |i: usize, pat: &[u8]| layout[i..].starts_with(pat);
    for i in 0..layout.len() {
        let chunk = |std: Std, len: usize| Some((&layout[..i], std, &layout[i + len..]));
        match layout[i] {
            b'J' if at(i, b"Jan") => {
                if at(i, b"January") {
                    return chunk(Std::LongMonth, 7);
                }
                if !starts_with_lower(&layout[i + 3..]) {
                    return chunk(Std::Month, 3);
                }
            }
            b'M' => {
                if at(i, b"Mon") {
                    if at(i, b"Monday") {
                        return chunk(Std::LongWeekDay, 6);
                    }
                    if !starts_with_lower(&layout[i + 3..]) {
                        return chunk(Std::WeekDay, 3);
                    }
                }
                if at(i, b"MST") {
                    return chunk(Std::TZ, 3);
                }
            }
            b'0' => {
                if let Some(&c @ b'1'..=b'6') = layout.get(i + 1) {
                    let std = [
                        Std::ZeroMonth,
                        Std::ZeroDay,
                        Std::ZeroHour12,
                        Std::ZeroMinute,
                        Std::ZeroSecond,
                        Std::Year,
                    ][usize::from(c - b'1')];
                    return chunk(std, 2);
                }
                if at(i, b"002") {
                    return chunk(Std::ZeroYearDay, 3);
                }
            }
            b'1' => {
                if at(i, b"15") {
                    return chunk(Std::Hour, 2);
                }
                return chunk(Std::NumMonth, 1);
            }
            b'2' => {
                if at(i, b"2006") {
                    return chunk(Std::LongYear, 4);
                }
                return chunk(Std::Day, 1);
            }
            b'_' => {
                if at(i, b"_2") {
                    if at(i, b"_2006") {
                        // "_2006" is a literal underscore followed by the year.
                        return Some((&layout[..i + 1], Std::LongYear, &layout[i + 5..]));
                    }
                    return chunk(Std::UnderDay, 2);
                }
                if at(i, b"__2") {
                    return chunk(Std::UnderYearDay, 3);
                }
            }
            b'3' => return chunk(Std::Hour12, 1),
            b'4' => return chunk(Std::Minute, 1),
            b'5' => return chunk(Std::Second, 1),
            b'P' if at(i, b"PM") => return chunk(Std::PM, 2),
            b'p' if at(i, b"pm") => return chunk(Std::Pm, 2),
            b'-' | b'Z' => {
                let iso = layout[i] == b'Z';
                let zones: [(&[u8], Std, Std); 5] = [
                    (b"070000", Std::NumSecondsTZ, Std::Iso8601SecondsTZ),
                    (
                        b"07:00:00",
                        Std::NumColonSecondsTZ,
                        Std::Iso8601ColonSecondsTZ,
                    ),
                    (b"0700", Std::NumTZ, Std::Iso8601TZ),
                    (b"07:00", Std::NumColonTZ, Std::Iso8601ColonTZ),
                    (b"07", Std::NumShortTZ, Std::Iso8601ShortTZ),
                ];
                for (pat, num, iso_std) in zones {
                    if at(i + 1, pat) {
                        return chunk(if iso { iso_std } else { num }, pat.len() + 1);
                    }
                }
            }
            sep @ (b'.' | b',') => {
                if let Some(&ch @ (b'0' | b'9')) = layout.get(i + 1) {
                    let mut j = i + 1;
                    while j < layout.len() && layout[j] == ch {
                        j += 1;
                    }
                    if !layout.get(j).is_some_and(u8::is_ascii_digit) {
                        let std = Std::Frac(sep, j - (i + 1), ch == b'9');
                        return Some((&layout[..i], std, &layout[j..]));
                    }
                }
            }
            _ => {}
        }
    }
    None
}

fn starts_with_lower(s: &[u8]) -> bool {
    s.first().is_some_and(u8::is_ascii_lowercase)
}

/// Go's `appendInt`: `x` in decimal, zero-padded to `width` digits after any sign.
fn append_int(b: &mut Vec<u8>, x: i64, width: usize) {
    if x < 0 {
        b.push(b'-');
    }
    let digits = x.unsigned_abs().to_string();
    b.extend(std::iter::repeat_n(
        b'0',
        width.saturating_sub(digits.len()),
    ));
    b.extend_from_slice(digits.as_bytes());
}

/// Go's `appendNano`: `.000`-style (fixed) or `.999`-style (trimmed) fractions.
fn append_nano(b: &mut Vec<u8>, nsec: u32, sep: u8, n: usize, trim: bool) {
    if trim && (n == 0 || nsec == 0) {
        return;
    }
    let start = b.len();
    b.push(sep);
    append_int(b, i64::from(nsec), 9);
    if n < 9 {
        b.truncate(b.len() - 9 + n);
    }
    if trim {
        while b.len() > start && b.last() == Some(&b'0') {
            b.pop();
        }
        if b.len() > start && b.last() == Some(&sep) {
            b.pop();
        }
    }
}

/// Go's `Time.Format(layout)` for the broken-down time `t`.
///
/// Go: layout `2006-01-02 15:04:05.000 Z07:00` gives `2026-11-22 14:31:02.123 Z` in UTC;
/// `time.Kitchen` (`3:04PM`) gives `2:31PM`; `Jan _2` gives `Nov  2`.
pub fn format_time(layout: &str, t: &CivilTime) -> String {
    let mut b = Vec::with_capacity(layout.len() + 10);
    let mut layout = layout.as_bytes();
    while !layout.is_empty() {
        let Some((prefix, std, suffix)) = next_std_chunk(layout) else {
            b.extend_from_slice(layout);
            break;
        };
        b.extend_from_slice(prefix);
        layout = suffix;
        append_std(&mut b, std, t);
    }
    // Layout text is UTF-8 and everything appended is ASCII or a whole name.
    String::from_utf8_lossy(&b).into_owned()
}

fn append_std(b: &mut Vec<u8>, std: Std, t: &CivilTime) {
    let hour12 = if t.hour.is_multiple_of(12) {
        12
    } else {
        t.hour % 12
    };
    match std {
        Std::Year => append_int(b, t.year.abs() % 100, 2),
        Std::LongYear => append_int(b, t.year, 4),
        Std::Month => b.extend_from_slice(&month_name(t.month).as_bytes()[..3]),
        Std::LongMonth => b.extend_from_slice(month_name(t.month).as_bytes()),
        Std::NumMonth => append_int(b, i64::from(t.month), 0),
        Std::ZeroMonth => append_int(b, i64::from(t.month), 2),
        Std::WeekDay => b.extend_from_slice(&weekday_name(t.weekday).as_bytes()[..3]),
        Std::LongWeekDay => b.extend_from_slice(weekday_name(t.weekday).as_bytes()),
        Std::Day => append_int(b, i64::from(t.day), 0),
        Std::UnderDay => {
            if t.day < 10 {
                b.push(b' ');
            }
            append_int(b, i64::from(t.day), 0);
        }
        Std::ZeroDay => append_int(b, i64::from(t.day), 2),
        Std::UnderYearDay => {
            if t.yday < 100 {
                b.push(b' ');
                if t.yday < 10 {
                    b.push(b' ');
                }
            }
            append_int(b, i64::from(t.yday), 0);
        }
        Std::ZeroYearDay => append_int(b, i64::from(t.yday), 3),
        Std::Hour => append_int(b, i64::from(t.hour), 2),
        Std::Hour12 => append_int(b, i64::from(hour12), 0),
        Std::ZeroHour12 => append_int(b, i64::from(hour12), 2),
        Std::Minute => append_int(b, i64::from(t.min), 0),
        Std::ZeroMinute => append_int(b, i64::from(t.min), 2),
        Std::Second => append_int(b, i64::from(t.sec), 0),
        Std::ZeroSecond => append_int(b, i64::from(t.sec), 2),
        Std::PM => b.extend_from_slice(if t.hour >= 12 { b"PM" } else { b"AM" }),
        Std::Pm => b.extend_from_slice(if t.hour >= 12 { b"pm" } else { b"am" }),
        Std::TZ => {
            if t.zone_name.is_empty() {
                let zone = t.zone_offset_secs / 60;
                b.push(if zone < 0 { b'-' } else { b'+' });
                append_int(b, i64::from(zone.abs() / 60), 2);
                append_int(b, i64::from(zone.abs() % 60), 2);
            } else {
                b.extend_from_slice(t.zone_name.as_bytes());
            }
        }
        Std::Frac(sep, n, trim) => append_nano(b, t.nsec, sep, n, trim),
        _ => append_zone_offset(b, std, t.zone_offset_secs),
    }
}

/// The numeric zone elements (`-0700`, `Z07:00`, `-07:00:00`, ...).
fn append_zone_offset(b: &mut Vec<u8>, std: Std, offset: i32) {
    use Std::*;
    let iso = matches!(
        std,
        Iso8601TZ | Iso8601ColonTZ | Iso8601SecondsTZ | Iso8601ShortTZ | Iso8601ColonSecondsTZ
    );
    if offset == 0 && iso {
        b.push(b'Z');
        return;
    }
    let zone = offset / 60;
    b.push(if zone < 0 { b'-' } else { b'+' });
    let (zone, abs_offset) = (zone.abs(), offset.abs());
    append_int(b, i64::from(zone / 60), 2);
    if matches!(
        std,
        Iso8601ColonTZ | NumColonTZ | Iso8601ColonSecondsTZ | NumColonSecondsTZ
    ) {
        b.push(b':');
    }
    if !matches!(std, NumShortTZ | Iso8601ShortTZ) {
        append_int(b, i64::from(zone % 60), 2);
    }
    if matches!(
        std,
        Iso8601SecondsTZ | NumSecondsTZ | NumColonSecondsTZ | Iso8601ColonSecondsTZ
    ) {
        if matches!(std, NumColonSecondsTZ | Iso8601ColonSecondsTZ) {
            b.push(b':');
        }
        append_int(b, i64::from(abs_offset % 60), 2);
    }
}

/// Go's layout for `Time.String()`.
pub const TIME_STRING_LAYOUT: &str = "2006-01-02 15:04:05.999999999 -0700 MST";

/// Go's `Time.String()` without the monotonic part.
///
/// Go: `2026-11-22 14:31:02.123456789 +0000 UTC`; zero nanoseconds print no fraction.
pub fn time_string(t: &CivilTime) -> String {
    format_time(TIME_STRING_LAYOUT, t)
}

/// The monotonic clock reading Go appends to `Time.String()` (after a space).
///
/// Go: 1234567ns since process start prints `m=+0.001234567`; -1.5s is `m=-1.500000000`.
pub fn format_monotonic(nanos_since_start: i64) -> String {
    let sign = if nanos_since_start < 0 { '-' } else { '+' };
    let m2 = nanos_since_start.unsigned_abs();
    let (m1, m2) = (m2 / 1_000_000_000, m2 % 1_000_000_000);
    let (m0, m1) = (m1 / 1_000_000_000, m1 % 1_000_000_000);
    if m0 != 0 {
        format!("m={sign}{m0}{m1:09}.{m2:09}")
    } else {
        format!("m={sign}{m1}.{m2:09}")
    }
}

/// The zone Go's `time.Local` uses now: `(abbreviation, offset east of UTC in seconds)`.
///
/// Go: with `TZ` unset it reads `/etc/localtime` (UTC on this machine); `TZ=""` and
/// `TZ=UTC` are UTC; `TZ=America/New_York` reads the zoneinfo file. Falls back to
/// `("UTC", 0)` on any failure, as Go does.
pub fn local_zone() -> (String, i32) {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    local_zone_at(now)
}

/// Like [`local_zone`] but for the instant `unix_secs` (zones change with DST).
///
/// Go: `time.Unix(0, 0).Local().Zone()` under `TZ=America/New_York` is `("EST", -18000)`.
pub fn local_zone_at(unix_secs: i64) -> (String, i32) {
    let utc = ("UTC".to_string(), 0);
    let path = match std::env::var_os("TZ") {
        None => "/etc/localtime".to_string(),
        Some(tz) => {
            let tz = tz.to_string_lossy().into_owned();
            let tz = tz.strip_prefix(':').unwrap_or(&tz).to_string();
            if tz.is_empty() || tz == "UTC" {
                return utc;
            }
            if tz.starts_with('/') {
                tz
            } else {
                format!("/usr/share/zoneinfo/{tz}")
            }
        }
    };
    zone_from_tzif_file(Path::new(&path), unix_secs).unwrap_or(utc)
}

/// Reads a TZif file and returns the zone in effect at `unix_secs`.
pub fn zone_from_tzif_file(path: &Path, unix_secs: i64) -> Option<(String, i32)> {
    let data = std::fs::read(path).ok()?;
    zone_from_tzif(&data, unix_secs)
}

/// The counts in a TZif header.
struct TzifCounts {
    isut: usize,
    isstd: usize,
    leap: usize,
    time: usize,
    typ: usize,
    chars: usize,
}

fn tzif_counts(h: &[u8]) -> Option<TzifCounts> {
    if h.len() < 44 || &h[..4] != b"TZif" {
        return None;
    }
    let n = |k: usize| -> Option<usize> {
        let bytes: [u8; 4] = h.get(20 + 4 * k..24 + 4 * k)?.try_into().ok()?;
        usize::try_from(u32::from_be_bytes(bytes)).ok()
    };
    Some(TzifCounts {
        isut: n(0)?,
        isstd: n(1)?,
        leap: n(2)?,
        time: n(3)?,
        typ: n(4)?,
        chars: n(5)?,
    })
}

/// Minimal TZif (v1, v2+) reader: the zone of the last transition at or before
/// `unix_secs`, or the first standard-time zone before any transition. Rules in
/// the v2+ footer (for instants past the last transition) are not evaluated:
/// Debian's "fat" files list transitions through 2037.
pub fn zone_from_tzif(data: &[u8], unix_secs: i64) -> Option<(String, i32)> {
    let c = tzif_counts(data)?;
    let (mut body, mut c, mut time_size) = (&data[44..], c, 4);
    if data[4] >= b'2' {
        let v1_len = c.time * 5 + c.typ * 6 + c.chars + c.leap * 8 + c.isstd + c.isut;
        let v2 = data.get(44 + v1_len..)?;
        c = tzif_counts(v2)?;
        body = &v2[44..];
        time_size = 8;
    }
    let times = body.get(..c.time * time_size)?;
    let idx = body.get(c.time * time_size..c.time * (time_size + 1))?;
    let types = body.get(c.time * (time_size + 1)..c.time * (time_size + 1) + c.typ * 6)?;
    let chars_start = c.time * (time_size + 1) + c.typ * 6;
    let chars = body.get(chars_start..chars_start + c.chars)?;
    let when = |k: usize| -> i64 {
        let raw = &times[k * time_size..(k + 1) * time_size];
        if time_size == 8 {
            i64::from_be_bytes(raw.try_into().unwrap_or([0; 8]))
        } else {
            i64::from(i32::from_be_bytes(raw.try_into().unwrap_or([0; 4])))
        }
    };
    let count = (0..c.time).take_while(|&k| when(k) <= unix_secs).count();
    let ty = if count == 0 {
        (0..c.typ).find(|&k| types[k * 6 + 4] == 0).unwrap_or(0)
    } else {
        usize::from(idx[count - 1])
    };
    let info = types.get(ty * 6..ty * 6 + 6)?;
    let offset = i32::from_be_bytes(info[..4].try_into().ok()?);
    let name_start = usize::from(info[5]);
    let name_bytes = chars.get(name_start..)?;
    let name_len = name_bytes
        .iter()
        .position(|&b| b == 0)
        .unwrap_or(name_bytes.len());
    Some((
        String::from_utf8_lossy(&name_bytes[..name_len]).into_owned(),
        offset,
    ))
}

#[cfg(test)]
#[path = "timefmt_tests.rs"]
mod tests;
