package gosim.pprof.proto;

import gosim.sim.Symtab;

/**
 * The simulated executable's text segment as the one memory mapping of the process: what Go reads
 * from /proc/self/maps (Go 1.7 pprof.go profileWriter copies it after a CPU profile; Go 1.8+'s
 * proto.go turns it into Profile.mapping).
 *
 * <p>The segment runs from {@link Symtab#TEXT_START} to the symbol table's text end rounded up to a
 * page, as the kernel reports mappings in whole pages. A linux/amd64 Go binary is loaded at
 * {@link #ELF_BASE} with its headers at file offset 0, so the text at TEXT_START sits at file offset
 * {@code TEXT_START - ELF_BASE}.
 *
 * @param start first address of the mapping (page aligned)
 * @param limit one past the last address (page aligned, greater than start)
 * @param fileOffset offset in the executable of the byte mapped at start
 * @param file path of the executable as the kernel would print it
 */
public record TextSegment(long start, long limit, long fileOffset, String file) {
    /** Page size of linux/amd64: mappings start and end on page boundaries. */
    public static final long PAGE_SIZE = 4096;
    /** Load address of a non-PIE linux/amd64 Go executable (the ELF headers' page). */
    public static final long ELF_BASE = 0x400000L;
    /** Column at which the kernel's show_map_vma starts the path (pads with spaces up to it). */
    static final int MAPS_PATH_COLUMN = 73;

    public TextSegment {
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("text segment needs the executable's file name, got \""
                    + file + "\"");
        }
        if (file.indexOf('\n') >= 0 || file.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("executable file name must be one line: " + file.strip());
        }
        if (start % PAGE_SIZE != 0 || limit % PAGE_SIZE != 0 || Long.compareUnsigned(limit, start) <= 0) {
            throw new IllegalArgumentException(String.format(
                    "mapping %#x-%#x must be a non-empty range of whole pages", start, limit));
        }
        if (fileOffset < 0) {
            throw new IllegalArgumentException("negative file offset " + fileOffset);
        }
    }

    /** The text segment of {@code symtab} as the executable {@code file}. */
    public static TextSegment of(Symtab symtab, String file) {
        long end = Math.max(symtab.textEnd(), Symtab.TEXT_START + 1);
        long limit = (end + PAGE_SIZE - 1) & -PAGE_SIZE;
        return new TextSegment(Symtab.TEXT_START, limit, Symtab.TEXT_START - ELF_BASE, file);
    }

    /** True when {@code addr} lies in the mapping. */
    public boolean contains(long addr) {
        return Long.compareUnsigned(addr, start) >= 0 && Long.compareUnsigned(addr, limit) < 0;
    }

    /**
     * The mapping as one line of /proc/self/maps, newline included:
     * {@code "%08x-%08x r-xp %08x 00:00 0"} padded with spaces to column 73, then the path.
     * Device 00:00 and inode 0 because the simulated file lives on no device (and host values
     * would break determinism); google/pprof's legacy parser ignores both.
     */
    public String procMapsLine() {
        StringBuilder sb = new StringBuilder(String.format("%08x-%08x r-xp %08x 00:00 0", start, limit, fileOffset));
        do {
            sb.append(' ');
        } while (sb.length() < MAPS_PATH_COLUMN);
        return sb.append(file).append('\n').toString();
    }
}
