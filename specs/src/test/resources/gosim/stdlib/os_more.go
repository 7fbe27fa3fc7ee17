// os's process, signal, pipe, deadline, chown and ReadFrom API on the in-memory OS. Real Go 1.19
// on linux/amd64 recorded the output (go run os_more.go > os_more.out), host-independent: a
// fresh MkdirTemp directory printed as D; nothing here starts, waits for or signals a process (in
// gosim these answer ENOSYS, the Go playground's; see os.go), so only what both agree on is printed.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"syscall"
	"time"
)

var d string

func show(v ...interface{}) {
	fmt.Println(strings.Replace(fmt.Sprint(v...), d, "D", -1))
}

func main() {
	var err error
	d, err = os.MkdirTemp("", "gosimos")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(d)
	os.WriteFile(d+"/f", []byte("hello"), 0644)
	os.Mkdir(d+"/sub", 0755)

	show(os.Interrupt, " ", os.Kill, " ", os.Interrupt == syscall.SIGINT, " ", syscall.Signal(40), " ", syscall.SIGTERM)
	fmt.Printf("%d %d\n", os.Interrupt, os.Kill)
	p, err := os.FindProcess(12345678)
	show(p.Pid, " ", err)
	p.Release()
	show(p.Pid, " ", p.Signal(os.Interrupt), " ", p.Kill())
	_, err = p.Wait()
	show("wait released: ", err)
	p = &os.Process{}
	show(p.Signal(os.Kill))
	_, err = os.StartProcess("/nonexistent", []string{"x"}, &os.ProcAttr{Dir: d + "/missing"})
	show(err)
	var ps *os.ProcessState
	show(ps.String(), " ", ps.ExitCode())
	ps = &os.ProcessState{}
	show(ps.String(), " ", ps.ExitCode(), " ", ps.Exited(), " ", ps.Success(), " ", ps.Pid(), " ", ps.Sys())
	show(errors.Is(os.ErrProcessDone, os.ErrProcessDone), " ", os.ErrProcessDone)

	r, w, err := os.Pipe()
	show(err, " ", r.Name(), " ", w.Name())
	fi, err := r.Stat()
	show(fi.Mode(), " ", fi.Size(), " ", err)
	go func() {
		w.Write([]byte("through "))
		time.Sleep(time.Millisecond)
		w.WriteString("the pipe")
		w.Close()
	}()
	b, err := io.ReadAll(r)
	show(string(b), " ", err)
	_, err = w.Write([]byte("x"))
	show(err)
	r2, w2, _ := os.Pipe()
	r2.Close()
	_, err = w2.Write([]byte("x"))
	show(err)
	_, err = w2.Read(make([]byte, 1))
	show(err)
	_, err = w2.Seek(0, 0)
	show(err)
	w2.Close()
	r3, w3, _ := os.Pipe()
	big := strings.Repeat("x", 200000)
	go func() {
		n, err := w3.WriteString(big)
		show("big write ", n, " ", err)
		w3.Close()
	}()
	b, err = io.ReadAll(r3)
	show(len(b), " ", err)
	time.Sleep(time.Millisecond)

	f, _ := os.Open(d + "/f")
	show(f.SetDeadline(time.Time{}), " ", f.SetReadDeadline(time.Time{}), " ", f.SetWriteDeadline(time.Time{}))
	show(os.ErrNoDeadline, " ", os.ErrDeadlineExceeded, " ", os.IsTimeout(os.ErrDeadlineExceeded), " ", os.IsTimeout(os.ErrNoDeadline))
	pe := &os.PathError{Op: "read", Path: "x", Err: os.ErrDeadlineExceeded}
	show(pe.Timeout(), " ", os.IsTimeout(pe), " ", pe.Unwrap() == os.ErrDeadlineExceeded)
	se := &os.SyscallError{Syscall: "read", Err: os.ErrDeadlineExceeded}
	show(se.Timeout(), " ", os.IsTimeout(se), " ", se)
	rc, err := f.SyscallConn()
	show(err)
	show(rc.Control(func(fd uintptr) {}), " ", rc.Read(func(fd uintptr) bool { return true }),
		" ", rc.Write(func(fd uintptr) bool { return true }))
	f.Close()
	show(f.SetDeadline(time.Time{}))
	_, err = f.SyscallConn()
	show(err)

	g, _ := os.Create(d + "/g")
	n, err := g.ReadFrom(strings.NewReader("read from a reader"))
	show(n, " ", err)
	src, _ := os.Open(d + "/f")
	n, err = io.Copy(g, src)
	show(n, " ", err)
	g.Close()
	b, _ = os.ReadFile(d + "/g")
	show(string(b))
	_, err = g.ReadFrom(strings.NewReader("x"))
	show(err)

	show(os.Chown(d+"/missing", -1, -1), " ", os.Lchown(d+"/missing", -1, -1))
	show(os.Chown(d+"/f", os.Getuid(), os.Getgid()), " ", os.Lchown(d+"/f", -1, -1))
	h, _ := os.Open(d + "/f")
	show(h.Chown(-1, -1))
	show(h.Chdir())
	h.Close()
	show(h.Chown(-1, -1), " ", h.Chdir())
	dir, _ := os.Open(d + "/sub")
	show(dir.Chdir())
	wd, _ := os.Getwd()
	show(wd)
	dir.Close()
}
