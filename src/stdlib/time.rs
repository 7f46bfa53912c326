//! Package time's natives: the clocks, calendar conversion and formatting
//! (over `stdlib::format::timefmt`), `Sleep`, and the runtime timers behind
//! `Timer`, `Ticker`, `After`, `AfterFunc` and `Tick`. Duration, Month,
//! Weekday and most `Time` methods are Go (`decls/time.go`).
//!
//! # Time in the value model
//!
//! `Time` is the Go struct `{sec, nsec, mono, loc}`: seconds since January 1
//! of year 1 UTC (so the zero `Time` is Go's zero time), nanoseconds, a
//! monotonic reading in ns since the program started (0: none; `Now` never
//! returns 0) and a `*Location`. Natives work on Unix seconds; the Go side
//! converts with `unixToInternal`.
//!
//! # Timers: Go 1.23 semantics on the runtime's heap
//!
//! Every timer is an entry on the scheduler's single timer heap
//! (`Sched::add_timer`): no thread per timer. A `Timer`'s or `Ticker`'s
//! channel is made here, not in Go, because it is special: internally it
//! buffers one value (the callback, which must not block, delivers with a
//! non-blocking send, and a ticker drops the ticks a slow receiver misses),
//! yet since Go 1.23 it behaves as unbuffered: `cap` and `len` report 0,
//! and no stale value is ever received after `Stop` or `Reset`. The latter
//! holds because `stop_timer`/`reset_timer` return only once the callback
//! is not running and will not run for the old arming (timer.rs), after
//! which we `drain` the channel: whatever was sent and not yet received is
//! discarded. `Stop` reports true if the timer was armed *or* its value was
//! still unreceived, which is Go 1.23's answer too (an expired timer whose
//! value nobody took counts as stopped in time).
//!
//! `AfterFunc`'s callback starts a goroutine running `f`; its `Timer.C` is
//! nil.

use crate::runtime::{Sched, TimerHandle};
use crate::stdlib::format::timefmt::{self, CivilTime};
use crate::vm::fiber::Machine;
use crate::vm::heap::Store;
use crate::vm::native::{NativeCtx, NativeFn, NativeOut};
use crate::vm::panic::Panic;
use crate::vm::value::Value;
use std::sync::{Arc, LazyLock};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::runtime::current_g;

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("time.now", now as NativeFn),
        ("time.dateToUnix", date_to_unix as NativeFn),
        ("time.civil", civil as NativeFn),
        ("time.zoneOf", zone_of as NativeFn),
        ("time.format", format as NativeFn),
        ("time.monoString", mono_string as NativeFn),
        ("time.parse", parse as NativeFn),
        ("time.parseDuration", parse_duration as NativeFn),
        ("time.Sleep", sleep as NativeFn),
        ("time.newTimer", new_timer as NativeFn),
        ("time.stopTimer", stop_timer as NativeFn),
        ("time.resetTimer", reset_timer as NativeFn),
    ]
}

/// Seconds from January 1, year 1 to the Unix epoch (Go's unixToInternal).
const UNIX_TO_INTERNAL: i64 = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400;

/// The program's start, for monotonic readings (Go's `runtimeInitTime`):
/// the scheduler's epoch when there is one.
static START: LazyLock<Instant> = LazyLock::new(Instant::now);

fn mono_now() -> i64 {
    let start = Sched::current().map_or(*START, |s| s.epoch());
    (start.elapsed().as_nanos() as i64).max(1)
}

fn wall_now() -> (i64, i64) {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => (d.as_secs() as i64, d.subsec_nanos() as i64),
        Err(e) => {
            let d = e.duration();
            let (s, n) = (-(d.as_secs() as i64), d.subsec_nanos() as i64);
            if n > 0 {
                (s - 1, 1_000_000_000 - n)
            } else {
                (s, 0)
            }
        }
    }
}

fn now(_ctx: &mut NativeCtx, _args: &[Value]) -> Result<NativeOut, Panic> {
    let (s, n) = wall_now();
    Ok(NativeOut::Many(vec![
        Value::Int(s),
        Value::Int(n),
        Value::Int(mono_now()),
    ]))
}

/// Zone name and offset of zone kind `k` (0 UTC, 1 Local, 2 fixed) at `unix`.
fn zone(k: i64, name: &[u8], off: i64, unix: i64) -> (String, i32) {
    match k {
        0 => ("UTC".into(), 0),
        1 => timefmt::local_zone_at(unix),
        _ => (String::from_utf8_lossy(name).into_owned(), off as i32),
    }
}

