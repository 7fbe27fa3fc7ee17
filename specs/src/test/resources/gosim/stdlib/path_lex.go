// Package path and path/filepath's lexical functions (Clean, Join, Split, Base, Dir, Ext, IsAbs,
// Match, Rel, SplitList, VolumeName, To/FromSlash, HasPrefix) over Go's own test tables' kinds of
// input. Recorded with real Go 1.19 on linux/amd64: go run path_lex.go > path_lex.out.
package main

import (
	"fmt"
	"path"
	"path/filepath"
)

var paths = []string{"", ".", "..", "/", "//", "abc", "abc/", "/abc", "a//b", "a/./b", "a/../b",
	"a/b/..", "../../a", "/../a", "/a/../../b", "abc/def/../../..", "abc/./../def", "a/b/c/../../../../x",
	"//abc//def//", "./a/b/", "a.b/c.d", "a.go", ".profile", "x/y.tar.gz", "/.", "a/b.", "..a/b..c"}

var patterns = [][2]string{
	{"abc", "abc"}, {"*", "abc"}, {"*c", "abc"}, {"a*", "a"}, {"a*", "abc"}, {"a*", "ab/c"},
	{"a*/b", "abc/b"}, {"a*/b", "a/c/b"}, {"a*b*c*d*e*/f", "axbxcxdxe/f"}, {"a*b*c*d*e*/f", "axbxcxdxexxx/f"},
	{"a*b?c*x", "abxbbxdbxebxczzx"}, {"a*b?c*x", "abxbbxdbxebxczzy"}, {"ab[c]", "abc"}, {"ab[b-d]", "abc"},
	{"ab[e-g]", "abc"}, {"ab[^c]", "abc"}, {"ab[^b-d]", "abc"}, {"ab[^e-g]", "abc"}, {"a\\*b", "a*b"},
	{"a\\*b", "ab"}, {"a?b", "a☺b"}, {"a[^a]b", "a☺b"}, {"a???b", "a☺b"}, {"a[^a][^a][^a]b", "a☺b"},
	{"[a-ζ]*", "α"}, {"*[a-ζ]", "A"}, {"a?b", "a/b"}, {"a*b", "a/b"}, {"[\\]a]", "]"}, {"[\\-]", "-"},
	{"[x\\-]", "x"}, {"[x\\-]", "-"}, {"[x\\-]", "z"}, {"[\\-x]", "x"}, {"[\\-x]", "-"}, {"[\\-x]", "a"},
	{"[]a]", "]"}, {"[-]", "-"}, {"[x-]", "x"}, {"[x-]", "-"}, {"[x-]", "z"}, {"[-x]", "x"}, {"[-x]", "-"},
	{"[-x]", "a"}, {"\\", "a"}, {"[a-b-c]", "a"}, {"[", "a"}, {"[^", "a"}, {"[^bc", "a"}, {"a[", "a"},
	{"a[", "ab"}, {"a[", "x"}, {"a/b[", "x"}, {"*x", "xxx"}, {"a*[", "b"}, {"x[", "a"}, {"a[b-", "x"},
}

var rels = [][2]string{
	{"a/b", "a/b"}, {"a/b/.", "a/b"}, {"a/b", "a/b/."}, {"./a/b", "a/b"}, {"a/b", "./a/b"}, {"ab/cd", "ab/cde"},
	{"ab/cd", "ab/c"}, {"a/b", "a/b/c/d"}, {"a/b", "a/b/../c"}, {"a/b/../c", "a/b"}, {"a/b/c", "a/c/d"},
	{"a/b", "c/d"}, {"a/b/c/d", "a/b"}, {"a/b/c/d", "a/b/"}, {"a/b/c/d/", "a/b"}, {"../../a/b", "../../a/b/c/d"},
	{"/a/b", "/a/b"}, {"/a/b/.", "/a/b"}, {"/ab/cd", "/ab/cde"}, {"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/c/d"},
	{"/", "/a/b"}, {"/a", "/"}, {".", "a/b"}, {".", ".."}, {"a", "."}, {"..", "."}, {"/", "/"},
	{"../a", "a"}, {"a", "/a"}, {"/a", "a"}, {"../..", "a/b"}, {"..", "../a"}, {"a/..", "../x"},
}

func main() {
	for _, p := range paths {
		d, f := path.Split(p)
		fd, ff := filepath.Split(p)
		fmt.Printf("%q: clean %q base %q dir %q ext %q abs %v split %q %q | %q %q %q %q %v %q %q\n", p,
			path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p), d, f,
			filepath.Clean(p), filepath.Base(p), filepath.Dir(p), filepath.Ext(p), filepath.IsAbs(p), fd, ff)
	}
	joins := [][]string{{}, {""}, {"", ""}, {"a"}, {"a", "b"}, {"a", ""}, {"", "b"}, {"/", "a"}, {"/", ""},
		{"a/", "b"}, {"a/", ""}, {"", ""}, {"a", "b", "c"}, {"a", "/b"}, {"a", "../..", "c"}, {"", "/a"}}
	for _, j := range joins {
		fmt.Printf("join %q: %q %q\n", j, path.Join(j...), filepath.Join(j...))
	}
	for _, m := range patterns {
		ok, err := path.Match(m[0], m[1])
		ok2, err2 := filepath.Match(m[0], m[1])
		fmt.Printf("match %q %q: %v %v | %v %v %v\n", m[0], m[1], ok, err, ok2, err2, err2 == filepath.ErrBadPattern && err2 != nil)
	}
	fmt.Println(path.ErrBadPattern == filepath.ErrBadPattern, path.ErrBadPattern)
	for _, r := range rels {
		s, err := filepath.Rel(r[0], r[1])
		fmt.Printf("rel %q %q: %q %v\n", r[0], r[1], s, err)
	}
	for _, l := range []string{"", "a", "a:b", ":", "a::b:", "/usr/bin:/bin"} {
		fmt.Printf("splitlist %q: %q %d\n", l, filepath.SplitList(l), len(filepath.SplitList(l)))
	}
	fmt.Printf("%q %q %q %v %v\n", filepath.VolumeName("/a/b"), filepath.ToSlash("a/b\\c"), filepath.FromSlash("a/b"),
		filepath.HasPrefix("/a/b", "/a"), filepath.HasPrefix("a", "/a"))
	fmt.Println(string(filepath.Separator), string(filepath.ListSeparator), filepath.Separator, filepath.ListSeparator)
}
