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

//gosim:since 1.18
func (m *Mutex) TryLock() bool

type RWMutex struct {
	h uintptr
}

func (rw *RWMutex) Lock()

func (rw *RWMutex) Unlock()

func (rw *RWMutex) RLock()

func (rw *RWMutex) RUnlock()

//gosim:since 1.18
func (rw *RWMutex) TryLock() bool

//gosim:since 1.18
func (rw *RWMutex) TryRLock() bool

// RLocker is a Locker whose Lock and Unlock are rw's RLock and RUnlock (rwmutex.go RLocker).
func (rw *RWMutex) RLocker() Locker { return (*rlocker)(rw) }

type rlocker RWMutex

func (r *rlocker) Lock() { (*RWMutex)(r).RLock() }

func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

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

// Map keeps sync/map.go's API. Its operations need no lock here: the interpreter runs a goroutine
// without preemption between kernel primitives. Range visits keys in insertion order (Go's order is
// the map's, unspecified) so that runs are deterministic.
//
//gosim:since 1.9
type Map struct {
	m    map[interface{}]interface{}
	keys []interface{}
}

//gosim:since 1.9
func (m *Map) Load(key interface{}) (value interface{}, ok bool) {
	value, ok = m.m[key]
	return
}

//gosim:since 1.9
func (m *Map) Store(key, value interface{}) {
	if m.m == nil {
		m.m = make(map[interface{}]interface{})
	}
	if _, ok := m.m[key]; !ok {
		m.keys = append(m.keys, key)
	}
	m.m[key] = value
}

//gosim:since 1.9
func (m *Map) LoadOrStore(key, value interface{}) (actual interface{}, loaded bool) {
	if v, ok := m.m[key]; ok {
		return v, true
	}
	m.Store(key, value)
	return value, false
}

//gosim:since 1.15
func (m *Map) LoadAndDelete(key interface{}) (value interface{}, loaded bool) {
	value, loaded = m.m[key]
	if loaded {
		m.Delete(key)
	}
	return
}

//gosim:since 1.9
func (m *Map) Delete(key interface{}) {
	if _, ok := m.m[key]; !ok {
		return
	}
	delete(m.m, key)
	for i, k := range m.keys {
		if k == key {
			m.keys = append(m.keys[:i], m.keys[i+1:]...)
			break
		}
	}
}

//gosim:since 1.9
func (m *Map) Range(f func(key, value interface{}) bool) {
	keys := append([]interface{}(nil), m.keys...)
	for _, k := range keys {
		v, ok := m.m[k]
		if ok && !f(k, v) {
			break
		}
	}
}

// Pool keeps Go 1.7 pool.go's per-P shape for the one P a goroutine sees: Put fills the private
// slot first, then the shared list; Get takes the private slot, then the last shared one, then New.
// Garbage collections do not empty it (poolCleanup is not modeled).
type Pool struct {
	private interface{}
	shared  []interface{}
	New     func() interface{}
}

func (p *Pool) Put(x interface{}) {
	if x == nil {
		return
	}
	if p.private == nil {
		p.private = x
		return
	}
	p.shared = append(p.shared, x)
}

func (p *Pool) Get() interface{} {
	x := p.private
	p.private = nil
	if x == nil && len(p.shared) > 0 {
		last := len(p.shared) - 1
		x = p.shared[last]
		p.shared[last] = nil
		p.shared = p.shared[:last]
	}
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}