fn civil_of(unix: i64, nsec: i64, k: i64, name: &[u8], off: i64) -> CivilTime {
    let (zn, zo) = zone(k, name, off, unix);
    timefmt::civil_in_zone(unix, nsec as u32, &zn, zo)
}

/// (year, month, day) to days since 1970-01-01 (Hinnant's days_from_civil).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let doy = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// `dateToUnix(year, month, day, hour, min, sec, nsec, k, off)`: Go's
/// `Date` normalisation (month overflow into years, the rest by plain
/// arithmetic), then the zone's offset.
fn date_to_unix(_ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    let (mut year, mut month) = (a[0].int(), a[1].int() - 1);
    year += month.div_euclid(12);
    month = month.rem_euclid(12) + 1;
    let nsec = a[6].int();
    let secs = days_from_civil(year, month, 1)
        .wrapping_add(a[2].int() - 1)
        .wrapping_mul(86400)
        .wrapping_add(a[3].int() * 3600 + a[4].int() * 60 + a[5].int())
        .wrapping_add(nsec.div_euclid(1_000_000_000));
    let nsec = nsec.rem_euclid(1_000_000_000);
    let k = a[7].int();
    let unix = match k {
        0 => secs,
        1 => {
            // Go's two-step lookup: the offset in force at the guess.
            let (_, off) = timefmt::local_zone_at(secs);
            let (_, off2) = timefmt::local_zone_at(secs - off as i64);
            secs - off2 as i64
        }
        _ => secs - a[8].int(),
    };
    Ok(NativeOut::Many(vec![Value::Int(unix), Value::Int(nsec)]))
}

fn civil(_ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    let c = civil_of(a[0].int(), 0, a[1].int(), b"", a[2].int());
    Ok(NativeOut::Many(
        [
            c.year,
            c.month as i64,
            c.day as i64,
            c.hour as i64,
            c.min as i64,
            c.sec as i64,
            c.weekday as i64,
            c.yday as i64,
        ]
        .into_iter()
        .map(Value::Int)
        .collect(),
    ))
}

fn zone_of(_ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    let (n, o) = zone(a[1].int(), a[2].str(), a[3].int(), a[0].int());
    Ok(NativeOut::Many(vec![
        Value::str_from(&n),
        Value::Int(o as i64),
    ]))
}

fn format(_ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    let c = civil_of(a[0].int(), a[1].int(), a[2].int(), a[3].str(), a[4].int());
    let layout = String::from_utf8_lossy(a[5].str());
    Ok(NativeOut::One(Value::str_from(&timefmt::format_time(
        &layout, &c,
    ))))
}

fn mono_string(_ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    Ok(NativeOut::One(Value::str_from(&timefmt::format_monotonic(
        a[0].int(),
    ))))
}

/// `parse(layout, value)`: a small subset of Go's parser (numeric fields,
/// month and day names, fractional seconds, numeric zones); ok=false on
/// anything else.
fn parse(_ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    let r = parse_layout(a[0].str(), a[1].str());
    Ok(NativeOut::Many(match r {
        Some((s, n)) => vec![Value::Int(s), Value::Int(n), Value::Bool(true)],
        None => vec![Value::Int(0), Value::Int(0), Value::Bool(false)],
    }))
}

