package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"time"
)

func main() {
	n := flag.Int("n", 1, "repetitions")
	word := flag.String("word", "hi", "the word")
	quiet := flag.Bool("q", false, "quiet")
	d := flag.Duration("d", 2*time.Second, "delay")
	flag.Parse()
	fmt.Println(*n, *word, *quiet, *d, flag.Args(), flag.NArg(), flag.NFlag(), flag.Parsed(), flag.Arg(0), flag.Arg(5) == "")
	if flag.NArg() > 0 && flag.Arg(0) == "fatal" {
		log.SetFlags(0)
		log.Fatalf("fatal: %d", *n)
	}
	if flag.NArg() > 0 && flag.Arg(0) == "log" {
		log.Println("stamped")
		os.Exit(3)
	}
}
