package strconv

func Itoa(i int) string
