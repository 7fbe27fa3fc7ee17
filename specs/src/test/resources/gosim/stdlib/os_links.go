// Symbolic and hard links on the in-memory OS: Symlink, Readlink, Lstat, Link, ELOOP, links followed in
// paths and not by Remove/Rename/Mkdir. Recorded with real Go 1.19 on linux/amd64: go run os_links.go >
// os_links.out; host-independent (a fresh MkdirTemp directory printed as D).
package main

import (
	"fmt"
	"os"
	"strings"
)

var d string

func show(err error) {
	fmt.Println(strings.Replace(fmt.Sprint(err), d, "D", -1))
}

func main() {
	var err error
	d, err = os.MkdirTemp("", "gosimln")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(d)
	os.Mkdir(d+"/dir", 0755)
	os.WriteFile(d+"/dir/f", []byte("hello"), 0644)
	show(os.Symlink("dir/f", d+"/lf"))
	show(os.Symlink("dir", d+"/ld"))
	show(os.Symlink("/nonexistent-gosim", d+"/dangling"))
	show(os.Symlink("x", d+"/lf"))
	show(os.Symlink("loop", d+"/loop"))
	t, err := os.Readlink(d + "/lf")
	fmt.Println(t, err)
	_, err = os.Readlink(d + "/dir/f")
	show(err)
	b, err := os.ReadFile(d + "/lf")
	fmt.Printf("%q %v\n", b, err)
	b, err = os.ReadFile(d + "/ld/f")
	fmt.Printf("%q %v\n", b, err)
	fi, _ := os.Lstat(d + "/lf")
	fmt.Println(fi.Name(), fi.Mode(), fi.Size(), fi.Mode()&os.ModeSymlink != 0)
	fi, _ = os.Stat(d + "/lf")
	fmt.Println(fi.Name(), fi.Mode(), fi.Size())
	fi, _ = os.Stat(d + "/ld")
	fmt.Println(fi.Name(), fi.IsDir())
	_, err = os.Stat(d + "/dangling")
	show(err)
	fi, err = os.Lstat(d + "/dangling")
	fmt.Println(fi.Mode(), err)
	_, err = os.Stat(d + "/loop")
	show(err)
	_, err = os.Open(d + "/loop/x")
	show(err)
	show(os.Link(d+"/dir/f", d+"/hard"))
	show(os.Link(d+"/dir", d+"/hard2"))
	show(os.Link(d+"/nope", d+"/hard3"))
	show(os.Link(d+"/dir/f", d+"/hard"))
	os.WriteFile(d+"/hard", []byte("HELLO"), 0644)
	b, _ = os.ReadFile(d + "/dir/f")
	fmt.Printf("%q\n", b)
	a1, _ := os.Stat(d + "/hard")
	a2, _ := os.Stat(d + "/lf")
	fmt.Println(os.SameFile(a1, a2))
	show(os.Remove(d + "/ld"))
	_, err = os.Stat(d + "/dir")
	show(err)
	show(os.Rename(d+"/lf", d+"/lf2"))
	t, _ = os.Readlink(d + "/lf2")
	fmt.Println(t)
	show(os.Mkdir(d+"/dangling", 0755))
	ents, _ := os.ReadDir(d)
	for _, e := range ents {
		fmt.Println(e.Name(), e.Type())
	}
}
