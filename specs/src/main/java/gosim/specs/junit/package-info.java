/**
 * Deterministic tests of Java code from JUnit 5: a {@link gosim.specs.junit.GoTest} method runs as
 * the main goroutine of a fresh {@link gosim.sim.GoRuntime}, once per seed and GOMAXPROCS; a
 * failure anywhere is reported as a {@link gosim.specs.junit.GoTestFailure} with the goroutine
 * dump and a replay line. A test may take a {@link gosim.specs.junit.GoTestRun} or the runtime as
 * a parameter.
 */
package gosim.specs.junit;
