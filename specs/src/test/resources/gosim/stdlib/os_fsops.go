// os: the environment (env), file modes, sizes and the working directory (fsops) on gosim's in-memory OS.
// Recorded with real Go 1.19 on linux/amd64: go run os_fsops.go > os_fsops.out; host-independent (Clearenv
// before reading the environment, paths under a fresh MkdirTemp directory printed as D).
package main

import (
	"fmt"
	"os"
	"strings"
)

// Paths under a fresh temp dir d are printed with d replaced by "D", so the output is host-independent.
var d string

func show(err error) {
	if err == nil {
		fmt.Println("ok")
		return
	}
	fmt.Println(strings.Replace(err.Error(), d, "D", -1))
}

func main() {
	var err error
	d, err = os.MkdirTemp("", "gosimfs")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(d)
	// ".." after a missing directory: linux walks x first (ENOENT)
	_, err = os.CreateTemp(d+"//x/..", "f")
	fmt.Println(err.(*os.PathError).Op, err.(*os.PathError).Err)
	_, err = os.Stat(d + "/x/..")
	show(err)
	show(os.Mkdir(d+"/x/../y", 0755))
	os.WriteFile(d+"/f", []byte("hello, world"), 0644)
	_, err = os.Stat(d + "/f/..")
	show(err)
	show(os.Mkdir(d+"/sub", 0755))
	fi, err := os.Stat(d + "/sub/../f")
	show(err)
	fmt.Println(fi.Name(), fi.Size())
	// Chmod
	show(os.Chmod(d+"/f", 0600))
	fi, _ = os.Stat(d + "/f")
	fmt.Println(fi.Mode())
	show(os.Chmod(d+"/nope", 0600))
	show(os.Chmod(d+"/sub", 0700|os.ModeSticky))
	fi, _ = os.Stat(d + "/sub")
	fmt.Println(fi.Mode())
	// Truncate
	show(os.Truncate(d+"/f", 5))
	b, _ := os.ReadFile(d + "/f")
	fmt.Printf("%q\n", b)
	show(os.Truncate(d+"/f", 8))
	b, _ = os.ReadFile(d + "/f")
	fmt.Printf("%q\n", b)
	show(os.Truncate(d+"/f", -1))
	show(os.Truncate(d+"/nope", 1))
	show(os.Truncate(d+"/sub", 1))
	f, _ := os.Open(d + "/f")
	show(f.Truncate(1))
	show(f.Chmod(0644))
	f.Close()
	show(f.Truncate(1))
	f, _ = os.OpenFile(d+"/f", os.O_RDWR, 0)
	show(f.Truncate(2))
	f.Close()
	b, _ = os.ReadFile(d + "/f")
	fmt.Printf("%q\n", b)
	// Chdir, Getwd, relative paths
	show(os.Chdir(d + "/nope"))
	show(os.Chdir(d + "/f"))
	show(os.Chdir(d + "/sub"))
	wd, _ := os.Getwd()
	fmt.Println(strings.Replace(wd, d, "D", -1))
	show(os.WriteFile("g", []byte("x"), 0644))
	_, err = os.Stat(d + "/sub/g")
	show(err)
	_, err = os.Stat("../f")
	show(err)
	show(os.Chdir(".."))
	wd, _ = os.Getwd()
	fmt.Println(strings.Replace(wd, d, "D", -1))
	show(os.Rename("sub/g", "h"))
	_, err = os.Stat("h")
	show(err)
	show(os.Rename("sub/g", "h"))
	show(os.Remove("sub/.."))
	show(os.Remove("sub/."))
	show(os.Remove("nope/.."))
	fmt.Println(os.Getuid() >= 0, os.Getppid() > 0)
}
