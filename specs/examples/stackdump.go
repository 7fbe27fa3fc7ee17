// What is every goroutine waiting for? runtime.Stack(buf, true).
//
// runtime.Stack with all=true stops the world and prints every user
// goroutine as a panic would: "goroutine N [status]:" then its frames and
// "created by". For a parked goroutine the status is its waitreason, set
// by gopark: "chan receive", "chan send", "select", "select (no cases)",
// "chan receive (nil chan)", "sleep" (timeSleep), "semacquire" (a
// contended Mutex, and in Go 1.7 also a Cond.Wait: notifyListWait parks
// with "semacquire"; newer releases print "sync.Cond.Wait"). The ids and
// the argument words differ between Go versions; the functions do not.
//
// Look for: one goroutine per wait reason, each in its own main function.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

var mu sync.Mutex
var condMu sync.Mutex
var cond = sync.NewCond(&condMu)

func recvForever(ch chan int) { <-ch }
func sendForever(ch chan int) { ch <- 1 }
func selectForever(ch chan int) {
	select { // parks in selectgo on both cases
	case <-ch:
	case ch <- 2:
	}
}
func selectNothing() { select {} }
func recvNil()       { var ch chan int; <-ch }
func sleepLong()     { time.Sleep(time.Hour) }
func lockHeld()      { mu.Lock() }
func waitCond() {
	condMu.Lock()
	cond.Wait()
}

func main() {
	runtime.GOMAXPROCS(1)
	ch := make(chan int)
	mu.Lock()
	go recvForever(ch)
	go sendForever(make(chan int))
	go selectForever(make(chan int))
	go selectNothing()
	go recvNil()
	go sleepLong()
	go lockHeld()
	go waitCond()
	time.Sleep(10 * time.Millisecond) // let them all park
	buf := make([]byte, 1<<16)
	n := runtime.Stack(buf, true)
	fmt.Print(string(buf[:n]))
}
