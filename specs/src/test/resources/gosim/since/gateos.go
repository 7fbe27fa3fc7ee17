// The os and path/filepath API newer than Go 1.7, each gated by the api file that lists it
// (SinceGateTest.osAndFilepathAdditionsAreGated). Real go1.19 prints the 1.19 line.
package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	fmt.Println(os.ErrProcessDone)
	_ = os.IsTimeout
	_ = (*os.File).SetDeadline
	_ = (*os.ProcessState).ExitCode
	_ = filepath.WalkDir
	_ = os.ErrDeadlineExceeded
	_ = (*os.PathError).Unwrap
	_ = (*os.File).SyscallConn
	_ = os.ErrNoDeadline
}
