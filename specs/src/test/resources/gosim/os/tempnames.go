package main

import (
	"fmt"
	"io/ioutil"
	"os"
)

// Prints the names TempDir and TempFile choose (random in Go; the run's seeded source here).
func main() {
	d, err := ioutil.TempDir("", "d")
	fmt.Println(d, err, os.Mkdir(d+"/x", 0755))
	for i := 0; i < 3; i++ {
		f, err := ioutil.TempFile(d+"//x/..", "f")
		fmt.Println(f.Name(), err)
	}
	_, err = ioutil.TempFile("/nope", "f")
	fmt.Println(err != nil, os.IsNotExist(err))
}
