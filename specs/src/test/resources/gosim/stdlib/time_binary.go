package main

import (
	"fmt"
	"time"
)

func main() {
	for _, t := range []time.Time{
		time.Date(2022, 3, 4, 5, 6, 7, 890123456, time.UTC),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-300, 12, 31, 23, 59, 59, 1, time.FixedZone("X", 3600)),
		time.Date(2000, 6, 1, 0, 0, 0, 0, time.FixedZone("Y", -5*3600-30*60)),
		time.Date(2000, 6, 1, 0, 0, 0, 0, time.FixedZone("Z", 5*3600+45)),
		time.Date(2000, 6, 1, 0, 0, 0, 0, time.FixedZone("W", -45)),
		time.Date(2000, 6, 1, 0, 0, 0, 0, time.FixedZone("M", -60)),
		time.Date(2000, 6, 1, 0, 0, 0, 0, time.FixedZone("Big", 32768*60)),
		{},
	} {
		b, err := t.MarshalBinary()
		fmt.Println(b, err)
		var u time.Time
		err = u.UnmarshalBinary(b)
		_, off := u.Zone()
		fmt.Println(u, u.Location(), off, err, u.Equal(t))
		g, _ := t.GobEncode()
		var v time.Time
		fmt.Println(string(g) == string(b), v.GobDecode(g), v.Equal(u))
		s, e := t.ZoneBounds()
		fmt.Println(s.IsZero(), e.IsZero())
	}
	var t time.Time
	fmt.Println(t.UnmarshalBinary(nil), t.UnmarshalBinary([]byte{3}), t.UnmarshalBinary([]byte{1, 2}),
		t.UnmarshalBinary(make([]byte, 16)))
	b := []byte{2, 0, 0, 0, 14, 187, 113, 102, 0, 0, 0, 0, 0, 255, 255, 200}
	fmt.Println(t.UnmarshalBinary(b), t, t.Location())
}
