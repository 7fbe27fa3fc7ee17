package main

import (
	"context"
	"fmt"
	"time"
)

type key string

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO(), bg.Err(), bg.Done() == nil, bg.Value("k"))
	_, ok := bg.Deadline()
	fmt.Println(ok)

	ctx, cancel := context.WithCancel(bg)
	fmt.Println(ctx, ctx.Err())
	child, cancelChild := context.WithCancel(ctx)
	vctx := context.WithValue(child, key("user"), "gopher")
	fmt.Println(vctx.Value(key("user")), vctx.Value(key("other")), vctx.Value("user"))
	done := make(chan string)
	go func() {
		<-vctx.Done()
		done <- "child saw " + vctx.Err().Error()
	}()
	cancel()
	fmt.Println(<-done)
	fmt.Println(ctx.Err(), child.Err(), ctx.Err() == context.Canceled)
	cancel()
	cancelChild()

	start := time.Now()
	tctx, tcancel := context.WithTimeout(bg, 50*time.Millisecond)
	defer tcancel()
	d, ok := tctx.Deadline()
	fmt.Println(ok, d.Sub(start) >= 50*time.Millisecond, d.Sub(start) < time.Second)
	select {
	case <-tctx.Done():
		el := time.Since(start)
		fmt.Println("timeout:", tctx.Err(), el >= 50*time.Millisecond, tctx.Err() == context.DeadlineExceeded)
	case <-time.After(time.Second):
		fmt.Println("no timeout")
	}
	te, isTimeout := tctx.Err().(interface{ Timeout() bool })
	fmt.Println(isTimeout, te.Timeout())

	// a shorter parent deadline wins; a later child deadline becomes a plain cancel
	p, pc := context.WithTimeout(bg, 20*time.Millisecond)
	c, cc := context.WithDeadline(p, time.Now().Add(time.Hour))
	pd, _ := p.Deadline()
	cd, _ := c.Deadline()
	fmt.Println(pd.Equal(cd))
	<-c.Done()
	fmt.Println(c.Err(), p.Err())
	cc()
	pc()

	// cancel before the deadline
	e, ec := context.WithDeadline(bg, time.Now().Add(time.Hour))
	ec()
	<-e.Done()
	fmt.Println(e.Err())

	// a deadline in the past is exceeded at once
	past, pastc := context.WithDeadline(bg, time.Now().Add(-time.Second))
	fmt.Println(past.Err())
	pastc()
	fmt.Println(past.Err())

	func() {
		defer func() { fmt.Println(recover()) }()
		context.WithValue(bg, nil, 1)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		context.WithCancel(nil)
	}()
}
