package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/ioutil"
	"os"
	"strings"
)

func main() {
	dir := "gosimtest"
	os.RemoveAll(dir)
	if err := os.MkdirAll(dir+"/sub/deep", 0755); err != nil {
		fmt.Println("mkdirall:", err)
	}
	fmt.Println(os.Mkdir(dir+"/sub", 0755))
	f, err := os.Create(dir + "/a.txt")
	fmt.Println(err)
	n, err := f.Write([]byte("hello\nworld\n"))
	fmt.Println(n, err)
	n, err = f.WriteString("third line\n")
	fmt.Println(n, err)
	off, err := f.Seek(0, io.SeekStart)
	fmt.Println(off, err)
	buf := make([]byte, 5)
	n, err = f.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = f.ReadAt(buf, 6)
	fmt.Println(n, err, string(buf[:n]))
	n, err = f.ReadAt(buf, 20)
	fmt.Println(n, err, string(buf[:n]))
	off, err = f.Seek(-3, io.SeekEnd)
	fmt.Println(off, err)
	off, err = f.Seek(-100, io.SeekCurrent)
	fmt.Println(off, err)
	fmt.Println(f.Name())
	fi, err := f.Stat()
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), err)
	fmt.Println(f.Close())
	fmt.Println(f.Close())
	_, err = f.Read(buf)
	fmt.Println(err)
	_, err = f.Write(buf)
	fmt.Println(err)

	_, err = os.Open(dir + "/missing.txt")
	fmt.Println(err, os.IsNotExist(err), errors.Is(err, os.ErrNotExist), os.IsExist(err))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println("op", pe.Op, "path", pe.Path, "err", pe.Err)
	}
	_, err = os.Stat(dir + "/nope")
	fmt.Println(err)
	_, err = os.OpenFile(dir+"/a.txt", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	fmt.Println(err, os.IsExist(err))
	_, err = os.Create(dir + "/sub")
	fmt.Println(err)
	_, err = os.Open(dir + "/a.txt/x")
	fmt.Println(err)
	fmt.Println(os.Mkdir(dir+"/a.txt/d", 0755))
	fmt.Println(os.MkdirAll(dir+"/a.txt/d", 0755))
	fmt.Println(os.Remove(dir + "/sub"))
	fmt.Println(os.Remove(dir + "/zzz"))

	ro, _ := os.Open(dir + "/a.txt")
	_, err = ro.Write([]byte("x"))
	fmt.Println(err)
	data, err := ioutil.ReadAll(ro)
	fmt.Printf("%q %v\n", data, err)
	ro.Close()

	d, _ := os.Open(dir)
	_, err = d.Read(buf)
	fmt.Println(err)
	d.Close()

	fmt.Println(ioutil.WriteFile(dir+"/b.txt", []byte("bee"), 0600))
	b, err := ioutil.ReadFile(dir + "/b.txt")
	fmt.Println(string(b), err)
	_, err = ioutil.ReadFile(dir + "/c.txt")
	fmt.Println(err)

	ap, _ := os.OpenFile(dir+"/b.txt", os.O_APPEND|os.O_WRONLY, 0)
	ap.Write([]byte("+more"))
	ap.Close()
	b, _ = ioutil.ReadFile(dir + "/b.txt")
	fmt.Println(string(b))

	infos, err := ioutil.ReadDir(dir)
	for _, fi := range infos {
		fmt.Println(fi.Name(), fi.Mode(), fi.IsDir())
	}
	fi, _ = os.Stat(dir + "/b.txt")
	fmt.Println(fi.Size(), fi.Mode(), fi.Mode().Perm(), fi.Mode().IsRegular())
	fi, _ = os.Stat(dir + "/sub")
	fmt.Println(fi.Size(), fi.Mode(), fi.Name())

	src, _ := os.Open(dir + "/a.txt")
	dst, _ := os.Create(dir + "/copy.txt")
	w, err := io.Copy(dst, src)
	fmt.Println(w, err)
	src.Close()
	dst.Close()
	cf, _ := os.Open(dir + "/copy.txt")
	sc := bufio.NewScanner(cf)
	for sc.Scan() {
		fmt.Println("line:", strings.ToUpper(sc.Text()))
	}
	cf.Close()

	bw, _ := os.Create(dir + "/buffered.txt")
	wr := bufio.NewWriter(bw)
	for i := 0; i < 3; i++ {
		fmt.Fprintf(wr, "row %d\n", i)
	}
	wr.Flush()
	fmt.Fprintln(bw, "direct")
	bw.Close()
	b, _ = ioutil.ReadFile(dir + "/buffered.txt")
	fmt.Printf("%q\n", b)

	fmt.Println(os.Rename(dir+"/buffered.txt", dir+"/renamed.txt"))
	fmt.Println(os.Rename(dir+"/nothere", dir+"/x"))
	_, err = os.Stat(dir + "/buffered.txt")
	fmt.Println(os.IsNotExist(err))

	fmt.Println(os.RemoveAll(dir))
	_, err = os.Stat(dir)
	fmt.Println(err)
	fmt.Println(os.RemoveAll(dir))
}
