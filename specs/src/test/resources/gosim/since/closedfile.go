// A closed *os.File by dialect. closedfile.out is real go1.19's output (go run closedfile.go, in a
// fresh temp directory); closedfile.go17.out follows go1.7's source, read by hand: Close sets the
// fd to -1 (file_unix.go close), and Stat, Chmod, Chown, Truncate, Sync, Chdir and Readdirnames
// call fstat/fchmod/fchown/ftruncate/fsync/fchdir/getdents on it after only a nil check
// (file_unix.go, file_posix.go, file.go, dir_unix.go): EBADF, "bad file descriptor", in a
// PathError but for Sync's NewSyscallError("fsync", e) (file_posix.go:122) and Readdirnames'
// NewSyscallError("readdirent", errno) (dir_unix.go:41); pipes are files too (pipe_linux.go). Go 1.19 answers checkValid's ErrClosed, or internal/poll's
// ErrFileClosing ("use of closed file") where it asks the poller first (Stat, Readdirnames).
package main

import (
	"fmt"
	"io/ioutil"
	"os"
)

func main() {
	d, err := ioutil.TempDir("", "gosimcl")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(d)
	if err := os.Chdir(d); err != nil {
		panic(err)
	}
	f, _ := os.Create("xx")
	f.Close()
	_, err = f.Stat()
	fmt.Println(err)
	fmt.Println(f.Chmod(0644))
	fmt.Println(f.Truncate(0))
	fmt.Println(f.Sync())
	fmt.Println(f.Chdir())
	fmt.Println(f.Chown(-1, -1))
	_, err = f.Readdirnames(-1)
	fmt.Println(err)
	r, w, _ := os.Pipe()
	r.Close()
	w.Close()
	_, err = r.Read(make([]byte, 1))
	fmt.Println(err)
	_, err = w.Write([]byte("x"))
	fmt.Println(err)
}
