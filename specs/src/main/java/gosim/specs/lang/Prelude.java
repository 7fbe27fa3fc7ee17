package gosim.specs.lang;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The importable packages, each given as Go source (a "stub"): functions declared without a body are
 * implemented natively, by the interpreter ({@link Natives}: fmt, os, strings, errors) or by the
 * {@link Host} (time, sync, runtime, ...); functions with bodies are ordinary Go. A host adds its
 * packages with {@link #with(String, String)}. Symbols are qualified by import path as in Go binaries:
 * "runtime/pprof.Lookup", "runtime/pprof.(*Profile).WriteTo", "sync.(*Mutex).Lock".
 */
public final class Prelude {
    private final Map<String, String> sources = new LinkedHashMap<>();

    /** The packages the interpreter implements itself: fmt, io, os, errors, strings. */
    public static Prelude standard() {
        Prelude p = new Prelude();
        p.sources.put("errors", """
                package errors

                func New(text string) error {
                	return &errorString{text}
                }

                type errorString struct {
                	s string
                }

                func (e *errorString) Error() string {
                	return e.s
                }
                """);
        p.sources.put("io", """
                package io

                type Writer interface {
                	Write(p []byte) (n int, err error)
                }
                """);
        p.sources.put("os", """
                package os

                type File struct {
                	fd   int
                	name string
                }

                func (f *File) Write(b []byte) (n int, err error)

                var (
                	Stdin  = &File{0, "/dev/stdin"}
                	Stdout = &File{1, "/dev/stdout"}
                	Stderr = &File{2, "/dev/stderr"}
                )

                var Args []string = runtime_args()

                func runtime_args() []string

                func Exit(code int)

                func Getenv(key string) string
                """);
        p.sources.put("fmt", """
                package fmt

                import (
                	"errors"
                	"io"
                )

                type Stringer interface {
                	String() string
                }

                func Println(a ...interface{}) (n int, err error)
                func Printf(format string, a ...interface{}) (n int, err error)
                func Print(a ...interface{}) (n int, err error)
                func Sprintf(format string, a ...interface{}) string
                func Sprint(a ...interface{}) string
                func Sprintln(a ...interface{}) string
                func Fprintf(w io.Writer, format string, a ...interface{}) (n int, err error)
                func Fprintln(w io.Writer, a ...interface{}) (n int, err error)
                func Fprint(w io.Writer, a ...interface{}) (n int, err error)

                func Errorf(format string, a ...interface{}) error {
                	return errors.New(Sprintf(format, a...))
                }
                """);
        p.sources.put("strings", """
                package strings

                func Repeat(s string, count int) string
                func Contains(s, substr string) bool
                func Join(a []string, sep string) string
                func HasPrefix(s, prefix string) bool
                func HasSuffix(s, suffix string) bool
                func Index(s, substr string) int
                func ToUpper(s string) string
                func ToLower(s string) string
                func TrimSpace(s string) string
                func Split(s, sep string) []string
                """);
        p.sources.put("strconv", """
                package strconv

                func Itoa(i int) string
                """);
        return p;
    }

    /** This prelude plus (or with a replaced) package at import path {@code path}. */
    public Prelude with(String path, String goSource) {
        Prelude p = new Prelude();
        p.sources.putAll(sources);
        p.sources.put(path, goSource);
        return p;
    }

    /** The stub source of an import path, or null when the package is not available. */
    public String source(String path) {
        return sources.get(path);
    }
}
