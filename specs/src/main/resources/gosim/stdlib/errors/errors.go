// Package errors after Go's errors (errors.go, wrap.go): New, and Go 1.13's Unwrap, Is and As.
// As's type test is native (Go uses reflectlite there).
package errors

func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

type wrapper interface {
	Unwrap() error
}

//gosim:since 1.13
func Unwrap(err error) error {
	u, ok := err.(wrapper)
	if !ok {
		return nil
	}
	return u.Unwrap()
}

type iser interface {
	Is(error) bool
}

type aser interface {
	As(interface{}) bool
}

//gosim:since 1.13
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	for {
		if err == target {
			return true
		}
		if x, ok := err.(iser); ok && x.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

//gosim:since 1.13
func As(err error, target interface{}) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	checkTarget(target)
	for err != nil {
		if asTarget(err, target) {
			return true
		}
		if x, ok := err.(aser); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}

// checkTarget panics as Go does for a target that is not a non-nil pointer to an interface or to
// a type implementing error.
func checkTarget(target interface{})

// asTarget stores err in *target when err's dynamic type is assignable to *target's type.
func asTarget(err error, target interface{}) bool
