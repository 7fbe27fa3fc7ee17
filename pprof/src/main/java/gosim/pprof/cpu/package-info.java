/**
 * The CPU profile: {@link gosim.pprof.cpu.CpuProfiler} (StartCPUProfile/StopCPUProfile, fed by the
 * kernel's virtual SIGPROF), {@link gosim.pprof.cpu.CpuProfileBuffer} (runtime/cpuprof.go's hash
 * table and log), and its two encodings: {@link gosim.pprof.cpu.LegacyCpuProfile} (Go 1.0-1.7 binary
 * words plus MAPPED_LIBRARIES) and {@link gosim.pprof.cpu.CpuProfileProto} (profile.proto).
 */
package gosim.pprof.cpu;
