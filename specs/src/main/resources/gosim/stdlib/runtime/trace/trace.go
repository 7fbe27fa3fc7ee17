// Package trace is runtime/trace of Go 1.7 (runtime/trace/trace.go): the tracer writes to w when stopped.
package trace

import (
	"errors"
	"io"
)

func Start(w io.Writer) error {
	if msg := start(w); msg != "" {
		return errors.New(msg)
	}
	return nil
}

func start(w io.Writer) string

func Stop()
