package main

import (
	"fmt"
	"math"
	"time"
)

func genTime() {
	fmt.Println("/// (nanoseconds, Duration.String())")
	fmt.Println("pub(super) const DURATIONS: &[(i64, &str)] = &[")
	ds := []int64{0, 1, -1, 999, 1000, 1500, 1000000, 100000000, 1234567, 1e9, 1.5e9, -1.5e9, 60e9, 120e9, 3600e9, 3723.5e9, 3723000000001, 86400e9,
		math.MaxInt64, math.MinInt64, 59999999999, 999999999, 999999, -1000, 1001, 100, 3599999999999, 90061001001001}
	for i := 0; i < 20; i++ {
		ds = append(ds, rng.Int63()>>uint(rng.Intn(63))*int64(1-2*rng.Intn(2)))
	}
	for _, d := range ds {
		fmt.Printf("    (%d, %s),\n", d, rs(time.Duration(d).String()))
	}
	fmt.Println("];")
	fmt.Println()

	instants := [][2]int64{{0, 0}, {1795789862, 123456789}, {1795789862, 0}, {1795789862, 120000000}, {-1, 999999999}, {951782400, 5}, {951868800, 0},
		{4102444800, 1}, {-62135596800, 0}, {-62135596801, 0}, {-377705116800, 0}, {253402300799, 999999999}, {1700000000, 500000}, {1000000000, 0},
		{1, 0}, {43200, 0}, {43199, 0}, {-86400 * 366, 0}, {1230768000, 0}, {1230767999, 0}, {-2208988800, 0}}
	for i := 0; i < 25; i++ {
		instants = append(instants, [2]int64{rng.Int63n(20000000000) - 10000000000, rng.Int63n(1e9)})
	}
	zones := []*time.Location{time.UTC, time.FixedZone("EST", -5*3600), time.FixedZone("", 5*3600+30*60), time.FixedZone("ODD", -(3600 + 30*60 + 15)), time.FixedZone("", 0)}
	fmt.Println("/// (unix secs, nsec, zone name, offset, year, month, day, hour, min, sec, weekday, yday)")
	fmt.Println("#[allow(clippy::type_complexity)]")
	fmt.Println("pub(super) const CIVIL: &[(i64, u32, &str, i32, i64, u32, u32, u32, u32, u32, u32, u32)] = &[")
	for i, in := range instants {
		z := zones[i%len(zones)]
		t := time.Unix(in[0], in[1]).In(z)
		name, off := t.Zone()
		fmt.Printf("    (%d, %d, %s, %d, %d, %d, %d, %d, %d, %d, %d, %d),\n", in[0], in[1], rs(name), off, t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Weekday(), t.YearDay())
	}
	fmt.Println("];")
	fmt.Println()
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339,
		time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly,
		"2006-01-02 15:04:05.999999999 -0700 MST", "2006-01-02 15:04:05.000 Z07:00", "Jan _2", "Monday January 2 2006", "Month Mon Monday Jan January Janet",
		"002 __2 _2 2 02", "3 03 15 4 04 5 05 PM pm", ".0 .00 .000000 .9 .99 .999999999 ,000 ,999", "05.000 05,999 1.000", "-07 -0700 -07:00 -070000 -07:00:00",
		"Z07 Z0700 Z07:00 Z070000 Z07:00:00", "MST", "_2006 __2006 2006_2", "06 '06 0006", "1 01 11 12", "hello world", "", "2006-01-02T15:04:05.999999Z07:00",
		".99999999999", "15h04m05s.0", "Mon,Monday,Mond", "Jan.0001", "PM.9pm", "x.00y.99z", "MSTMST"}
	fmt.Println("/// (unix secs, nsec, zone name, offset, layout, Format result)")
	fmt.Println("pub(super) const FORMAT: &[(i64, u32, &str, i32, &str, &str)] = &[")
	for i, in := range instants {
		z := zones[i%len(zones)]
		t := time.Unix(in[0], in[1]).In(z)
		name, off := t.Zone()
		for j, l := range layouts {
			if (i+j)%3 != 0 && i > 6 {
				continue
			}
			fmt.Printf("    (%d, %d, %s, %d, %s, %s),\n", in[0], in[1], rs(name), off, rs(l), rs(t.Format(l)))
		}
	}
	fmt.Println("];")
	fmt.Println()
	fmt.Println("/// (zoneinfo name, unix secs, zone abbreviation, offset)")
	fmt.Println("pub(super) const ZONES: &[(&str, i64, &str, i32)] = &[")
	for _, zn := range []string{"America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Lord_Howe", "UTC", "Etc/GMT+5", "America/Sao_Paulo", "Europe/Dublin", "Pacific/Chatham"} {
		loc, err := time.LoadLocation(zn)
		if err != nil {
			panic(err)
		}
		for _, s := range []int64{-5e9, -2e9, 0, 1e9, 1.2e9, 1795789862, 1783000000, 2100000000, 2140000000} {
			name, off := time.Unix(s, 0).In(loc).Zone()
			fmt.Printf("    (%s, %d, %s, %d),\n", rs(zn), s, rs(name), off)
		}
	}
	fmt.Println("];")
}
