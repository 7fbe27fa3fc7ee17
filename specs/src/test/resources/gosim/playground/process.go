// Processes and signals on the in-memory OS, which has none: what the Go playground of Go 1.7's
// day answered (GOOS=nacl, go1.7 syscall_nacl.go:297-307: Getpid 3, and StartProcess, Kill and
// Wait4 return ENOSYS), through go1.7 os/exec_posix.go:42-44 (&PathError{"fork/exec", name, e}),
// exec_unix.go:71-76 (kill's errno itself) and :38-41 (NewSyscallError("wait", e)).
package main

import (
	"fmt"
	"os"
)

func main() {
	_, err := os.StartProcess("/bin/true", []string{"true"}, &os.ProcAttr{})
	fmt.Println(err)
	_, err = os.StartProcess("/bin/true", nil, &os.ProcAttr{Dir: "/"})
	fmt.Println(err)
	p, err := os.FindProcess(os.Getpid())
	fmt.Println(p.Pid == os.Getpid(), err)
	fmt.Println(p.Signal(os.Interrupt))
	fmt.Println(p.Kill())
	_, err = p.Wait()
	fmt.Println(err)
	pe, ok := err.(*os.SyscallError)
	fmt.Println(ok, pe.Syscall)
	fmt.Println(os.Getppid(), os.Getuid(), os.Getgid())
}
