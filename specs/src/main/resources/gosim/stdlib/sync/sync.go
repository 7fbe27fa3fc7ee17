package sync

type Locker interface {
	Lock()
	Unlock()
}

type Mutex struct {
	h uintptr
}

func (m *Mutex) Lock()

func (m *Mutex) Unlock()

type RWMutex struct {
	h uintptr
}

func (rw *RWMutex) Lock()

func (rw *RWMutex) Unlock()

func (rw *RWMutex) RLock()

func (rw *RWMutex) RUnlock()

type WaitGroup struct {
	h uintptr
}

func (wg *WaitGroup) Add(delta int)

func (wg *WaitGroup) Done()

func (wg *WaitGroup) Wait()

// Once runs f the first time Do is called, holding m so that later callers wait for it.
type Once struct {
	m    Mutex
	done bool
}

func (o *Once) Do(f func()) {
	if o.done {
		return
	}
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done {
		defer o.finish()
		f()
	}
}

func (o *Once) finish() { o.done = true }

// Cond keeps Go 1.7's shape: a ticket from the notify list, then L is unlocked while waiting.
type Cond struct {
	L Locker
	h uintptr
}

func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

func (c *Cond) Wait() {
	t := runtime_notifyListAdd(c)
	c.L.Unlock()
	runtime_notifyListWait(c, t)
	c.L.Lock()
}

func (c *Cond) Signal()

func (c *Cond) Broadcast()

func runtime_notifyListAdd(c *Cond) uint32

func runtime_notifyListWait(c *Cond, t uint32)
