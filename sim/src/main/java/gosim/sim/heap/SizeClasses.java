package gosim.sim.heap;

import gosim.sim.GoVersion;

/**
 * malloc's size classes: models go1.7 runtime/msize.go (initSizes, sizeToClass, roundupsize) and,
 * for the Go 1.19 dialect, go1.19 runtime/sizeclasses.go (class_to_size, class_to_allocnpages) with
 * msize.go's roundupsize.
 *
 * <p>Go 1.7 has no generated table (sizeclasses.go arrived in Go 1.8, with different classes): it
 * computes class_to_size, class_to_allocnpages and the two size_to_class lookup arrays at start-up
 * in initSizes. {@link #GO1_7} performs the same computation, including Go's own consistency check
 * that exactly {@link #NUM_SIZE_CLASSES} classes come out. {@link #GO1_19} holds go1.19's generated
 * table (68 classes, with a 24-byte class 1.7 lacks); its lookup arrays are derived from the table
 * (the smallest class that holds the size), which is what mksizeclasses.go generates.
 *
 * <p>The static methods are Go 1.7's; {@link #forVersion} gives a dialect's table.
 */
public final class SizeClasses {
    /** _NumSizeClasses of Go 1.7 (class 0 means "not small"). */
    public static final int NUM_SIZE_CLASSES = 67;
    /** _MaxSmallSize: larger objects get their own span of whole pages (both releases). */
    public static final int MAX_SMALL_SIZE = 32 << 10;
    /** _PageShift: the heap's page is 8 KiB. */
    public static final int PAGE_SHIFT = 13;
    /** _PageSize. */
    public static final int PAGE_SIZE = 1 << PAGE_SHIFT;
    /** Sizes up to this many bytes are looked up in 8-byte steps, larger ones in 128-byte steps. */
    private static final int SMALL_LOOKUP_LIMIT = 1024;

    /** go1.19 sizeclasses.go:93 class_to_size (_NumSizeClasses = 68, sizeclasses.go:89). */
    private static final int[] GO119_CLASS_TO_SIZE = {0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160,
        176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152,
        1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192,
        9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
        32768};
    /** go1.19 sizeclasses.go:94 class_to_allocnpages. */
    private static final int[] GO119_CLASS_TO_ALLOCNPAGES = {0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7,
        6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4};

    /** Go 1.7's classes, computed by initSizes. */
    public static final SizeClasses GO1_7 = go17();
    /** Go 1.19's generated classes. */
    public static final SizeClasses GO1_19 = new SizeClasses(GO119_CLASS_TO_SIZE, GO119_CLASS_TO_ALLOCNPAGES);

    private final int[] classToSize;
    private final int[] classToAllocnpages;
    private final byte[] sizeToClass8 = new byte[SMALL_LOOKUP_LIMIT / 8 + 1];
    private final byte[] sizeToClass128 = new byte[(MAX_SMALL_SIZE - SMALL_LOOKUP_LIMIT) / 128 + 1];

    private SizeClasses(int[] classToSize, int[] classToAllocnpages) {
        if (classToSize.length != classToAllocnpages.length) {
            throw new IllegalStateException("size class tables differ in length");
        }
        this.classToSize = classToSize;
        this.classToAllocnpages = classToAllocnpages;
        fillLookups();
    }

    /** The size classes of release {@code v}: Go 1.7's up to 1.7, go1.19's table for the 1.19 dialect. */
    public static SizeClasses forVersion(GoVersion v) {
        return v.atLeast(8) ? GO1_19 : GO1_7;
    }

    private static SizeClasses go17() {
        int[] size = new int[NUM_SIZE_CLASSES];
        int[] npages = new int[NUM_SIZE_CLASSES];
        initSizes(size, npages);
        return new SizeClasses(size, npages);
    }

    /**
     * initSizes: walks candidate sizes with a growing alignment, gives each the smallest page
     * count that wastes at most 1/8 of the span, and merges a size into the previous class when
     * both use the same pages and fit the same number of objects.
     */
    private static void initSizes(int[] CLASS_TO_SIZE, int[] CLASS_TO_ALLOCNPAGES) {
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
    }

    /** initSizes' second half: size_to_class8 and size_to_class128 from class_to_size. */
    private void fillLookups() {
        int nextsize = 0;
        for (int sizeclass = 1; sizeclass < classToSize.length; sizeclass++) {
            for (; nextsize < SMALL_LOOKUP_LIMIT && nextsize <= classToSize[sizeclass]; nextsize += 8) {
                sizeToClass8[nextsize / 8] = (byte) sizeclass;
            }
            if (nextsize >= SMALL_LOOKUP_LIMIT) {
                for (; nextsize <= classToSize[sizeclass]; nextsize += 128) {
                    sizeToClass128[(nextsize - SMALL_LOOKUP_LIMIT) / 128] = (byte) sizeclass;
                }
            }
        }
    }

    /** _NumSizeClasses of this release (class 0 included). */
    public int numClasses() {
        return classToSize.length;
    }

    /** size_to_class8 / size_to_class128: the class of a small size 0..MAX_SMALL_SIZE. */
    public int sizeClass(long size) {
        if (size < 0 || size > MAX_SMALL_SIZE) {
            throw new IllegalArgumentException("SizeToClass - invalid size " + size);
        }
        if (size > SMALL_LOOKUP_LIMIT - 8) {
            return sizeToClass128[(int) (size - SMALL_LOOKUP_LIMIT + 127) >> 7];
        }
        return sizeToClass8[(int) (size + 7) >> 3];
    }

    /** class_to_size[c]: the largest (and allocated) size of class c. */
    public int classSize(int sizeclass) {
        return classToSize[sizeclass];
    }

    /** class_to_allocnpages[c]: pages in one span of class c. */
    public int classPages(int sizeclass) {
        return classToAllocnpages[sizeclass];
    }

    /** Objects that one span of class c holds. */
    public int objectsIn(int sizeclass) {
        return classToAllocnpages[sizeclass] * PAGE_SIZE / classToSize[sizeclass];
    }

    /**
     * roundupsize (msize.go, the same in both releases): the block size mallocgc allocates for a
     * request of {@code size} bytes; sizes of MAX_SMALL_SIZE and above are rounded up to whole
     * pages (and left alone on overflow, as Go).
     */
    public long roundUp(long size) {
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + size);
        }
        if (size < MAX_SMALL_SIZE) {
            return classToSize[sizeClass(size)];
        }
        if (size + PAGE_SIZE < size) {
            return size;
        }
        return roundPages(size) * PAGE_SIZE;
    }

    /** Go 1.7's {@link #sizeClass}. */
    public static int sizeToClass(long size) {
        return GO1_7.sizeClass(size);
    }

    /** Go 1.7's {@link #classSize}. */
    public static int classToSize(int sizeclass) {
        return GO1_7.classSize(sizeclass);
    }

    /** Go 1.7's {@link #classPages}. */
    public static int classToAllocnpages(int sizeclass) {
        return GO1_7.classPages(sizeclass);
    }

    /** Go 1.7's {@link #objectsIn}. */
    public static int objectsPerSpan(int sizeclass) {
        return GO1_7.objectsIn(sizeclass);
    }

    /** Go 1.7's {@link #roundUp}. */
    public static long roundupsize(long size) {
        return GO1_7.roundUp(size);
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
