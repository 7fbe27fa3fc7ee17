package main

import (
	"errors"
	"fmt"
	"io/fs"
	"io/ioutil"
	"os"
	"strings"
)

// Temporary files and directories: the names are random in Go (fastrand), so this prints only
// what does not depend on them.
func main() {
	d, err := os.MkdirTemp("", "work-*.d")
	fmt.Println(err, strings.HasPrefix(d, "/tmp/work-"), strings.HasSuffix(d, ".d"))
	fi, err := os.Stat(d)
	fmt.Println(err, fi.IsDir(), fi.Mode())
	f, err := os.CreateTemp(d, "log")
	fmt.Println(err, strings.HasPrefix(f.Name(), d+"/log"))
	f.WriteString("hello")
	f.Close()
	b, err := os.ReadFile(f.Name())
	fi, _ = os.Stat(f.Name())
	fmt.Println(string(b), err, fi.Mode())
	f2, err := ioutil.TempFile(d+"/", "*.txt")
	fmt.Println(err, strings.HasPrefix(f2.Name(), d+"/"), strings.HasSuffix(f2.Name(), ".txt"), f2.Name() != f.Name())
	d2, err := ioutil.TempDir(d, "sub")
	fmt.Println(err, strings.HasPrefix(d2, d+"/sub"))
	names, _ := ioutil.ReadDir(d)
	fmt.Println(len(names))
	_, err = os.MkdirTemp("", "a/b")
	fmt.Println(err)
	_, err = os.CreateTemp("", "x/*")
	fmt.Println(err)
	_, err = os.MkdirTemp("/nope", "x")
	fmt.Println(err, errors.Is(err, fs.ErrNotExist))
	_, err = os.CreateTemp("/nope", "x")
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Err, strings.HasPrefix(pe.Path, "/nope/x"))
	_, err = ioutil.TempDir("/nope", "")
	fmt.Println(err)
	fmt.Println(os.Getpid() > 0, os.IsPathSeparator('/'), os.IsPathSeparator('\\'))
}
