// os: the environment (env), file modes, sizes and the working directory (fsops) on gosim's in-memory OS.
// Recorded with real Go 1.19 on linux/amd64: go run os_env.go > os_env.out; host-independent (Clearenv
// before reading the environment, paths under a fresh MkdirTemp directory printed as D).
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(os.Setenv("", "x"))
	fmt.Println(os.Setenv("A=B", "x"))
	fmt.Println(os.Setenv("K", "a\x00b"))
	fmt.Println(os.Setenv("GOSIM_K", "v1"))
	v, ok := os.LookupEnv("GOSIM_K")
	fmt.Println(v, ok)
	fmt.Println(os.Setenv("GOSIM_K", "v2"), os.Getenv("GOSIM_K"))
	os.Setenv("GOSIM_J", "")
	v, ok = os.LookupEnv("GOSIM_J")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Unsetenv("GOSIM_K"), os.Unsetenv("GOSIM_NONE"))
	v, ok = os.LookupEnv("GOSIM_K")
	fmt.Printf("%q %v\n", v, ok)
	_, ok = os.LookupEnv("")
	fmt.Println(ok)
	fmt.Println(os.ExpandEnv("[$GOSIM_J][${GOSIM_K}]"))
	os.Clearenv()
	fmt.Println(len(os.Environ()), os.Environ())
	os.Setenv("B", "2")
	os.Setenv("A", "1")
	os.Setenv("B", "3")
	fmt.Println(os.Environ())
	_, err := os.UserHomeDir()
	fmt.Println(err)
	_, err = os.UserCacheDir()
	fmt.Println(err)
	_, err = os.UserConfigDir()
	fmt.Println(err)
	os.Setenv("HOME", "/home/gopher")
	fmt.Println(os.UserHomeDir())
	fmt.Println(os.UserCacheDir())
	fmt.Println(os.UserConfigDir())
	os.Setenv("XDG_CACHE_HOME", "/c")
	fmt.Println(os.UserCacheDir())
	fmt.Println(os.TempDir())
	os.Setenv("TMPDIR", "/t")
	fmt.Println(os.TempDir())
	err = os.Setenv("", "")
	se, isSE := err.(*os.SyscallError)
	fmt.Println(isSE, se.Syscall, os.NewSyscallError("x", nil) == nil)
}
