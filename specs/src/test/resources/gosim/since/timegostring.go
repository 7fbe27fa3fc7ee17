// %#v of time.Time by dialect. timegostring.out is real go1.19's output (go run timegostring.go):
// Time.GoString (api/go1.17.txt). timegostring.go17.out follows go1.7 time.go read by hand: struct
// Time is sec int64, nsec int32, loc *Location (time.go:39-55, no monotonic field: Go 1.9's), and
// Date returns Time{unix + unixToInternal, int32(nsec), loc} (time.go:1096), so time.UTC is kept as
// the pointer &utcLoc (no setLoc in 1.7): its address is printed as ADDR here; the zero Time's is nil.
package main

import (
	"fmt"
	"strings"
	"time"
)

func show(v interface{}) {
	s := fmt.Sprintf("%#v", v)
	if i := strings.Index(s, ")(0x"); i >= 0 {
		j := strings.Index(s[i:], ")}")
		s = s[:i] + ")(ADDR" + s[i+j:]
	}
	fmt.Println(s)
}

func main() {
	show(time.Date(2009, time.November, 10, 23, 0, 0, 5, time.UTC))
	show(time.Time{})
	show(time.Date(2009, time.November, 10, 23, 0, 0, 5, time.UTC).Add(time.Hour).UTC())
	show(struct{ T time.Time }{})
}
