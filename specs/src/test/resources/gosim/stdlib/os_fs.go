package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"io/ioutil"
	"os"
	"strings"
)

func main() {
	_, err := os.Open("/tmp/missing.txt")
	fmt.Printf("%T %v\n", err, err)
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist), os.IsNotExist(err), os.ErrNotExist == fs.ErrNotExist)
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path, pe.Err)
	var ope *os.PathError = pe
	fmt.Println(ope == pe)
	var m os.FileMode = fs.ModeDir | 0755
	var fm fs.FileMode = m
	fmt.Println(m, fm, fs.ModeIrregular|0644, os.ModeType == fs.ModeType, m.Type(), fm.IsDir(), m.Perm())
	os.RemoveAll("/tmp/gosim-os-fs") // real Go runs this on the host's /tmp
	defer os.RemoveAll("/tmp/gosim-os-fs")
	if err := os.MkdirAll("/tmp/gosim-os-fs/sub", 0755); err != nil {
		fmt.Println(err)
	}
	os.WriteFile("/tmp/gosim-os-fs/b.txt", []byte("bee"), 0600)
	os.WriteFile("/tmp/gosim-os-fs/a.txt", []byte("ay"), 0644)
	ents, err := os.ReadDir("/tmp/gosim-os-fs")
	for _, e := range ents {
		var de fs.DirEntry = e
		info, _ := de.Info()
		var fi fs.FileInfo = info
		fmt.Println(de.Name(), de.IsDir(), de.Type(), fi.Size(), fi.Mode())
	}
	_, err = os.ReadFile("/tmp/gosim-os-fs")
	fmt.Printf("%T %v %v\n", err, err, errors.Is(err, fs.ErrNotExist))
	f, _ := os.Create("/tmp/gosim-os-fs/c.txt")
	f.Close()
	_, err = f.Write([]byte("x"))
	fmt.Println(err, errors.Is(err, fs.ErrClosed), errors.Is(err, os.ErrClosed))
	b, err := io.ReadAll(strings.NewReader("all of it"))
	fmt.Println(string(b), err)
	b, err = ioutil.ReadAll(strings.NewReader("ioutil too"))
	fmt.Println(string(b), err, ioutil.Discard == io.Discard)
	n, err := io.Copy(io.Discard, strings.NewReader("12345"))
	fmt.Println(n, err)
	data, err := ioutil.ReadFile("/tmp/gosim-os-fs/b.txt")
	fmt.Println(string(data), err)
	for _, p := range []string{".", "a/b", "/a", "a/../b", "a//b", ""} {
		fmt.Print(fs.ValidPath(p), " ")
	}
	fmt.Println()
}
