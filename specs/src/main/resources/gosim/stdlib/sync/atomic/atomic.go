package atomic

func AddInt64(addr *int64, delta int64) (new int64)

func LoadInt64(addr *int64) (val int64)

func StoreInt64(addr *int64, val int64)

func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)

func AddInt32(addr *int32, delta int32) (new int32)

func LoadInt32(addr *int32) (val int32)

func StoreInt32(addr *int32, val int32)
