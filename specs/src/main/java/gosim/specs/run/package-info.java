/**
 * Runs a scenario on the simulator: {@link gosim.specs.run.Scenario} checks a program and runs it
 * as a simulated process (the embedding API the CLI and {@code gosim.specs.demo.EmbedExample}
 * use); its host, natives and stubs are package-private.
 */
package gosim.specs.run;
