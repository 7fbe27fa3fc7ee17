// path and path/filepath by dialect. pathdialect.out is real go1.19's output (go run pathdialect.go,
// in a fresh temp directory); pathdialect.go17.out follows go1.7's source, read by hand:
// path/match.go:38-82 and :117-119 return at the first mismatch ("a[" against "a" fails at the
// '[' with no name left: false, nil), filepath/match.go the same, and its Glob calls no Match
// first (match.go:227-262: "[" over an empty directory matches nothing, no error); go1.7
// filepath/match.go:339 hasMeta is "*?[", so "x\\y" is looked up as a name (none), where go1.19
// matches it as a pattern (xy); go1.7 path.go:393-398 Walk returns walk's SkipDir for a root that
// is a file, go1.19 path.go:523-526 makes it nil.
package main

import (
	"fmt"
	"io/ioutil"
	"os"
	"path"
	"path/filepath"
)

func main() {
	for _, p := range [][2]string{{"a[", "a"}, {"a[", "x"}, {"*x[", "y"}, {"a[b-", "x"}, {"[", "a"}} {
		ok, err := path.Match(p[0], p[1])
		ok2, err2 := filepath.Match(p[0], p[1])
		fmt.Println(p[0], p[1], ok, err, ok2, err2)
	}
	d, err := ioutil.TempDir("", "gosimpd")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(d)
	os.Mkdir(d+"/empty", 0755)
	ioutil.WriteFile(d+"/xy", nil, 0644)
	m, err := filepath.Glob(d + "/empty/[")
	fmt.Println(len(m), err)
	m, err = filepath.Glob(d + "/x\\y")
	fmt.Println(len(m), err)
	err = filepath.Walk(d+"/xy", func(p string, info os.FileInfo, err error) error {
		return filepath.SkipDir
	})
	fmt.Println(err)
}
