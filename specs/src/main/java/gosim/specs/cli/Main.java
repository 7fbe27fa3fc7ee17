package gosim.specs.cli;

import java.io.PrintStream;
import java.util.Arrays;

/** The {@code gosim} command line: dispatches to one subcommand, prints usage on misuse (exit 2). */
public final class Main {
    public static final String VERSION = "gosim 0.1.0 (models go1.7)";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the CLI and returns the process exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            usage(err);
            return 2;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "version", "-version", "--version" -> {
                out.println(VERSION);
                return 0;
            }
            case "demo" -> {
                gosim.specs.demo.EmbedExample.main(rest);
                return 0;
            }
            case "bench" -> {
                return Benchmarks.run(rest, out, err);
            }
            case "help", "-h", "-help", "--help" -> {
                usage(out);
                return 0;
            }
            default -> {
                err.println("gosim: unknown command \"" + args[0] + "\"");
                usage(err);
                return 2;
            }
        }
    }

    static void usage(PrintStream w) {
        w.print("""
                gosim: a deterministic simulation of the Go 1.7 runtime

                Usage:
                    gosim <command> [arguments]

                Commands:
                    version    print the gosim version
                    bench      run the benchmarks, beside real Go when go is installed
                    demo       run the README's embedding example
                    help       print this help

                """);
    }
}
