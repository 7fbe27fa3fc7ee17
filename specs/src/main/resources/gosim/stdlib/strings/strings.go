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
