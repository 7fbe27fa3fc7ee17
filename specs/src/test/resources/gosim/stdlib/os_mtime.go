// Modification times on the in-memory OS: stamped by writes with the (virtual) wall clock, set by
// Chtimes. Recorded with real Go 1.19 on linux/amd64: go run os_mtime.go > os_mtime.out;
// host-independent (a fresh MkdirTemp directory printed as D, times compared, not printed).
package main

import (
	"fmt"
	"os"
	"strings"
	"time"
)

var d string

func show(err error) {
	fmt.Println(strings.Replace(fmt.Sprint(err), d, "D", -1))
}

func main() {
	var err error
	d, err = os.MkdirTemp("", "gosimmt")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(d)
	start := time.Now().Add(-time.Second)
	os.WriteFile(d+"/f", []byte("x"), 0644)
	fi, _ := os.Stat(d + "/f")
	fmt.Println(fi.ModTime().After(start), fi.ModTime().Before(time.Now().Add(time.Second)))
	want := time.Date(2001, time.February, 3, 4, 5, 6, 123456789, time.UTC)
	show(os.Chtimes(d+"/f", want, want))
	fi, _ = os.Stat(d + "/f")
	fmt.Println(fi.ModTime().UTC(), fi.ModTime().Equal(want))
	f, _ := os.Open(d + "/f")
	st, _ := f.Stat()
	f.Close()
	fmt.Println(st.ModTime().UnixNano())
	ents, _ := os.ReadDir(d)
	info, _ := ents[0].Info()
	fmt.Println(info.Name(), info.ModTime().Unix())
	show(os.Chtimes(d+"/nope", want, want))
	os.WriteFile(d+"/f", []byte("y"), 0644)
	fi, _ = os.Stat(d + "/f")
	fmt.Println(fi.ModTime().After(want))
}
