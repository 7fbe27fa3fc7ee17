// syscall.Errno and os's error predicates in both dialects. errno.out is real go1.19's output (go run
// errno.go). errno.go17.out is go1.7's, read from its source: the same except Errno.Temporary, which
// go1.7 syscall_unix.go:112-114 answers true for ECONNRESET and ECONNABORTED and false for ENFILE
// (go1.19 syscall_unix.go:134-136 the other way round); the texts and numbers are zerrors_linux_amd64.go's,
// whose errno and signal blocks are the same in both releases.
package main

import (
	"fmt"
	"os"
	"syscall"
)

func main() {
	for e := syscall.Errno(0); e < 136; e++ {
		fmt.Printf("%d %v %t %t\n", uintptr(e), e, e.Temporary(), e.Timeout())
	}
	fmt.Printf("%T %v %d %x %q\n", syscall.ENOENT, syscall.ENOENT, syscall.ENOENT, syscall.EACCES, syscall.EPERM)
	fmt.Println(syscall.EAGAIN == syscall.EWOULDBLOCK, syscall.E2BIG, syscall.EXFULL, syscall.Errno(4095))
	var err error = syscall.EINVAL
	if en, ok := err.(syscall.Errno); ok {
		fmt.Println("an Errno:", uintptr(en), en == syscall.EINVAL)
	}
	for s := syscall.Signal(0); s < 34; s++ {
		fmt.Printf("%d %v|", int(s), s)
	}
	fmt.Println()
	fmt.Println(syscall.SIGCHLD == syscall.SIGCLD, syscall.SIGIOT, syscall.SIGSYS, syscall.SIGUNUSED, syscall.SIGPOLL)

	_, err = os.Open("/no/such/file")
	pe := err.(*os.PathError)
	en, isErrno := pe.Err.(syscall.Errno)
	fmt.Println(err, isErrno, en == syscall.ENOENT, os.IsNotExist(err), os.IsExist(err), os.IsPermission(err))
	os.Mkdir("d", 0755)
	err = os.Mkdir("d", 0755)
	fmt.Println(err, err.(*os.PathError).Err == syscall.EEXIST, os.IsExist(err), os.IsNotExist(err))
	err = os.Link("nothere", "x")
	fmt.Println(err, os.IsNotExist(err), os.IsExist(err))
	preds := []func(error) bool{os.IsExist, os.IsNotExist, os.IsPermission}
	for _, e := range []error{syscall.EACCES, syscall.EPERM, syscall.EEXIST, syscall.ENOTEMPTY, syscall.ENOENT,
		syscall.EISDIR, os.ErrPermission, os.ErrExist, os.ErrNotExist, os.ErrInvalid, nil,
		&os.PathError{Op: "open", Path: "p", Err: syscall.EACCES}, &os.LinkError{Op: "link", Old: "a", New: "b", Err: syscall.EPERM},
		os.NewSyscallError("mkdir", syscall.EEXIST), &os.PathError{Op: "x", Path: "y", Err: os.ErrNotExist},
		&os.PathError{Op: "x", Path: "y", Err: &os.PathError{Op: "inner", Path: "z", Err: syscall.ENOENT}}} {
		fmt.Print(e, ":")
		for _, p := range preds {
			fmt.Print(" ", p(e))
		}
		fmt.Println()
	}
}
