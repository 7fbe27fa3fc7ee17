package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"math"
	"math/rand"
	"os"
	"strconv"
	"time"
	"unicode/utf8"
)

func main() {
	var s rand.Source64 = rand.NewSource(1).(rand.Source64)
	l := log.New(os.Stdout, "p: ", log.Lmsgprefix)
	l.Print("x")
	fmt.Println(s.Int63() > 0, math.MaxInt)
	fmt.Println(bufio.ErrBadReadCount)
	fmt.Println(string(utf8.AppendRune(nil, 'é')))
	fmt.Println(rand.ExpFloat64(), rand.NormFloat64())
	_ = flag.TextVar
	_ = strconv.ParseComplex
	_ = time.Time.GoString
	_ = os.MkdirTemp
	_ = os.CreateTemp
}
