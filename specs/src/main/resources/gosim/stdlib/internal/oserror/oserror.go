//gosim:since 1.13
// Package oserror after Go 1.13's internal/oserror (errors.go): the portable file errors, defined
// once so that syscall (Errno.Is) and io/fs (Go 1.16; os before it) share the same values.
package oserror

import "errors"

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)
