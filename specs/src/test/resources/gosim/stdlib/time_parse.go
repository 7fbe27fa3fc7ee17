package main

import (
	"fmt"
	"time"
)

func main() {
	cases := [][2]string{
		{time.RFC3339, "2020-02-29T11:22:33Z"},
		{time.RFC3339, "2020-02-29T11:22:33+05:30"},
		{time.RFC3339, "2020-02-29T11:22:33.123456-08:00"},
		{time.RFC3339Nano, "2020-02-29T11:22:33.123456789Z"},
		{time.RFC3339, "2020-02-30T11:22:33Z"},
		{time.RFC3339, "2020-13-01T11:22:33Z"},
		{time.RFC3339, "2020-12-01T25:22:33Z"},
		{time.RFC3339, "2020-12-01 11:22:33Z"},
		{time.RFC3339, "2020-12-01T11:22:33Zjunk"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 MST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT+3"},
		{time.RFC1123Z, "Tue, 10 Nov 2009 23:00:00 -0700"},
		{time.ANSIC, "Tue Nov 10 23:00:00 2009"},
		{time.ANSIC, "Tue Nov  3 23:00:00 2009"},
		{time.UnixDate, "Tue Nov 10 23:00:00 PST 2009"},
		{time.RFC850, "Tuesday, 10-Nov-09 23:00:00 UTC"},
		{time.RFC822, "10 Nov 69 23:00 UTC"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:00AM"},
		{time.Kitchen, "12:30PM"},
		{time.Kitchen, "13:00PM"},
		{"2006-01-02", "2023-07-04"},
		{"2006-01-02", "23-07-04"},
		{"Jan 2 2006", "feb 29 2021"},
		{"January 2, 2006 at 3:04pm (MST)", "March 15, 2023 at 9:41am (CET)"},
		{"15:04:05", "23:59:59.987654321"},
		{"15:04:05.000", "23:59:59.98"},
		{"15:04:05.999", "23:59:59"},
		{"2006-01-02 15:04:05 -0700", "2023-01-01 00:00:00 +0000"},
		{"2006-01-02 15:04:05 -07", "2023-01-01 00:00:00 -03"},
		{"2006-01-02 15:04:05 Z0700", "2023-01-01 00:00:00 Z"},
		{"2006 002", "2024 060"},
		{"2006 __2", "2023 365"},
		{"Mon Jan 2", "Xyz Jan 2"},
		{"2006-01-02", ""},
	}
	for _, c := range cases {
		t, err := time.Parse(c[0], c[1])
		if err != nil {
			fmt.Println("error:", err)
			if pe, ok := err.(*time.ParseError); ok {
				fmt.Printf("  %q %q %q\n", pe.LayoutElem, pe.ValueElem, pe.Message)
			}
			continue
		}
		name, off := t.Zone()
		fmt.Println(t, t.Unix(), name, off, t.Location())
	}
	loc := time.FixedZone("EST", -5*3600)
	t, err := time.ParseInLocation("2006-01-02 15:04", "2023-06-01 08:30", loc)
	fmt.Println(t, err, t.UTC())
	t, err = time.ParseInLocation("2006-01-02 15:04 MST", "2023-06-01 08:30 EST", loc)
	fmt.Println(t, err, t.UTC())
	for _, s := range []string{"1h2m3.5s", "-1.5ms", "300us", "2h45m", "1x", "", "0", "1.2.3s"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	_, err = time.LoadLocation("Mars/Olympus")
	fmt.Println(err)
	l, err := time.LoadLocation("UTC")
	fmt.Println(l, err)
}