fn parse_layout(layout: &[u8], value: &[u8]) -> Option<(i64, i64)> {
    const MONTHS: [&str; 12] = [
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
    const DAYS: [&str; 7] = [
        "Sunday",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
    ];
    let (mut y, mut mo, mut d, mut h, mut mi, mut s, mut ns, mut off) =
        (1i64, 1i64, 1i64, 0i64, 0i64, 0i64, 0i64, 0i64);
    let mut pm: Option<bool> = None;
    let (mut l, mut v) = (layout, value);
    let num = |v: &mut &[u8], max: usize, exact: bool| -> Option<i64> {
        let n = v
            .iter()
            .take(max)
            .take_while(|c| c.is_ascii_digit())
            .count();
        if n == 0 || (exact && n != max) {
            return None;
        }
        let x = std::str::from_utf8(&v[..n]).ok()?.parse().ok()?;
        *v = &v[n..];
        Some(x)
    };
    let name = |v: &mut &[u8], names: &[&str], short: bool| -> Option<i64> {
        for (i, n) in names.iter().enumerate() {
            let n = if short { &n[..3] } else { n };
            if v.len() >= n.len() && v[..n.len()].eq_ignore_ascii_case(n.as_bytes()) {
                *v = &v[n.len()..];
                return Some(i as i64);
            }
        }
        None
    };
    while !l.is_empty() {
        let p = |t: &str| l.starts_with(t.as_bytes());
        if p("2006") {
            y = num(&mut v, 4, true)?;
            l = &l[4..];
        } else if p("January") {
            mo = name(&mut v, &MONTHS, false)? + 1;
            l = &l[7..];
        } else if p("Jan") {
            mo = name(&mut v, &MONTHS, true)? + 1;
            l = &l[3..];
        } else if p("Monday") {
            name(&mut v, &DAYS, false)?;
            l = &l[6..];
        } else if p("Mon") {
            name(&mut v, &DAYS, true)?;
            l = &l[3..];
        } else if p("MST") {
            let n = v.iter().take_while(|c| c.is_ascii_uppercase()).count();
            if n < 3 {
                return None;
            }
            v = &v[n..];
            l = &l[3..];
        } else if p("01") {
            mo = num(&mut v, 2, true)?;
            l = &l[2..];
        } else if p("02") {
            d = num(&mut v, 2, true)?;
            l = &l[2..];
        } else if p("_2") {
            if v.first() == Some(&b' ') {
                v = &v[1..];
            }
            d = num(&mut v, 2, false)?;
            l = &l[2..];
        } else if p("15") {
            h = num(&mut v, 2, false)?;
            l = &l[2..];
        } else if p("03") {
            h = num(&mut v, 2, true)?;
            l = &l[2..];
        } else if p("04") {
            mi = num(&mut v, 2, true)?;
            l = &l[2..];
        } else if p("05") {
            s = num(&mut v, 2, true)?;
            l = &l[2..];
        } else if p("06") {
            y = 1900 + num(&mut v, 2, true)?;
            if y < 1969 {
                y += 100;
            }
            l = &l[2..];
        } else if p("PM") {
            pm = Some(match v.get(..2)? {
                b"PM" => true,
                b"AM" => false,
                _ => return None,
            });
            v = &v[2..];
            l = &l[2..];
        } else if p("Z07:00") || p("-07:00") || p("-0700") || p("Z0700") {
            let n = if p("Z07:00") || p("-07:00") { 6 } else { 5 };
            if l[0] == b'Z' && v.first() == Some(&b'Z') {
                v = &v[1..];
            } else {
                let sign = match v.first()? {
                    b'+' => 1,
                    b'-' => -1,
                    _ => return None,
                };
                v = &v[1..];
                let oh = num(&mut v, 2, true)?;
                if n == 6 {
                    if v.first() != Some(&b':') {
                        return None;
                    }
                    v = &v[1..];
                }
                let om = num(&mut v, 2, true)?;
                off = sign * (oh * 3600 + om * 60);
            }
            l = &l[n..];
        } else if (p(".0") || p(".9") || p(",0") || p(",9")) && l.len() >= 2 {
            let n = 1 + l[1..].iter().take_while(|&&c| c == l[1]).count();
            l = &l[n..];
            if v.first() == Some(&b'.') || v.first() == Some(&b',') {
                v = &v[1..];
                let k = v.iter().take_while(|c| c.is_ascii_digit()).count();
                let digits = std::str::from_utf8(&v[..k]).ok()?;
                let mut x: i64 = 0;
                for (i, c) in digits.bytes().enumerate() {
                    if i < 9 {
                        x = x * 10 + (c - b'0') as i64;
                    }
                }
                for _ in k.min(9)..9 {
                    x *= 10;
                }
                ns = x;
                v = &v[k..];
            }
        } else {
            if v.first() != Some(&l[0]) {
                return None;
            }
            v = &v[1..];
            l = &l[1..];
        }
        // fractional seconds after "05" that the layout does not mention
        if l.is_empty() && v.first() == Some(&b'.') && layout.ends_with(b"05") {
            {
                v = &v[1..];
                let k = v.iter().take_while(|c| c.is_ascii_digit()).count();
                let mut x: i64 = 0;
                for (i, c) in v[..k].iter().enumerate() {
                    if i < 9 {
                        x = x * 10 + (c - b'0') as i64;
                    }
                }
                for _ in k.min(9)..9 {
                    x *= 10;
                }
                ns = x;
                v = &v[k..];
            }
        }
    }
    if !v.is_empty() {
        return None;
    }
    match pm {
        Some(true) if h < 12 => h += 12,
        Some(false) if h == 12 => h = 0,
        _ => {}
    }
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || s > 59 {
        return None;
    }
    let secs = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s - off;
    Some((secs, ns))
}

/// `parseDuration(s)`: Go's `time.ParseDuration` ("1h30m", "-1.5s",
/// "300ms", "2us", "µs"); ok=false on a malformed string or overflow.
fn parse_duration(_ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    let r = parse_dur(a[0].str());
    Ok(NativeOut::Many(match r {
        Some(d) => vec![Value::Int(d), Value::Bool(true)],
        None => vec![Value::Int(0), Value::Bool(false)],
    }))
}

pub fn parse_dur(s: &[u8]) -> Option<i64> {
    let mut s = s;
    let neg = match s.first() {
        Some(b'-') => {
            s = &s[1..];
            true
        }
        Some(b'+') => {
            s = &s[1..];
            false
        }
        _ => false,
    };
    if s == b"0" {
        return Some(0);
    }
    if s.is_empty() {
        return None;
    }
    let mut total: u128 = 0;
    while !s.is_empty() {
        let n = s.iter().take_while(|c| c.is_ascii_digit()).count();
        let int: u128 = if n > 0 {
            std::str::from_utf8(&s[..n]).ok()?.parse().ok()?
        } else {
            0
        };
        s = &s[n..];
        let (mut frac, mut scale) = (0u128, 1u128);
        let mut had_frac = false;
        if s.first() == Some(&b'.') {
            s = &s[1..];
            let k = s.iter().take_while(|c| c.is_ascii_digit()).count();
            for &c in &s[..k.min(18)] {
                frac = frac * 10 + (c - b'0') as u128;
                scale *= 10;
            }
            had_frac = k > 0;
            s = &s[k..];
        }
        if n == 0 && !had_frac {
            return None;
        }
        let u = s
            .iter()
            .take_while(|c| !c.is_ascii_digit() && **c != b'.')
            .count();
        let unit: u128 = match &s[..u] {
            b"ns" => 1,
            b"us" | [0xc2, 0xb5, b's'] | [0xce, 0xbc, b's'] => 1_000,
            b"ms" => 1_000_000,
            b"s" => 1_000_000_000,
            b"m" => 60_000_000_000,
            b"h" => 3_600_000_000_000,
            _ => return None,
        };
        s = &s[u..];
        total += int * unit + frac * unit / scale;
        if total > 1u128 << 63 {
            return None;
        }
    }
    if !neg && total > i64::MAX as u128 {
        return None;
    }
    Some(if neg {
        (total as i128).wrapping_neg() as i64
    } else {
        total as i64
    })
}

fn sleep(ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    let d = a[0].int();
    let (sched, g) = match current_g(ctx) {
        Ok(x) => x,
        Err(_) => {
            if d > 0 {
                std::thread::sleep(Duration::from_nanos(d as u64));
            }
            return Ok(NativeOut::None);
        }
    };
    let d = Duration::from_nanos(d.max(0) as u64);
    Ok(match sched.sleep(&g, d) {
        crate::runtime::Op::Ready(()) => NativeOut::None,
        crate::runtime::Op::Park => NativeOut::Park,
    })
}

/// A `Timer`'s or `Ticker`'s runtime half (the `runtimeTimer` field).
struct TimerObj {
    handle: TimerHandle,
    /// The timer's channel, or Nil for AfterFunc.
    chan: Value,
}

/// A `time.Time` value for now, as the struct `{sec, nsec, mono, loc}`.
fn time_value(m: &Machine) -> Value {
    let (s, n) = wall_now();
    let local = m
        .prog
        .global_names
        .get("time.Local")
        .map_or(Value::Nil, |&g| m.globals.load(g as usize));
    Value::Agg(Arc::new(Store::from_values(vec![
        Value::Int(s + UNIX_TO_INTERNAL),
        Value::Int(n),
        Value::Int(mono_now()),
        local,
    ])))
}

/// The zero `Time` (what a receive from a closed timer channel would give).
fn zero_time() -> Value {
    Value::Agg(Arc::new(Store::from_values(vec![
        Value::Int(0),
        Value::Int(0),
        Value::Int(0),
        Value::Nil,
    ])))
}

fn dur(v: &Value) -> Duration {
    Duration::from_nanos(v.int().max(0) as u64)
}

/// `newTimer(withChan, f, d, period) (chan Time, runtimeTimer)`.
fn new_timer(ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    let Some(sched) = Sched::current() else {
        return Err(Panic::Fatal("timer outside the scheduler".into()));
    };
    let chan = if a[0].bool() {
        changlue::timer_chan(zero_time())
    } else {
        Value::Nil
    };
    let f = a[1].clone();
    let period = a[3].int();
    let m = ctx.fiber.m.clone();
    let c = chan.clone();
    let cb = Box::new(move || {
        if !c.is_nil() {
            changlue::try_send(&c, time_value(&m));
        }
        if !f.is_nil() {
            super::runtime::spawn_go(&m, f.clone(), vec![]);
        }
    });
    let period = (period > 0).then(|| Duration::from_nanos(period as u64));
    let handle = sched.add_timer(Instant::now() + dur(&a[2]), period, cb);
    let obj = Value::Native(Arc::new(TimerObj {
        handle,
        chan: chan.clone(),
    }));
    Ok(NativeOut::Many(vec![chan, obj]))
}

fn timer_obj(v: &Value) -> Option<&TimerObj> {
    match v {
        Value::Native(n) => n.downcast_ref::<TimerObj>(),
        _ => None,
    }
}

fn stop_timer(ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    let (Some(t), Some(sched)) = (timer_obj(&a[0]), Sched::current()) else {
        return Err(ctx.prog().nil_deref());
    };
    let was = sched.stop_timer(&t.handle);
    let stale = changlue::drain(&t.chan) > 0;
    Ok(NativeOut::One(Value::Bool(was || stale)))
}

fn reset_timer(ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    let (Some(t), Some(sched)) = (timer_obj(&a[0]), Sched::current()) else {
        return Err(ctx.prog().nil_deref());
    };
    let period = a[2].int();
    let period = (period > 0).then(|| Duration::from_nanos(period as u64));
    let was = sched.reset_timer(&t.handle, Instant::now() + dur(&a[1]), period);
    let stale = changlue::drain(&t.chan) > 0;
    Ok(NativeOut::One(Value::Bool(was || stale)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_parse_as_go() {
        assert_eq!(parse_dur(b"1h30m"), Some(5_400_000_000_000));
        assert_eq!(parse_dur(b"-1.5s"), Some(-1_500_000_000));
        assert_eq!(parse_dur("2µs".as_bytes()), Some(2_000));
        assert_eq!(parse_dur(b"300ms"), Some(300_000_000));
        assert_eq!(parse_dur(b"0"), Some(0));
        assert_eq!(parse_dur(b"1"), None);
        assert_eq!(parse_dur(b""), None);
    }

    #[test]
    fn layouts_parse() {
        assert_eq!(parse_layout(b"2006-01-02", b"1970-01-02"), Some((86400, 0)));
        assert_eq!(
            parse_layout(b"2006-01-02T15:04:05Z07:00", b"1970-01-01T01:00:00+01:00"),
            Some((0, 0))
        );
        assert_eq!(parse_layout(b"2006-01-02", b"1970-13-02"), None);
    }
}

/// The VM's channel representation, as timers use it (one place to adapt
/// when the VM's channels change).
mod changlue {
    use crate::runtime::TrySend;
    use crate::vm::chan::{as_chan, new_timer_chan};
    use crate::vm::value::Value;

    /// A timer channel of `Time` values: one value of room, reported as
    /// unbuffered (`cap` and `len` are 0).
    pub fn timer_chan(zero: Value) -> Value {
        new_timer_chan(zero)
    }

    /// Non-blocking send (a full channel drops the value, as a ticker does).
    pub fn try_send(c: &Value, v: Value) {
        if let Value::Chan(c) = c
            && let Some(ch) = as_chan(c)
            && let TrySend::Full(v) | TrySend::Closed(v) = ch.ch.try_send(v)
        {
            drop(v);
        }
    }

    /// Discards buffered values; how many.
    pub fn drain(c: &Value) -> usize {
        match c {
            Value::Chan(c) => as_chan(c).map_or(0, |ch| ch.ch.drain()),
            _ => 0,
        }
    }
}
