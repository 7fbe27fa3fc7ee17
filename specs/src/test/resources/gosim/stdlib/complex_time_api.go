package main

import (
	"fmt"
	"strconv"
	"time"
)

func main() {
	for _, s := range []string{"1", "(1)", "1i", "-2.5i", "1+2i", "1-2i", "(3e2-4.5e-1i)", "+1+1i", "1++2i",
		"1+-2i", "i", "+i", "1+i", "inf", "-Inf+NaNi", "nan", "NaN+Infi", "Infinityi", "+infi", "0x1p-2+0x1.8p1i",
		"1e400", "1e400+1i", "1+1e400i", "1e40", "1_000+2i", "0x_1p0", "1_0", "", "()", "(1", "1+2", "1+2j",
		"1.5e+3-.5i", ".i", "1e", "1e+i", "0x1+1i", "infx", "infinit", "infinity+infinityi"} {
		c, err := strconv.ParseComplex(s, 128)
		c64, err64 := strconv.ParseComplex(s, 64)
		fmt.Printf("%q %v %v | %v %v\n", s, c, err, c64, err64)
	}
	c, _ := strconv.ParseComplex(strconv.FormatComplex(complex(1.0/3, -2.0/7), 'g', -1, 128), 128)
	fmt.Println(c == complex(1.0/3, -2.0/7), strconv.FormatComplex(c, 'e', 3, 64))
	_, err := strconv.ParseComplex("x", 128)
	ne := err.(*strconv.NumError)
	fmt.Println(ne.Func, ne.Num, ne.Err)
	t := time.Date(2022, time.March, 4, 5, 6, 7, 89, time.UTC)
	fmt.Println(t.GoString())
	fmt.Printf("%#v\n", t.Add(time.Hour*24*300))
	fmt.Printf("%#v\n", time.Date(1, 1, 1, 0, 0, 0, 0, time.FixedZone("EST", -5*3600)))
	fmt.Printf("%#v\n", time.Time{})
	fmt.Printf("%#v\n", time.Date(-44, time.March, 15, 12, 0, 0, 999999999, time.FixedZone("", 3600)))
}
