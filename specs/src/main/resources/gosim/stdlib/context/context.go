package context

// After Go's context/context.go (the 1.7 design: a cancelCtx tree, a timerCtx on time.AfterFunc,
// a valueCtx chain). The interpreter has no struct embedding, so timerCtx and the others delegate
// to their parent explicitly; children are kept in a slice (Go: a map) so cancellation visits them
// in creation order, deterministically. Deadlines and timers run on the simulation's virtual clock.

import (
	"errors"
	"sync"
	"time"
)

type Context interface {
	Deadline() (deadline time.Time, ok bool)
	Done() <-chan struct{}
	Err() error
	Value(key interface{}) interface{}
}

var Canceled = errors.New("context canceled")

var DeadlineExceeded error = deadlineExceededError{}

type deadlineExceededError struct{}

func (deadlineExceededError) Error() string   { return "context deadline exceeded" }
func (deadlineExceededError) Timeout() bool   { return true }
func (deadlineExceededError) Temporary() bool { return true }

type emptyCtx int

func (*emptyCtx) Deadline() (deadline time.Time, ok bool) { return }
func (*emptyCtx) Done() <-chan struct{}                   { return nil }
func (*emptyCtx) Err() error                              { return nil }
func (*emptyCtx) Value(key interface{}) interface{}       { return nil }

func (e *emptyCtx) String() string {
	if e == background {
		return "context.Background"
	}
	return "context.TODO"
}

var (
	background = new(emptyCtx)
	todo       = new(emptyCtx)
)

func Background() Context { return background }

func TODO() Context { return todo }

type CancelFunc func()

type canceler interface {
	cancel(removeFromParent bool, err error)
	Done() <-chan struct{}
}

type cancelCtx struct {
	parent   Context
	mu       sync.Mutex
	done     chan struct{}
	children []canceler
	err      error
}

func (c *cancelCtx) Deadline() (deadline time.Time, ok bool) { return c.parent.Deadline() }
func (c *cancelCtx) Done() <-chan struct{}                   { return c.done }
func (c *cancelCtx) Value(key interface{}) interface{}       { return c.parent.Value(key) }

func (c *cancelCtx) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

func (c *cancelCtx) String() string { return contextName(c.parent) + ".WithCancel" }

// cancel closes done, cancels each child and, if removeFromParent, leaves the parent's children.
func (c *cancelCtx) cancel(removeFromParent bool, err error) {
	if err == nil {
		panic("context: internal error: missing cancel error")
	}
	c.mu.Lock()
	if c.err != nil {
		c.mu.Unlock()
		return
	}
	c.err = err
	close(c.done)
	children := c.children
	c.children = nil
	c.mu.Unlock()
	for _, child := range children {
		child.cancel(false, err)
	}
	if removeFromParent {
		removeChild(c.parent, c)
	}
}

func checkParent(parent Context) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
}

func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {
	checkParent(parent)
	c := &cancelCtx{parent: parent, done: make(chan struct{})}
	propagateCancel(parent, c)
	return c, func() { c.cancel(true, Canceled) }
}

// propagateCancel arranges for child to be canceled when parent is.
func propagateCancel(parent Context, child canceler) {
	if parent.Done() == nil {
		return
	}
	if p, ok := parentCancelCtx(parent); ok {
		p.mu.Lock()
		if p.err != nil {
			p.mu.Unlock()
			child.cancel(false, p.err)
			return
		}
		p.children = append(p.children, child)
		p.mu.Unlock()
		return
	}
	go func() {
		select {
		case <-parent.Done():
			child.cancel(false, parent.Err())
		case <-child.Done():
		}
	}()
}

func parentCancelCtx(parent Context) (*cancelCtx, bool) {
	for {
		switch c := parent.(type) {
		case *cancelCtx:
			return c, true
		case *timerCtx:
			return &c.c, true
		case *valueCtx:
			parent = c.parent
		default:
			return nil, false
		}
	}
}

func removeChild(parent Context, child canceler) {
	p, ok := parentCancelCtx(parent)
	if !ok {
		return
	}
	p.mu.Lock()
	for i, k := range p.children {
		if k == child {
			p.children = append(p.children[:i], p.children[i+1:]...)
			break
		}
	}
	p.mu.Unlock()
}

type timerCtx struct {
	c        cancelCtx
	timer    *time.Timer
	deadline time.Time
}

func (c *timerCtx) Deadline() (deadline time.Time, ok bool) { return c.deadline, true }
func (c *timerCtx) Done() <-chan struct{}                   { return c.c.done }
func (c *timerCtx) Err() error                              { return c.c.Err() }
func (c *timerCtx) Value(key interface{}) interface{}       { return c.c.parent.Value(key) }

func (c *timerCtx) String() string {
	return contextName(c.c.parent) + ".WithDeadline(" + c.deadline.String() + " [" + c.deadline.Sub(time.Now()).String() + "])"
}

func (c *timerCtx) cancel(removeFromParent bool, err error) {
	c.c.cancel(false, err)
	if removeFromParent {
		removeChild(c.c.parent, c)
	}
	c.c.mu.Lock()
	if c.timer != nil {
		c.timer.Stop()
		c.timer = nil
	}
	c.c.mu.Unlock()
}

func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	checkParent(parent)
	if cur, ok := parent.Deadline(); ok && cur.Before(d) {
		return WithCancel(parent)
	}
	c := &timerCtx{c: cancelCtx{parent: parent, done: make(chan struct{})}, deadline: d}
	propagateCancel(parent, c)
	dur := d.Sub(time.Now()) // go1.7 context.go:379 (time.Until is Go 1.8's)
	if dur <= 0 {
		c.cancel(true, DeadlineExceeded)
		return c, func() { c.cancel(false, Canceled) }
	}
	c.c.mu.Lock()
	if c.c.err == nil {
		c.timer = time.AfterFunc(dur, func() { c.cancel(true, DeadlineExceeded) })
	}
	c.c.mu.Unlock()
	return c, func() { c.cancel(true, Canceled) }
}

func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return WithDeadline(parent, time.Now().Add(timeout))
}

type valueCtx struct {
	parent   Context
	key, val interface{}
}

func (c *valueCtx) Deadline() (deadline time.Time, ok bool) { return c.parent.Deadline() }
func (c *valueCtx) Done() <-chan struct{}                   { return c.parent.Done() }
func (c *valueCtx) Err() error                              { return c.parent.Err() }

func (c *valueCtx) Value(key interface{}) interface{} {
	if c.key == key {
		return c.val
	}
	return c.parent.Value(key)
}

func WithValue(parent Context, key, val interface{}) Context {
	checkParent(parent)
	if key == nil {
		panic("nil key")
	}
	return &valueCtx{parent: parent, key: key, val: val}
}

type stringer interface {
	String() string
}

func contextName(c Context) string {
	if s, ok := c.(stringer); ok {
		return s.String()
	}
	return "context"
}
