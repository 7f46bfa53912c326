// Package time: durations, wall-clock times, sleeping, timers and tickers.
// Clock reads, sleeping and timers are native (the runtime's timer heap);
// Duration arithmetic and formatting of durations are Go.
package time

import "errors"

// A Duration is an elapsed time in nanoseconds.
type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

func (d Duration) Nanoseconds() int64 { return int64(d) }

func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// String returns a string like "72h3m0.5s", as Go formats durations.
func (d Duration) String() string {
	var arr [32]byte
	n := d.format(&arr)
	return string(arr[n:])
}

func (d Duration) format(buf *[32]byte) int {
	w := len(buf)
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	if u < uint64(Second) {
		var prec int
		w--
		buf[w] = 's'
		w--
		switch {
		case u == 0:
			buf[w] = '0'
			return w
		case u < uint64(Microsecond):
			prec = 0
			buf[w] = 'n'
		case u < uint64(Millisecond):
			prec = 3
			w--
			copy(buf[w:], "µ")
		default:
			prec = 6
			buf[w] = 'm'
		}
		w, u = fmtFrac(buf[:w], u, prec)
		w = fmtInt(buf[:w], u)
	} else {
		w--
		buf[w] = 's'
		w, u = fmtFrac(buf[:w], u, 9)
		w = fmtInt(buf[:w], u%60)
		u /= 60
		if u > 0 {
			w--
			buf[w] = 'm'
			w = fmtInt(buf[:w], u%60)
			u /= 60
			if u > 0 {
				w--
				buf[w] = 'h'
				w = fmtInt(buf[:w], u)
			}
		}
	}
	if neg {
		w--
		buf[w] = '-'
	}
	return w
}

