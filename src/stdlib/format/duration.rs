//! Go's `time.Duration.String()`: `1h2m3.5s`, `1.5ms`, `0s`.
//!
//! A port of `Duration.format`, `fmtFrac` and `fmtInt` from Go's `time/time.go`:
//! durations under a second use the largest of ns/µs/ms that fits, longer ones
//! `h`/`m`/`s` with a trimmed fraction of seconds.

/// Go's `time.Duration(d).String()` for `d` nanoseconds.
///
/// Go: `1500 * time.Millisecond` is `1.5s`, `2 * time.Minute` is `2m0s`, `time.Microsecond`
/// is `1µs`, `0` is `0s`, `math.MaxInt64` is `2562047h47m16.854775807s`.
pub fn duration_string(d: i64) -> String {
    let neg = d < 0;
    let mut u = d.unsigned_abs();
    // Built back to front, then reversed.
    let mut rev: Vec<u8> = Vec::with_capacity(32);
    if u < 1_000_000_000 {
        rev.push(b's');
        let prec = match u {
            0 => return "0s".to_string(),
            1..1_000 => {
                rev.push(b'n');
                0
            }
            1_000..1_000_000 => {
                // "µ" (U+00B5) is C2 B5, pushed reversed.
                rev.extend_from_slice(&[0xB5, 0xC2]);
                3
            }
            _ => {
                rev.push(b'm');
                6
            }
        };
        u = frac_rev(&mut rev, u, prec);
        int_rev(&mut rev, u);
    } else {
        rev.push(b's');
        u = frac_rev(&mut rev, u, 9);
        int_rev(&mut rev, u % 60);
        u /= 60;
        if u > 0 {
            rev.push(b'm');
            int_rev(&mut rev, u % 60);
            u /= 60;
            if u > 0 {
                rev.push(b'h');
                int_rev(&mut rev, u);
            }
        }
    }
    if neg {
        rev.push(b'-');
    }
    rev.reverse();
    // Only ASCII and a whole "µ" were written.
    String::from_utf8_lossy(&rev).into_owned()
}

/// Go's `fmtFrac`: the `prec` low digits of `v` as a fraction without trailing
/// zeros (nothing at all if they are zero), reversed; returns `v / 10^prec`.
fn frac_rev(rev: &mut Vec<u8>, mut v: u64, prec: u32) -> u64 {
    let mut print = false;
    for _ in 0..prec {
        let digit = (v % 10) as u8;
        print = print || digit != 0;
        if print {
            rev.push(b'0' + digit);
        }
        v /= 10;
    }
    if print {
        rev.push(b'.');
    }
    v
}

/// Go's `fmtInt`: decimal digits of `v`, reversed.
fn int_rev(rev: &mut Vec<u8>, mut v: u64) {
    loop {
        rev.push(b'0' + (v % 10) as u8);
        v /= 10;
        if v == 0 {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_go() {
        // Expected strings printed by Go 1.27's time.Duration.String.
        let cases: &[(i64, &str)] = &[
            (0, "0s"),
            (1, "1ns"),
            (-1, "-1ns"),
            (999, "999ns"),
            (1_000, "1µs"),
            (1_500, "1.5µs"),
            (1_000_000, "1ms"),
            (100_000_000, "100ms"),
            (1_234_567, "1.234567ms"),
            (1_000_000_000, "1s"),
            (1_500_000_000, "1.5s"),
            (-1_500_000_000, "-1.5s"),
            (60_000_000_000, "1m0s"),
            (120_000_000_000, "2m0s"),
            (3_600_000_000_000, "1h0m0s"),
            (3_723_500_000_000, "1h2m3.5s"),
            (3_723_000_000_001, "1h2m3.000000001s"),
            (86_400_000_000_000, "24h0m0s"),
            (i64::MAX, "2562047h47m16.854775807s"),
            (i64::MIN, "-2562047h47m16.854775808s"),
            (59_999_999_999, "59.999999999s"),
            (999_999_999, "999.999999ms"),
            (999_999, "999.999µs"),
            (-1_000, "-1µs"),
        ];
        for &(d, want) in cases {
            assert_eq!(duration_string(d), want, "Duration({d})");
        }
    }
}
