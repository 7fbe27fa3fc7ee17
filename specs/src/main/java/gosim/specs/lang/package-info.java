/**
 * Internal: the interpreter of the Go subset that scenarios are written in (lexer, parser, type
 * checker, compiler to closures, run-time support and the Go-source standard library), public
 * only because gosim.specs.run and gosim.specs.cli drive it. Not API: it changes with every
 * release. Programs are checked and run through {@link gosim.specs.run.Scenario}.
 */
package gosim.specs.lang;
