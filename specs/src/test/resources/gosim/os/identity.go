// The simulated process's fixed identity and environment (InMemoryOsTest.processIdentityIsFixed):
// none of it comes from the host.
package main

import (
	"fmt"
	"os"
)

func main() {
	os.Args[0] = "changed"
	exe, err := os.Executable()
	fmt.Println(exe, err)
	home, err := os.UserHomeDir()
	fmt.Println(home, err)
	wd, err := os.Getwd()
	fmt.Println(wd, err, os.TempDir())
	fmt.Println(os.Getuid(), os.Geteuid(), os.Getgid(), os.Getegid(), os.Getppid())
	fmt.Println(os.Environ())
	os.Setenv("HOME", "/root")
	fmt.Println(os.Getenv("HOME"), os.ExpandEnv("$USER:$HOME"))
}
