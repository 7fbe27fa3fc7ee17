package gosim.specs.realgo;

/**
 * Hand-written program outputs for the parser and comparison tests. REAL is assembled from real
 * Go 1.19.8 output of the corpus examples (leak, heapgc, block, syscalls, lockthread) and of
 * /work/shared/reference/go1.19-sample; SIM states the same facts the way the Go 1.7 model prints
 * them: other addresses, paths, goroutine ids and argument words, Go 1.7's sync frames and MemStats
 * trailer, other cycles, other runtime records and a different scheduling-dependent line.
 */
final class Samples {
    private Samples() {
    }

    static final String REAL = """
            order: 3 1 2
            ~got 25
            heap profile: 6: 4608 [9: 16800] @ heap/2
            4: 4096 [4: 4096] @ 0x4b3fa5 0x4b3f32 0x437452 0x461121
            #\t0x4b3fa4\tmain.keep+0xa4\t\t/tmp/gosim-realgo1/run3/prog.go:35
            #\t0x4b3f31\tmain.main+0x31\t\t/tmp/gosim-realgo1/run3/prog.go:60
            #\t0x437451\truntime.main+0x211\t/usr/lib/go-1.19/src/runtime/proc.go:250

            1: 416 [1: 416] @ 0x43f948 0x43fbfe 0x4b3f32 0x461121
            #\t0x4b3f31\tmain.main+0x31\t/tmp/gosim-realgo1/run3/prog.go:60

            1: 96 [1: 96] @ 0x4b3f46 0x4b3f32 0x437452 0x461121
            #\t0x4b3f45\tmain.keep+0x45\t\t/tmp/gosim-realgo1/run3/prog.go:33
            #\t0x4b3f31\tmain.main+0x31\t\t/tmp/gosim-realgo1/run3/prog.go:60
            #\t0x437451\truntime.main+0x211\t/usr/lib/go-1.19/src/runtime/proc.go:250

            0: 0 [3: 12288] @ 0x4b4025 0x4b3ffa 0x437452 0x461121
            #\t0x4b4024\tmain.garbage+0x124\t/tmp/gosim-realgo1/run3/prog.go:41
            #\t0x4b3ff9\tmain.main+0xf9\t\t/tmp/gosim-realgo1/run3/prog.go:61
            #\t0x437451\truntime.main+0x211\t/usr/lib/go-1.19/src/runtime/proc.go:250

            0: 0 [1: 208] @ 0x491985 0x46df52 0x4b3f16 0x437452 0x461121
            #\t0x491984\tfmt.glob..func1+0x24\t/usr/lib/go-1.19/src/fmt/print.go:132
            #\t0x46df51\tsync.(*Pool).Get+0xb1\t/usr/lib/go-1.19/src/sync/pool.go:151
            #\t0x4b3f15\tmain.main+0x75\t\t/tmp/gosim-realgo1/run3/prog.go:59
            #\t0x437451\truntime.main+0x211\t/usr/lib/go-1.19/src/runtime/proc.go:250


            # runtime.MemStats
            # Alloc = 67136
            # TotalAlloc = 68176
            # GCSys = 7923752
            # PauseNs = [21008 0 0]
            # NumGC = 1
            # NumForcedGC = 1
            # GCCPUFraction = 0.061700523491493534
            # DebugGC = false
            # MaxRSS = 2891776
            goroutine profile: total 5
            4 @ 0x437556 0x4053cc 0x404f7d 0x4b3f3a 0x460ec1
            #\t0x4b3f39\tmain.fetch.func1+0x59\t/tmp/gosim-realgo1/run3/prog.go:30

            1 @ 0x42d196 0x45c6a5 0x4aa595 0x4b40a7 0x437192 0x460ec1
            #\t0x45c6a4\truntime/pprof.runtime_goroutineProfileWithLabels+0x24\t/usr/lib/go-1.19/src/runtime/mprof.go:846
            #\t0x4aa594\truntime/pprof.writeRuntimeProfile+0xb4\t\t\t/usr/lib/go-1.19/src/runtime/pprof/pprof.go:723
            #\t0x4b40a6\tmain.main+0x146\t\t\t\t\t\t/tmp/gosim-realgo1/run3/prog.go:46
            #\t0x437191\truntime.main+0x211\t\t\t\t\t/usr/lib/go-1.19/src/runtime/proc.go:250

            --- contention:
            cycles/second=2596152469
            79953952 3 @ 0x4b41be 0x4b4197 0x4611c1
            #\t0x4b41bd\tsync.(*Mutex).Lock+0x7d\t/usr/lib/go-1.19/src/sync/mutex.go:90
            #\t0x4b4196\tmain.locker+0x56\t/tmp/gosim-realgo1/run3/prog.go:35

            292604 1 @ 0x46f072 0x4b44f1 0x437232 0x4611c1
            #\t0x46f071\tsync.(*WaitGroup).Wait+0x51\t/usr/lib/go-1.19/src/sync/waitgroup.go:139
            #\t0x4b44f0\tmain.main+0x150\t\t\t/tmp/gosim-realgo1/run3/prog.go:60
            #\t0x437231\truntime.main+0x211\t\t/usr/lib/go-1.19/src/runtime/proc.go:250

            threadcreate profile: total 7
            7 @
            #\t0x0

            goroutine 1 [running]:
            runtime/pprof.writeGoroutineStacks({0x4f8ed8, 0xc00009a008})
            \t/usr/lib/go-1.19/src/runtime/pprof/pprof.go:692 +0x70
            main.main()
            \t/tmp/gosim-realgo1/run3/prog.go:40 +0x11f

            goroutine 18 [chan receive, locked to thread]:
            main.pinned(0x0?, 0x0?)
            \t/tmp/gosim-realgo1/run3/prog.go:26 +0x45
            created by main.main
            \t/tmp/gosim-realgo1/run3/prog.go:36 +0x9f

            goroutine 19 [semacquire]:
            sync.runtime_SemacquireMutex(0x0?, 0x0?, 0x0?)
            \t/usr/lib/go-1.19/src/runtime/sema.go:77 +0x25
            sync.(*Mutex).lockSlow(0xc0000a2000)
            \t/usr/lib/go-1.19/src/sync/mutex.go:171 +0x165
            sync.(*Mutex).Lock(...)
            \t/usr/lib/go-1.19/src/sync/mutex.go:90
            main.main.func1()
            \t/tmp/gosim-realgo1/run3/prog.go:25 +0x45
            created by main.main
            \t/tmp/gosim-realgo1/run3/prog.go:24 +0xb1
            done
            """;

