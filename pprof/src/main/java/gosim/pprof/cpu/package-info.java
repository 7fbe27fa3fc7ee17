/**
 * The CPU profile: {@link gosim.pprof.cpu.CpuProfiler} (StartCPUProfile/StopCPUProfile, fed by the
 * kernel's virtual SIGPROF), and behind it (package-private) {@code CpuProfileBuffer}
 * (runtime/cpuprof.go's hash table and log) and the two encodings: {@code LegacyCpuProfile}
 * (Go 1.0-1.7 binary words plus MAPPED_LIBRARIES) and {@code CpuProfileProto} (profile.proto).
 */
package gosim.pprof.cpu;
