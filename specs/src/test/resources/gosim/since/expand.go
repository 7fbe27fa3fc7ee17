package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	m := func(k string) string { return "<" + k + ">" }
	for _, s := range []string{"", "plain", "$", "a$", "$x", "${x}y", "$x-$y", "${}", "${", "${ab", "$ x", "$-", "$1$*${@}", "$$", "${x}${y}"} {
		fmt.Printf("%q %q\n", s, os.Expand(s, m))
	}
	fmt.Println(os.ExpandEnv("none=[$NOPE_GOSIM_VAR] [${NOPE_GOSIM_VAR}]"), strings.Count(os.ExpandEnv("$PATH"), ":") >= 0)
}
