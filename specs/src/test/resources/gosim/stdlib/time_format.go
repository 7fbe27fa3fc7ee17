package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 5, 14, 7, 9, 123456789, time.UTC)
	layouts := []string{time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli,
		time.StampMicro, time.StampNano, time.Layout, "2006-01-02", "15:04:05.000", "Jan _2 '06 3:4:5 pm",
		"Monday January 2 2006 -07:00:00 Z07:00:00 -07 Z07 -070000", "20060102150405.999999", ".9 .99 .000 ,000",
		"_2006 __2 002 Janet Mon", "literal text", ""}
	zones := []*time.Location{time.UTC, time.FixedZone("EST", -5*3600), time.FixedZone("", 5*3600+1800),
		time.FixedZone("XYZ", -(3*3600 + 25*60 + 17))}
	for _, z := range zones {
		u := t.In(z)
		fmt.Println(u, u.Location())
		for _, l := range layouts {
			fmt.Printf("%q => %q\n", l, u.Format(l))
		}
		name, off := u.Zone()
		fmt.Println(name, off)
	}
	// Dates across the calendar, normalization, weekdays, year days, ISO weeks.
	dates := []time.Time{
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1969, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2000, 2, 29, 12, 0, 0, 0, time.UTC),
		time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 12, 31, 23, 59, 59, 0, time.UTC),
		time.Date(2021, 1, 3, 0, 0, 0, 0, time.UTC),
		time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(2023, 10, 32, 25, 61, 61, 1e9+5, time.UTC),
		time.Date(2023, 0, 0, -1, -1, -1, -1, time.UTC),
		time.Date(2023, 14, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-5, 6, 15, 8, 30, 0, 0, time.UTC),
		time.Date(12345, 6, 15, 8, 30, 0, 0, time.UTC),
	}
	for _, d := range dates {
		y, m, dd := d.Date()
		h, mi, s := d.Clock()
		iy, iw := d.ISOWeek()
		fmt.Println(d, y, m, dd, h, mi, s, d.Nanosecond(), d.YearDay(), d.Weekday(), iy, iw, d.Unix(), d.IsZero())
	}
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(1257894000, 0).UTC(), time.Unix(-1, -1).UTC(), time.Unix(5, 3e9).UTC().UnixNano())
	// Arithmetic.
	a := time.Date(2023, 1, 31, 10, 0, 0, 0, time.UTC)
	b := a.Add(36*time.Hour + 90*time.Second + 7)
	fmt.Println(b, b.Sub(a), a.Sub(b), a.Before(b), a.After(b), a.Equal(a.In(time.FixedZone("Z", 3600))), b.Add(-time.Nanosecond))
	fmt.Println(a.AddDate(0, 1, 0), a.AddDate(1, -13, 1), a.AddDate(0, 0, -31))
	for _, d := range []time.Duration{time.Nanosecond, time.Microsecond, 7 * time.Millisecond, time.Second,
		time.Minute, 7 * time.Minute, time.Hour, 24 * time.Hour, 0, -time.Second} {
		fmt.Println(d, b.Truncate(d), b.Round(d))
	}
	far := time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(far.Sub(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)), time.Time{}.Sub(far))
	for m := time.January; m <= time.December; m++ {
		fmt.Print(m, " ", m.String()[:3], " ")
	}
	fmt.Println()
	for d := time.Sunday; d <= time.Saturday; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println()
	fmt.Printf("%v %d %s %v\n", time.May, time.May, time.Friday, []time.Month{1, 12})
	fmt.Println(time.UTC, time.Local, time.FixedZone("ABC", 60))
}
