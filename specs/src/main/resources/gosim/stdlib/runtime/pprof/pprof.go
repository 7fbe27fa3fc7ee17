package pprof

import (
	"errors"
	"io"
)

type Profile struct {
	h uintptr
}

func Lookup(name string) *Profile

func Profiles() []*Profile

func NewProfile(name string) *Profile

func (p *Profile) Name() string

func (p *Profile) Count() int

func (p *Profile) Add(value interface{}, skip int)

func (p *Profile) Remove(value interface{})

func (p *Profile) WriteTo(w io.Writer, debug int) error {
	if msg := p.writeTo(w, debug); msg != "" {
		return errors.New(msg)
	}
	return nil
}

func (p *Profile) writeTo(w io.Writer, debug int) string

func WriteHeapProfile(w io.Writer) error {
	return Lookup("heap").WriteTo(w, 0)
}

func StartCPUProfile(w io.Writer) error {
	if msg := startCPUProfile(w); msg != "" {
		return errors.New(msg)
	}
	return nil
}

func startCPUProfile(w io.Writer) string

func StopCPUProfile()
