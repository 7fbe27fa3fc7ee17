package main

// recover stops a panic only when called directly by a deferred function (spec: Handling panics;
// the cases of Go's test/recover1.go): not when it is itself the deferred call, not from a
// function that a deferred function calls.

import "fmt"

func report(name string) {
	fmt.Println(name, "recovered:", recover())
}

func expect(name string) {
	if r := recover(); r != nil {
		fmt.Println(name, "caught", r)
	} else {
		fmt.Println(name, "caught nothing")
	}
}

func helper() interface{} { return recover() }

func deferredItself() {
	defer expect("deferredItself")
	defer recover() // the deferred call itself: too early, a no-op
	panic("p1")
}

func fromClosure() {
	defer expect("fromClosure")
	defer func() {
		recover() // called directly by a deferred function: stops the panic
	}()
	panic("p2")
}

func deferredInClosure() {
	defer expect("deferredInClosure")
	defer func() {
		defer recover() // runs when the deferred closure returns: stops the panic
	}()
	panic("p3")
}

func tooDeep() {
	defer expect("tooDeep")
	defer func() {
		fmt.Println("helper got", helper()) // one call too deep: nil
	}()
	panic("p4")
}

func sequential() {
	defer expect("sequential")
	defer func() {
		defer recover() // stops nothing: report already stopped p6
		defer report("inner")
		panic("p6")
	}()
	panic("p5")
}

func main() {
	deferredItself()
	fromClosure()
	deferredInClosure()
	tooDeep()
	sequential()
	fmt.Println("recover outside a panic:", recover())
}
