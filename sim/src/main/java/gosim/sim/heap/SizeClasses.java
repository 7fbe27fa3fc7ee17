package gosim.sim.heap;

/**
 * Go 1.7's malloc size classes: models runtime/msize.go (initSizes, sizeToClass, roundupsize).
 *
 * <p>Go 1.7 has no generated table (sizeclasses.go arrived in Go 1.8, with different classes): it
 * computes class_to_size, class_to_allocnpages and the two size_to_class lookup arrays at start-up
 * in initSizes. This class performs the same computation in its static initializer, including Go's
 * own consistency check that exactly {@link #NUM_SIZE_CLASSES} classes come out.
 */
public final class SizeClasses {
    /** _NumSizeClasses of Go 1.7 (class 0 means "not small"). */
    public static final int NUM_SIZE_CLASSES = 67;
    /** _MaxSmallSize: larger objects get their own span of whole pages. */
    public static final int MAX_SMALL_SIZE = 32 << 10;
    /** _PageShift: the heap's page is 8 KiB. */
    public static final int PAGE_SHIFT = 13;
    /** _PageSize. */
    public static final int PAGE_SIZE = 1 << PAGE_SHIFT;
    /** Sizes up to this many bytes are looked up in 8-byte steps, larger ones in 128-byte steps. */
    private static final int SMALL_LOOKUP_LIMIT = 1024;

    private static final int[] CLASS_TO_SIZE = new int[NUM_SIZE_CLASSES];
    private static final int[] CLASS_TO_ALLOCNPAGES = new int[NUM_SIZE_CLASSES];
    private static final byte[] SIZE_TO_CLASS8 = new byte[SMALL_LOOKUP_LIMIT / 8 + 1];
    private static final byte[] SIZE_TO_CLASS128 = new byte[(MAX_SMALL_SIZE - SMALL_LOOKUP_LIMIT) / 128 + 1];

    static {
        initSizes();
    }

    private SizeClasses() {
    }

    /**
     * initSizes: walks candidate sizes with a growing alignment, gives each the smallest page
     * count that wastes at most 1/8 of the span, and merges a size into the previous class when
     * both use the same pages and fit the same number of objects.
     */
    private static void initSizes() {
        int sizeclass = 1;
        int align = 8;
        for (int size = align; size <= MAX_SMALL_SIZE; size += align) {
            if ((size & (size - 1)) == 0) { // alignment grows at powers of two
                if (size >= 2048) {
                    align = 256;
                } else if (size >= 128) {
                    align = size / 8;
                } else if (size >= 16) {
                    align = 16;
                }
            }
            if ((align & (align - 1)) != 0) {
                throw new IllegalStateException("InitSizes - bug: alignment " + align);
            }
            int allocsize = PAGE_SIZE;
            while (allocsize % size > allocsize / 8) {
                allocsize += PAGE_SIZE;
            }
            int npages = allocsize >> PAGE_SHIFT;
            if (sizeclass > 1 && npages == CLASS_TO_ALLOCNPAGES[sizeclass - 1]
                    && allocsize / size == allocsize / CLASS_TO_SIZE[sizeclass - 1]) {
                CLASS_TO_SIZE[sizeclass - 1] = size;
                continue;
            }
            if (sizeclass >= NUM_SIZE_CLASSES) {
                throw new IllegalStateException("InitSizes - bad NumSizeClasses: more than " + NUM_SIZE_CLASSES);
            }
            CLASS_TO_ALLOCNPAGES[sizeclass] = npages;
            CLASS_TO_SIZE[sizeclass] = size;
            sizeclass++;
        }
        if (sizeclass != NUM_SIZE_CLASSES) {
            throw new IllegalStateException("InitSizes - bad NumSizeClasses: sizeclass=" + sizeclass);
        }
        int nextsize = 0;
        for (sizeclass = 1; sizeclass < NUM_SIZE_CLASSES; sizeclass++) {
            for (; nextsize < SMALL_LOOKUP_LIMIT && nextsize <= CLASS_TO_SIZE[sizeclass]; nextsize += 8) {
                SIZE_TO_CLASS8[nextsize / 8] = (byte) sizeclass;
            }
            if (nextsize >= SMALL_LOOKUP_LIMIT) {
                for (; nextsize <= CLASS_TO_SIZE[sizeclass]; nextsize += 128) {
                    SIZE_TO_CLASS128[(nextsize - SMALL_LOOKUP_LIMIT) / 128] = (byte) sizeclass;
                }
            }
        }
    }

    /** sizeToClass: the class of a small size 0..MAX_SMALL_SIZE. */
    public static int sizeToClass(long size) {
        if (size < 0 || size > MAX_SMALL_SIZE) {
            throw new IllegalArgumentException("SizeToClass - invalid size " + size);
        }
        if (size > SMALL_LOOKUP_LIMIT - 8) {
            return SIZE_TO_CLASS128[(int) (size - SMALL_LOOKUP_LIMIT + 127) >> 7];
        }
        return SIZE_TO_CLASS8[(int) (size + 7) >> 3];
    }

    /** class_to_size[c]: the largest (and allocated) size of class c. */
    public static int classToSize(int sizeclass) {
        return CLASS_TO_SIZE[sizeclass];
    }

    /** class_to_allocnpages[c]: pages in one span of class c. */
    public static int classToAllocnpages(int sizeclass) {
        return CLASS_TO_ALLOCNPAGES[sizeclass];
    }

    /** Objects that one span of class c holds. */
    public static int objectsPerSpan(int sizeclass) {
        return CLASS_TO_ALLOCNPAGES[sizeclass] * PAGE_SIZE / CLASS_TO_SIZE[sizeclass];
    }

    /**
     * roundupsize: the block size mallocgc allocates for a request of {@code size} bytes; sizes
     * of MAX_SMALL_SIZE and above are rounded up to whole pages (and left alone on overflow, as Go).
     */
    public static long roundupsize(long size) {
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + size);
        }
        if (size < MAX_SMALL_SIZE) {
            return CLASS_TO_SIZE[sizeToClass(size)];
        }
        if (size + PAGE_SIZE < size) {
            return size;
        }
        return roundPages(size) * PAGE_SIZE;
    }

    /** Pages needed for a large object of {@code size} bytes (largeAlloc's npages). */
    public static long roundPages(long size) {
        long npages = size >>> PAGE_SHIFT;
        if ((size & (PAGE_SIZE - 1)) != 0) {
            npages++;
        }
        return npages;
    }
}
