// path/filepath and io/fs over the in-memory OS: Abs, Glob, Walk (SkipDir, errors), WalkDir,
// EvalSymlinks (relative and absolute links, "..", loops, ENOTDIR), and io/fs's Glob, ReadDir,
// Sub, WalkDir, FileInfoToDirEntry over os.DirFS. Recorded with real Go 1.19 on linux/amd64:
// go run filepath_fs.go > filepath_fs.out; host-independent (a fresh MkdirTemp directory, made
// the working directory, printed as D).
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

var d string

func clean(s string) string { return strings.Replace(s, d, "D", -1) }

func show(v ...interface{}) {
	fmt.Println(clean(fmt.Sprint(v...)))
}

func main() {
	var err error
	d, err = os.MkdirTemp("", "gosimfp")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(d)
	if d, err = filepath.EvalSymlinks(d); err != nil { // the temp dir itself may be under a link
		panic(err)
	}
	if err := os.Chdir(d); err != nil {
		panic(err)
	}
	for _, dir := range []string{"a/b/c", "a/x", "e", "z/y"} {
		os.MkdirAll(dir, 0755)
	}
	for _, f := range []string{"a/1.txt", "a/2.go", "a/b/3.txt", "a/b/c/4.go", "a/x/5.txt", "top.go", "z/y/6"} {
		os.WriteFile(f, []byte(f), 0644)
	}
	os.Symlink("a/b", "lb")
	os.Symlink(d+"/a/x", "lx")
	os.Symlink("../top.go", "a/up")
	os.Symlink("loop1", "loop2")
	os.Symlink("loop2", "loop1")
	os.Symlink("nowhere", "dangling")

	abs, err := filepath.Abs("a/../a/b")
	show(abs, " ", err)
	abs, err = filepath.Abs("/x/./y/")
	show(abs, " ", err)

	for _, p := range []string{"*", "a/*", "a/*.txt", "*/*/*", "a/[12].*", "a/b/c/*.go", "nomatch*", "top.go", "missing",
		"a/[", "[]", "*/[", "a\\*", "l*/*"} {
		m, err := filepath.Glob(p)
		show(p, " ", m, " ", err)
	}

	walk := func(root string, skip string, fail string) {
		err := filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
			if err != nil {
				show("  err ", p, " ", err)
				return nil
			}
			show("  ", p, " ", info.Name(), " ", info.IsDir(), " ", info.Mode()&os.ModeSymlink != 0)
			if p == skip {
				return filepath.SkipDir
			}
			if p == fail {
				return errors.New("stop at " + p)
			}
			return nil
		})
		show("walk ", root, ": ", err)
	}
	walk(".", "a/b", "")
	walk("a", "a/1.txt", "")
	walk("a", "", "a/b/3.txt")
	walk("missing", "", "")
	walk("lb", "", "")
	walk("top.go", "top.go", "")
	walk(d+"/z", "", "")

	err = filepath.WalkDir(".", func(p string, de fs.DirEntry, err error) error {
		if err != nil {
			show("  err ", p, " ", err)
			return err
		}
		show("  ", p, " ", de.Name(), " ", de.IsDir(), " ", de.Type())
		if p == "a/x" {
			return filepath.SkipDir
		}
		return nil
	})
	show("walkdir: ", err)
	err = filepath.WalkDir("nope", func(p string, de fs.DirEntry, err error) error {
		show("  ", p, " ", de == nil, " ", err)
		return err
	})
	show("walkdir nope: ", err)

	for _, p := range []string{"lb", "lb/c", "lb/../x", "lx/5.txt", "a/up", "./a//b/", "a/b/../../lb/c/4.go", "loop1",
		"dangling", "top.go/x", "missing/x", "/", ".", "..", d + "/lb", "lb/c/.."} {
		r, err := filepath.EvalSymlinks(p)
		show("eval ", p, ": ", r, " ", err)
	}

	fsys := os.DirFS(d)
	m, err := fs.Glob(fsys, "a/*")
	show("fs.Glob ", m, " ", err)
	m, err = fs.Glob(fsys, "*/[")
	show("fs.Glob bad ", m, " ", err)
	ents, err := fs.ReadDir(fsys, "a")
	for _, e := range ents {
		show("  ", e.Name(), " ", e.IsDir(), " ", e.Type())
	}
	show("fs.ReadDir ", len(ents), " ", err)
	_, err = fs.ReadDir(fsys, "missing")
	show("fs.ReadDir missing ", err)
	sub, err := fs.Sub(fsys, "a/b")
	show("sub ", err)
	b, err := fs.ReadFile(sub, "c/4.go")
	show("sub read ", string(b), " ", err)
	_, err = fs.ReadFile(sub, "nope")
	show("sub read nope ", err)
	_, err = sub.Open("../x")
	show("sub open ../x ", err)
	m, err = fs.Glob(sub, "*")
	show("sub glob ", m, " ", err)
	ents, err = fs.ReadDir(sub, ".")
	show("sub readdir ", len(ents), " ", err)
	_, err = fs.Sub(fsys, "/a")
	show("sub /a ", err)
	sub2, _ := fs.Sub(sub, "c")
	b, err = fs.ReadFile(sub2, "4.go")
	show("sub2 ", string(b), " ", err)
	err = fs.WalkDir(fsys, "a", func(p string, de fs.DirEntry, err error) error {
		if err != nil {
			show("  err ", p, " ", err)
			return nil
		}
		show("  ", p, " ", de.IsDir())
		if p == "a/b/c" {
			return fs.SkipDir
		}
		return nil
	})
	show("fs.WalkDir ", err)
	err = fs.WalkDir(fsys, "missing", func(p string, de fs.DirEntry, err error) error {
		show("  ", p, " ", de == nil, " ", err)
		return nil
	})
	show("fs.WalkDir missing ", err)
	fi, _ := os.Stat("a")
	de := fs.FileInfoToDirEntry(fi)
	show(de.Name(), " ", de.IsDir(), " ", de.Type(), " ", fs.FileInfoToDirEntry(nil) == nil)
	show(filepath.SkipDir == fs.SkipDir, " ", fs.SkipDir)
	pe := &fs.PathError{Op: "op", Path: "p", Err: os.ErrNotExist}
	show(pe.Timeout(), " ", errors.Is(pe, fs.ErrNotExist))
}
