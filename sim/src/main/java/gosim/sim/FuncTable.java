package gosim.sim;

/**
 * One row of a runtime or standard-library function table: where the function sits in a Go
 * release's source (file under GOROOT/src, first and last line), for Go 1.7 and for Go 1.19.
 * Lines are those of the release's source where known; rows say when they are approximations.
 */
record FuncTable(String name, String file, int start17, int end17, int start19, int end19, String file19) {
    /** A function in the same file in both releases. */
    FuncTable(String name, String file, int start17, int end17, int start19, int end19) {
        this(name, file, start17, end17, start19, end19, file);
    }

    /** The file under GOROOT/src in release v (runtime.mstart moved from proc.go to asm_amd64.s). */
    public String file(GoVersion v) {
        return v.atLeast(19) ? file19 : file;
    }

    public int start(GoVersion v) {
        return v.atLeast(19) ? start19 : start17;
    }

    public int end(GoVersion v) {
        return v.atLeast(19) ? end19 : end17;
    }
}
