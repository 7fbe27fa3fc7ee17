// syscall.Errno under Go 1.13+'s errors: Errno.Is against internal/oserror's values (os's and io/fs's
// Err*), errors.Is and errors.As through os's error types. syscall_errno.out is real go1.19's output
// (go run syscall_errno.go).
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

func main() {
	targets := []error{fs.ErrNotExist, fs.ErrExist, fs.ErrPermission, fs.ErrInvalid, fs.ErrClosed}
	fmt.Println(os.ErrNotExist == fs.ErrNotExist, os.ErrPermission == fs.ErrPermission, os.ErrClosed == fs.ErrClosed)
	for _, e := range []syscall.Errno{0, syscall.EPERM, syscall.ENOENT, syscall.EEXIST, syscall.EACCES,
		syscall.ENOTEMPTY, syscall.EINVAL, syscall.EBADF, syscall.ENOTDIR} {
		fmt.Print(uintptr(e), " ", e, ":")
		for _, t := range targets {
			fmt.Print(" ", e.Is(t), errors.Is(e, t))
		}
		fmt.Println()
	}
	_, err := os.Open("missing")
	fmt.Printf("%T %T %v\n", err, errors.Unwrap(err), errors.Unwrap(err))
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist), errors.Is(err, syscall.ENOENT),
		errors.Is(err, fs.ErrExist), errors.Is(err, syscall.EEXIST))
	var en syscall.Errno
	fmt.Println(errors.As(err, &en), en, uintptr(en))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path, pe.Err == syscall.ENOENT)
	wrapped := fmt.Errorf("loading config: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, fs.ErrNotExist), os.IsNotExist(wrapped))
	err = os.Mkdir("/tmp", 0755)
	fmt.Println(err, errors.Is(err, fs.ErrExist), os.IsExist(err))
	err = os.Remove("/")
	fmt.Printf("%v %T\n", err, errors.Unwrap(err))
	err = os.Link("a", "b")
	fmt.Printf("%v %T %v\n", err, errors.Unwrap(err), errors.Is(err, fs.ErrExist))
	err = os.NewSyscallError("chmod", syscall.EPERM)
	fmt.Println(err, errors.Is(err, fs.ErrPermission), os.IsPermission(err))
	err = &fs.PathError{Op: "open", Path: "secret", Err: syscall.EACCES}
	fmt.Println(err, errors.Is(err, fs.ErrPermission), os.IsPermission(err), os.IsPermission(fmt.Errorf("w: %w", err)))
}
