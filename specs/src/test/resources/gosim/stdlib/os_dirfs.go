// os.DirFS with io/fs's ReadFile and Stat (Go 1.16) on the in-memory OS. Recorded with real Go 1.19 on
// linux/amd64: go run os_dirfs.go > os_dirfs.out; host-independent (a fresh MkdirTemp directory, printed as D).
package main

import (
	"fmt"
	"io/fs"
	"os"
	"strings"
)

func main() {
	d, err := os.MkdirTemp("", "gosimdirfs")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(d)
	os.Mkdir(d+"/sub", 0755)
	os.WriteFile(d+"/sub/a.txt", []byte("alpha\n"), 0644)
	fsys := os.DirFS(d)
	b, err := fs.ReadFile(fsys, "sub/a.txt")
	fmt.Printf("%q %v\n", b, err)
	fi, err := fs.Stat(fsys, "sub")
	fmt.Println(fi.Name(), fi.IsDir(), err)
	for _, name := range []string{"/sub/a.txt", "sub/../sub/a.txt", "./sub", "sub/", "a\x00b", "nope", "."} {
		_, err := fs.Stat(fsys, name)
		fmt.Printf("%q: %q\n", name, strings.Replace(fmt.Sprint(err), d, "D", -1))
		f, err := fsys.Open(name)
		if err == nil {
			f.Close()
		}
		fmt.Printf("  open: %q\n", strings.Replace(fmt.Sprint(err), d, "D", -1))
	}
	_, err = os.DirFS("").Open("x")
	fmt.Println(err)
	f, err := fsys.Open("sub/a.txt")
	st, _ := f.Stat()
	fmt.Println(st.Size(), st.Mode())
	_, ok := fsys.(fs.StatFS)
	fmt.Println(ok)
}
