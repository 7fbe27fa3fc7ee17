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