func fmtFrac(buf []byte, v uint64, prec int) (nw int, nv uint64) {
	w := len(buf)
	print := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		print = print || digit != 0
		if print {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if print {
		w--
		buf[w] = '.'
	}
	return w, v
}

func fmtInt(buf []byte, v uint64) int {
	w := len(buf)
	if v == 0 {
		w--
		buf[w] = '0'
	} else {
		for v > 0 {
			w--
			buf[w] = byte(v%10) + '0'
			v /= 10
		}
	}
	return w
}

// ParseDuration parses a duration string such as "300ms" or "1h45m" (native
// parser returning nanoseconds and ok).
func ParseDuration(s string) (Duration, error) {
	d, ok := parseDuration(s)
	if !ok {
		return 0, errors.New("time: invalid duration " + quote(s))
	}
	return Duration(d), nil
}

func parseDuration(s string) (int64, bool)

func quote(s string) string { return "\"" + s + "\"" }

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + itoa(int(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + itoa(int(d)) + ")"
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	if neg {
		i = -i
	}
	var b []byte
	for i > 0 {
		b = append([]byte{byte('0' + i%10)}, b...)
		i /= 10
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// A Location maps time instants to the zone in use (UTC or Local only).
type Location struct {
	name string
}

var UTC *Location = &Location{"UTC"}

var Local *Location = &Location{"Local"}

func (l *Location) String() string { return l.name }

// A Time is an instant with nanosecond precision: wall-clock nanoseconds
// since the Unix epoch, a monotonic reading, and a location.
type Time struct {
	wall int64
	mono int64
	loc  *Location
}

// now returns the wall clock (Unix ns) and the monotonic clock (ns).
func now() (wall int64, mono int64)

func Now() Time {
	w, m := now()
	return Time{w, m, Local}
}

func Unix(sec int64, nsec int64) Time { return Time{sec*1e9 + nsec, 0, Local} }

func UnixMilli(msec int64) Time { return Time{msec * 1e6, 0, Local} }

func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	return Time{dateToUnixNano(year, int(month), day, hour, min, sec, nsec, loc == UTC), 0, loc}
}

func dateToUnixNano(year, month, day, hour, min, sec, nsec int, utc bool) int64

// civil returns the calendar fields of t in its location (native).
func civil(wall int64, utc bool) (year, month, day, hour, min, sec, nsec, weekday, yday int)

func (t Time) utc() bool { return t.loc == UTC }

func Since(t Time) Duration { return Now().Sub(t) }

func Until(t Time) Duration { return t.Sub(Now()) }

func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return Duration(t.mono - u.mono)
	}
	return Duration(t.wall - u.wall)
}

func (t Time) Add(d Duration) Time {
	m := t.mono
	if m != 0 {
		m += int64(d)
	}
	return Time{t.wall + int64(d), m, t.loc}
}

func (t Time) AddDate(years int, months int, days int) Time {
	y, mo, d, h, mi, s, ns, _, _ := civil(t.wall, t.utc())
	return Time{dateToUnixNano(y+years, mo+months, d+days, h, mi, s, ns, t.utc()), 0, t.loc}
}

func (t Time) After(u Time) bool { return t.Sub(u) > 0 }

func (t Time) Before(u Time) bool { return t.Sub(u) < 0 }

func (t Time) Equal(u Time) bool { return t.wall == u.wall }

func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

func (t Time) IsZero() bool { return t.wall == 0 && t.mono == 0 }

func (t Time) Unix() int64 { return t.wall / 1e9 }

func (t Time) UnixMilli() int64 { return t.wall / 1e6 }

func (t Time) UnixMicro() int64 { return t.wall / 1e3 }

func (t Time) UnixNano() int64 { return t.wall }

func (t Time) UTC() Time { return Time{t.wall, t.mono, UTC} }

func (t Time) Local() Time { return Time{t.wall, t.mono, Local} }

func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

func (t Time) Round(d Duration) Time { return Time{t.wall - t.wall%int64(d), 0, t.loc} }

func (t Time) Truncate(d Duration) Time {
	if d <= 0 {
		return t
	}
	return Time{t.wall - t.wall%int64(d), 0, t.loc}
}

func (t Time) Date() (year int, month Month, day int) {
	y, m, d, _, _, _, _, _, _ := civil(t.wall, t.utc())
	return y, Month(m), d
}

func (t Time) Clock() (hour, min, sec int) {
	_, _, _, h, m, s, _, _, _ := civil(t.wall, t.utc())
	return h, m, s
}

func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

func (t Time) Nanosecond() int { return int(t.wall % 1e9) }

func (t Time) Weekday() Weekday {
	_, _, _, _, _, _, _, wd, _ := civil(t.wall, t.utc())
	return Weekday(wd)
}

func (t Time) YearDay() int {
	_, _, _, _, _, _, _, _, yd := civil(t.wall, t.utc())
	return yd
}

// Format formats t with a Go layout string (native).
func (t Time) Format(layout string) string { return format(t.wall, t.utc(), layout) }

func format(wall int64, utc bool, layout string) string

func (t Time) String() string { return t.Format("2006-01-02 15:04:05.999999999 -0700 MST") }

// Parse parses a time with a Go layout (native parser).
func Parse(layout, value string) (Time, error) {
	w, ok := parse(layout, value)
	if !ok {
		return Time{}, errors.New("parsing time " + quote(value) + " as " + quote(layout) + ": cannot parse")
	}
	return Time{w, 0, UTC}, nil
}

func parse(layout, value string) (int64, bool)

// Sleep pauses the current goroutine for at least d.
func Sleep(d Duration)

// runtimeTimer is the runtime's timer: a heap entry that, when it fires,
// sends the current time on c (or calls f in its own goroutine).
type runtimeTimer struct {
	id int64
}

// startTimer arms a timer firing after d, then every period if period > 0;
// stopTimer disarms it and reports whether it was armed; resetTimer
// re-arms it (native).
func startTimer(c chan Time, f func(), d Duration, period Duration) runtimeTimer
func stopTimer(t runtimeTimer) bool
func resetTimer(t runtimeTimer, d Duration, period Duration) bool

// A Timer sends the current time on C once, after its duration.
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	return &Timer{C: c, r: startTimer(c, nil, d, 0)}
}

func AfterFunc(d Duration, f func()) *Timer {
	return &Timer{r: startTimer(nil, f, d, 0)}
}

func (t *Timer) Stop() bool { return stopTimer(t.r) }

func (t *Timer) Reset(d Duration) bool { return resetTimer(t.r, d, 0) }

func After(d Duration) <-chan Time { return NewTimer(d).C }

// A Ticker sends the time on C at every period.
type Ticker struct {
	C <-chan Time
	r runtimeTimer
}

func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	return &Ticker{C: c, r: startTimer(c, nil, d, d)}
}

func (t *Ticker) Stop() { stopTimer(t.r) }

func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	resetTimer(t.r, d, d)
}

func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