    static final String SIM = """
            order: 3 1 2
            ~got 49

            heap profile: 5: 4192 [8: 16384] @ heap/2
            4: 4096 [4: 4096] @ 0x401a35 0x401c10 0x42a1e0 0x456af1
            #\t0x401a34\tmain.keep+0x74\t\tprog.go:35
            #\t0x401c0f\tmain.main+0x2f\t\tprog.go:60
            #\t0x42a1df\truntime.main+0x1ff\t/usr/local/go/src/runtime/proc.go:183

            1: 96 [1: 96] @ 0x401a02 0x401c10 0x42a1e0 0x456af1
            #\t0x401a01\tmain.keep+0x41\t\tprog.go:33
            #\t0x401c0f\tmain.main+0x2f\t\tprog.go:60
            #\t0x42a1df\truntime.main+0x1ff\t/usr/local/go/src/runtime/proc.go:183

            0: 0 [3: 12288] @ 0x401b11 0x401c41 0x42a1e0 0x456af1
            #\t0x401b10\tmain.garbage+0x60\tprog.go:41
            #\t0x401c40\tmain.main+0x60\t\tprog.go:61
            #\t0x42a1df\truntime.main+0x1ff\t/usr/local/go/src/runtime/proc.go:183

            # runtime.MemStats
            # Alloc = 20480
            # TotalAlloc = 24576
            # PauseNs = [5000 0 0]
            # NumGC = 1
            # DebugGC = false
            goroutine profile: total 5
            1 @ 0x42c0a1 0x44e5b1 0x401e51 0x42a1e0 0x456af1
            #\t0x44e5b0\truntime/pprof.writeGoroutine+0x40\t/usr/local/go/src/runtime/pprof/pprof.go:579
            #\t0x401e50\tmain.main+0x130\t\t\tprog.go:46
            #\t0x42a1df\truntime.main+0x1ff\t\t/usr/local/go/src/runtime/proc.go:183

            4 @ 0x42b1aa 0x4048d1 0x401f01 0x456af1
            #\t0x401f00\tmain.fetch.func1+0x40\tprog.go:30

            --- contention:
            cycles/second=1000000000
            12000000 3 @ 0x45d0d1 0x401d31 0x456af1
            #\t0x45d0d0\tsync.(*Mutex).Lock+0xe0\t/usr/local/go/src/sync/mutex.go:85
            #\t0x401d30\tmain.locker+0x40\tprog.go:35

            5000 1 @ 0x45e121 0x401c71 0x42a1e0 0x456af1
            #\t0x45e120\tsync.(*WaitGroup).Wait+0x80\t/usr/local/go/src/sync/waitgroup.go:131
            #\t0x401c70\tmain.main+0x90\t\t\tprog.go:60
            #\t0x42a1df\truntime.main+0x1ff\t\t/usr/local/go/src/runtime/proc.go:183

            threadcreate profile: total 6
            1 @ 0x42e0a1 0x42e5b1 0x42f001 0x401c91 0x42a1e0 0x456af1
            #\t0x401c90\tmain.main+0xb0\t\tprog.go:37
            #\t0x42a1df\truntime.main+0x1ff\t/usr/local/go/src/runtime/proc.go:183

            5 @ 0x42e0a1 0x42e5b1 0x456af1
            #\t0x42e0a0\truntime.newm+0x40\t/usr/local/go/src/runtime/proc.go:1512
            #\t0x42e5b0\truntime.startm+0x90\t/usr/local/go/src/runtime/proc.go:1584

            goroutine 1 [running]:
            runtime/pprof.writeGoroutineStacks(0x4f1a00, 0xc42000e018, 0x0, 0x0)
            \t/usr/local/go/src/runtime/pprof/pprof.go:608 +0x74
            main.main()
            \tprog.go:40 +0x1b0

            goroutine 5 [chan receive, locked to thread]:
            main.pinned(0xc42001a0c0, 0xc42001a120)
            \tprog.go:26 +0x60
            created by main.main
            \tprog.go:36 +0x90

            goroutine 6 [semacquire]:
            sync.runtime_Semacquire(0xc42000e01c)
            \t/usr/local/go/src/runtime/sema.go:47 +0x30
            sync.(*Mutex).Lock(0xc42000e018)
            \t/usr/local/go/src/sync/mutex.go:85 +0xd0
            main.main.func1(0xc42000e018)
            \tprog.go:25 +0x2f
            created by main.main
            \tprog.go:24 +0x70

            done
            """;
}
