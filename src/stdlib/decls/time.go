// Package time: durations, wall-clock times, sleeping, timers and tickers.
// Clock reads, calendar conversion, formatting, sleeping and timers are
// native (src/stdlib/time.rs: the runtime's timer heap); Duration, Month,
// Weekday and the Time methods are Go.
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

// A Location maps time instants to the zone in use: UTC, Local (from TZ)
// or a fixed zone.
type Location struct {
	name   string
	offset int
	fixed  bool
}

var UTC *Location = &Location{name: "UTC"}

var Local *Location = &Location{name: "Local"}

func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

func FixedZone(name string, offset int) *Location {
	return &Location{name: name, offset: offset, fixed: true}
}

// zone reports how the native formatter must treat l: 0 UTC, 1 Local,
// 2 fixed (with name and offset).
func (l *Location) zone() (kind int, name string, offset int) {
	switch {
	case l == nil || l == UTC:
		return 0, "UTC", 0
	case l.fixed:
		return 2, l.name, l.offset
	}
	return 1, "", 0
}

// A Time is an instant with nanosecond precision: seconds since January 1
// of year 1 UTC (so the zero Time is that instant, as in Go), nanoseconds
// within the second, an optional monotonic reading (ns since the program
// started, 0 if none) and a location.
type Time struct {
	sec  int64
	nsec int64
	mono int64
	loc  *Location
}

// Seconds from January 1, year 1 to the Unix epoch (Go's unixToInternal).
const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400

// now returns the wall clock (Unix seconds and nanoseconds) and the
// monotonic clock (ns since the program started, at least 1).
func now() (sec int64, nsec int64, mono int64)

func Now() Time {
	s, ns, m := now()
	return Time{s + unixToInternal, ns, m, Local}
}

func unixTime(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec + unixToInternal, nsec, 0, Local}
}

func Unix(sec int64, nsec int64) Time { return unixTime(sec, nsec) }

func UnixMilli(msec int64) Time { return unixTime(msec/1e3, (msec%1e3)*1e6) }

func UnixMicro(usec int64) Time { return unixTime(usec/1e6, (usec%1e6)*1e3) }

func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	k, _, off := loc.zone()
	s, ns := dateToUnix(year, int(month), day, hour, min, sec, nsec, k, off)
	t := unixTime(s, ns)
	t.loc = loc
	return t
}

// dateToUnix normalises the fields and returns Unix seconds and
// nanoseconds, interpreting them in zone kind k (see Location.zone).
func dateToUnix(year, month, day, hour, min, sec, nsec, k, off int) (int64, int64)

// civil returns the calendar fields of the instant in zone kind k.
func civil(unix int64, k int, off int) (year, month, day, hour, min, sec, weekday, yday int)

func (t Time) unixSec() int64 { return t.sec - unixToInternal }

func (t Time) fields() (year, month, day, hour, min, sec, weekday, yday int) {
	k, _, off := t.loc.zone()
	return civil(t.unixSec(), k, off)
}

func Since(t Time) Duration { return Now().Sub(t) }

func Until(t Time) Duration { return t.Sub(Now()) }

func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return Duration(t.mono - u.mono)
	}
	ds := t.sec - u.sec
	if ds > 9223372035 {
		return maxDuration
	}
	if ds < -9223372035 {
		return minDuration
	}
	return Duration(ds*1e9 + (t.nsec - u.nsec))
}

func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	m := t.mono
	if m != 0 {
		m += int64(d)
		if m == 0 {
			m = 1
		}
	}
	return Time{t.sec + dsec, nsec, m, t.loc}
}

func (t Time) AddDate(years int, months int, days int) Time {
	y, mo, d, h, mi, s, _, _ := t.fields()
	return Date(y+years, Month(mo+months), d+days, h, mi, s, int(t.nsec), t.Location())
}

func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

func (t Time) Unix() int64 { return t.unixSec() }

func (t Time) UnixMilli() int64 { return t.unixSec()*1e3 + t.nsec/1e6 }

func (t Time) UnixMicro() int64 { return t.unixSec()*1e6 + t.nsec/1e3 }

func (t Time) UnixNano() int64 { return t.unixSec()*1e9 + t.nsec }

func (t Time) UTC() Time { return Time{t.sec, t.nsec, t.mono, UTC} }

func (t Time) Local() Time { return Time{t.sec, t.nsec, t.mono, Local} }

