// os.SameFile (inodes) and Getwd's $PWD rule (go1.7 getwd.go) on the in-memory OS. Recorded with real
// Go 1.19 on linux/amd64: go run os_samefile.go > os_samefile.out; host-independent (a fresh MkdirTemp
// directory, printed as D).
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	d, err := os.MkdirTemp("", "gosimsame")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(d)
	os.Mkdir(d+"/sub", 0755)
	os.WriteFile(d+"/f", []byte("x"), 0644)
	a, _ := os.Stat(d + "/f")
	b, _ := os.Stat(d + "/sub/../f")
	c, _ := os.Stat(d + "/sub")
	f, _ := os.Open(d + "/f")
	e, _ := f.Stat()
	f.Close()
	fmt.Println(os.SameFile(a, b), os.SameFile(a, c), os.SameFile(a, e))
	os.Rename(d+"/f", d+"/g")
	g, _ := os.Stat(d + "/g")
	fmt.Println(os.SameFile(a, g))
	os.Chdir(d + "/sub")
	os.Setenv("PWD", d+"/sub/")
	wd, _ := os.Getwd()
	fmt.Println(strings.Replace(wd, d, "D", -1))
	os.Setenv("PWD", d+"/sub/../sub")
	wd, _ = os.Getwd()
	fmt.Println(strings.Replace(wd, d, "D", -1))
	os.Setenv("PWD", d)
	wd, _ = os.Getwd()
	fmt.Println(strings.Replace(wd, d, "D", -1))
	os.Setenv("PWD", "sub")
	wd, _ = os.Getwd()
	fmt.Println(strings.Replace(wd, d, "D", -1))
}
