/**
 * Internal: the text side of Go 1.7's runtime/pprof, public because gosim.pprof and
 * gosim.pprof.proto use it, not API. {@link gosim.pprof.text.TextProfiles} writes the legacy text
 * formats through Go's bufio.Writer and text/tabwriter (package-private here), {@link
 * gosim.pprof.text.GoSort} is sort.Sort step for step (its tie order shows in the profiles),
 * {@link gosim.pprof.text.GoFmt} the few fmt verbs used, {@link gosim.pprof.text.MemStatsView} the
 * heap profile's MemStats trailer and {@link gosim.pprof.text.StackDumper} runtime.Stack. Users get
 * profiles from {@link gosim.pprof.Pprof}.
 */
package gosim.pprof.text;