func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	return Time{t.sec, t.nsec, t.mono, loc}
}

func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

func (t Time) Zone() (name string, offset int) {
	k, n, off := t.loc.zone()
	return zoneOf(t.unixSec(), k, n, off)
}

func zoneOf(unix int64, k int, name string, off int) (string, int)

// Round and Truncate work on the absolute time (since year 1), as Go's;
// durations that divide a second or are whole seconds are supported.
func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	if d < Second && Second%d == 0 {
		t.nsec -= t.nsec % int64(d)
		return t
	}
	if d%Second == 0 {
		s := int64(d / Second)
		t.sec -= t.sec % s
		t.nsec = 0
	}
	return t
}

func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	u := t.Truncate(d)
	if r := t.Sub(u); r+r >= d {
		return u.Add(d)
	}
	return u
}

func (t Time) Date() (year int, month Month, day int) {
	y, m, d, _, _, _, _, _ := t.fields()
	return y, Month(m), d
}

func (t Time) Clock() (hour, min, sec int) {
	_, _, _, h, m, s, _, _ := t.fields()
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

func (t Time) Nanosecond() int { return int(t.nsec) }

func (t Time) Weekday() Weekday {
	_, _, _, _, _, _, wd, _ := t.fields()
	return Weekday(wd)
}

func (t Time) YearDay() int {
	_, _, _, _, _, _, _, yd := t.fields()
	return yd
}

// Format formats t with a Go layout string (native).
func (t Time) Format(layout string) string {
	k, n, off := t.loc.zone()
	return format(t.unixSec(), t.nsec, k, n, off, layout)
}

func (t Time) AppendFormat(b []byte, layout string) []byte {
	return append(b, t.Format(layout)...)
}

func format(unix int64, nsec int64, k int, name string, off int, layout string) string

// String formats t as Go does, with the monotonic reading if it has one:
// "2026-11-22 14:31:02.123456789 +0000 UTC m=+0.001234567".
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono != 0 {
		s += " " + monoString(t.mono)
	}
	return s
}

func monoString(mono int64) string

// Parse parses a time with a Go layout (native parser; UTC).
func Parse(layout, value string) (Time, error) {
	s, ns, ok := parse(layout, value)
	if !ok {
		return Time{}, errors.New("parsing time " + quote(value) + " as " + quote(layout) + ": cannot parse " + quote(value) + " as " + quote(layout))
	}
	t := unixTime(s, ns)
	t.loc = UTC
	return t, nil
}

func parse(layout, value string) (int64, int64, bool)

// Sleep pauses the current goroutine for at least d.
func Sleep(d Duration)

// A runtimeTimer is the runtime's timer behind a Timer or Ticker (a handle
// on the scheduler's timer heap, opaque to Go code).
type runtimeTimer any

// newTimer arms a timer firing after d, then every period if period > 0:
// it sends the current time on its channel (made by newTimer when withChan:
// a timer channel reports cap 0), or runs f in its own goroutine. stopTimer
// disarms it and resetTimer re-arms it; both discard a value left in c
// (Go 1.23 timer channels: no stale value after Stop or Reset) and report
// whether the timer was armed or its value was still unreceived.
func newTimer(withChan bool, f func(), d Duration, period Duration) (chan Time, runtimeTimer)
func stopTimer(t runtimeTimer) bool
func resetTimer(t runtimeTimer, d Duration, period Duration) bool

// A Timer sends the current time on C once, after its duration (C is nil
// for an AfterFunc timer).
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

func NewTimer(d Duration) *Timer {
	c, r := newTimer(true, nil, d, 0)
	return &Timer{C: c, r: r}
}

func AfterFunc(d Duration, f func()) *Timer {
	_, r := newTimer(false, f, d, 0)
	return &Timer{r: r}
}

func (t *Timer) Stop() bool {
	if t.r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.r)
}

func (t *Timer) Reset(d Duration) bool {
	if t.r == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t.r, d, 0)
}

func After(d Duration) <-chan Time { return NewTimer(d).C }

// A Ticker sends the time on C at every period (dropping ticks a slow
// receiver misses).
type Ticker struct {
	C <-chan Time
	r runtimeTimer
}

func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c, r := newTimer(true, nil, d, d)
	return &Ticker{C: c, r: r}
}

func (t *Ticker) Stop() {
	if t.r != nil {
		stopTimer(t.r)
	}
}

func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(t.r, d, d)
}

func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
