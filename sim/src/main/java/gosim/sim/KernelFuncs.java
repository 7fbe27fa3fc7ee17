package gosim.sim;

/**
 * Runtime and syscall functions on the paths that make threads, enter syscalls and sleep
 * (proc.go, time.go, syscall). Their lines appear in threadcreate and goroutine stacks. Go 1.7
 * rows follow go1.7's source where the line is printed in well-known tracebacks; the other rows
 * are approximations inside the right function of the right file.
 */
final class KernelFuncs {
    private KernelFuncs() {
    }

    static final FuncTable[] TABLE = {
        new FuncTable("runtime.newm", "runtime/proc.go", 1623, 1650, 2086, 2130),
        new FuncTable("runtime.startm", "runtime/proc.go", 1710, 1750, 2317, 2380),
        new FuncTable("runtime.handoffp", "runtime/proc.go", 1752, 1800, 2386, 2460),
        new FuncTable("runtime.wakep", "runtime/proc.go", 1803, 1812, 2466, 2480),
        new FuncTable("runtime.stoplockedm", "runtime/proc.go", 1814, 1840, 2485, 2510),
        new FuncTable("runtime.newproc", "runtime/proc.go", 2797, 2810, 4080, 4100),
        new FuncTable("runtime.ready", "runtime/proc.go", 548, 575, 848, 870),
        new FuncTable("runtime.goready", "runtime/proc.go", 270, 276, 364, 370),
        new FuncTable("runtime.retake", "runtime/proc.go", 3690, 3750, 5383, 5470),
        new FuncTable("runtime.sysmon", "runtime/proc.go", 3585, 3680, 5233, 5370),
        new FuncTable("runtime.mstart", "runtime/proc.go", 1081, 1110, 1400, 1420),
        new FuncTable("runtime.entersyscall", "runtime/proc.go", 2377, 2382, 3820, 3830),
        new FuncTable("runtime.entersyscallblock", "runtime/proc.go", 2420, 2460, 3868, 3910),
        new FuncTable("runtime.exitsyscall", "runtime/proc.go", 2472, 2540, 3925, 4010),
        new FuncTable("runtime.notetsleepg", "runtime/lock_futex.go", 208, 222, 223, 240),
        new FuncTable("runtime.timerproc", "runtime/time.go", 158, 220, 158, 220),
        new FuncTable("runtime.timeSleep", "runtime/time.go", 48, 62, 178, 210),
        new FuncTable("runtime.stopTheWorld", "runtime/proc.go", 885, 890, 1086, 1092),
        new FuncTable("runtime.startTheWorld", "runtime/proc.go", 893, 898, 1132, 1140),
        new FuncTable("runtime.startTheWorldWithSema", "runtime/proc.go", 980, 1050, 1234, 1310),
        new FuncTable("runtime.LockOSThread", "runtime/proc.go", 3036, 3040, 4460, 4476),
        new FuncTable("runtime.UnlockOSThread", "runtime/proc.go", 3058, 3062, 4510, 4520),
        new FuncTable("runtime.gopanic", "runtime/panic.go", 429, 510, 787, 860),
        new FuncTable("runtime.Stack", "runtime/mprof.go", 570, 600, 1220, 1250),
        new FuncTable("runtime.Goexit", "runtime/panic.go", 319, 355, 512, 560),
        new FuncTable("syscall.Syscall", "syscall/asm_linux_amd64.s", 18, 40, 18, 40),
        new FuncTable("syscall.Nanosleep", "syscall/zsyscall_linux_amd64.go", 498, 506, 534, 542),
        new FuncTable("time.Sleep", "runtime/time.go", 48, 62, 178, 200),
    };
}
