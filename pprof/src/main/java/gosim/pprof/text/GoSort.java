package gosim.pprof.text;

import java.util.List;
import java.util.Objects;

/**
 * Go 1.7's sort.Sort (sort/sort.go: Sort, quickSort, doPivot, medianOfThree, heapSort,
 * insertionSort). Go's sort is not stable: records that compare equal come out in an order fixed
 * by the algorithm, and pprof's heap and block profiles print ties in that order, so the model
 * reproduces the algorithm step for step rather than using a JDK sort.
 */
public final class GoSort {
    /** Slices of at most this many elements skip quicksort (ShellSort pass + insertion sort). */
    static final int SMALL = 12;
    /** Gap of the single ShellSort pass made over small slices. */
    static final int SHELL_GAP = 6;
    /** Above this many elements the pivot is Tukey's ninther instead of a median of three. */
    static final int NINTHER_THRESHOLD = 40;

    private GoSort() {
    }

    /** sort.Interface: a collection sorted by index. */
    public interface Interface {
        int len();

        /** Reports whether element i must sort before element j (a strict order). */
        boolean less(int i, int j);

        void swap(int i, int j);
    }

    /** A strict "sorts before" predicate on elements, as the Less of a Go slice type. */
    @FunctionalInterface
    public interface Less<T> {
        boolean less(T a, T b);
    }

    /** sort.Sort: sorts {@code data} with Go 1.7's unstable introsort. */
    public static void sort(Interface data) {
        int n = data.len();
        // Heapsort takes over once recursion is 2*ceil(lg(n+1)) deep.
        int maxDepth = 0;
        for (int i = n; i > 0; i >>= 1) {
            maxDepth++;
        }
        maxDepth *= 2;
        quickSort(data, 0, n, maxDepth);
    }

    /** sort.Sort over a mutable list, elements ordered by {@code less}. */
    public static <T> void sort(List<T> list, Less<? super T> less) {
        Objects.requireNonNull(less);
        sort(new Interface() {
            @Override
            public int len() {
                return list.size();
            }

            @Override
            public boolean less(int i, int j) {
                return less.less(list.get(i), list.get(j));
            }

            @Override
            public void swap(int i, int j) {
                list.set(i, list.set(j, list.get(i)));
            }
        });
    }

    /** sort.IsSorted. */
    public static boolean isSorted(Interface data) {
        for (int i = data.len() - 1; i > 0; i--) {
            if (data.less(i, i - 1)) {
                return false;
            }
        }
        return true;
    }

    static void insertionSort(Interface data, int a, int b) {
        for (int i = a + 1; i < b; i++) {
            for (int j = i; j > a && data.less(j, j - 1); j--) {
                data.swap(j, j - 1);
            }
        }
    }

    /** Restores the heap property of data[first+lo, first+hi) below {@code lo}. */
    static void siftDown(Interface data, int lo, int hi, int first) {
        int root = lo;
        while (true) {
            int child = 2 * root + 1;
            if (child >= hi) {
                return;
            }
            if (child + 1 < hi && data.less(first + child, first + child + 1)) {
                child++;
            }
            if (!data.less(first + root, first + child)) {
                return;
            }
            data.swap(first + root, first + child);
            root = child;
        }
    }

    static void heapSort(Interface data, int a, int b) {
        int first = a;
        int hi = b - a;
        for (int i = (hi - 1) / 2; i >= 0; i--) {
            siftDown(data, i, hi, first);
        }
        for (int i = hi - 1; i >= 0; i--) {
            data.swap(first, first + i);
            siftDown(data, 0, i, first);
        }
    }

    /** Leaves the median of data[m0], data[m1], data[m2] in data[m1] (note the argument order). */
    static void medianOfThree(Interface data, int m1, int m0, int m2) {
        if (data.less(m1, m0)) {
            data.swap(m1, m0);
        }
        if (data.less(m2, m1)) {
            data.swap(m2, m1);
            if (data.less(m1, m0)) {
                data.swap(m1, m0);
            }
        }
    }

    /**
     * Partitions data[lo, hi) around a pivot (Bentley-McIlroy style, with Go's extra pass that
     * gathers elements equal to the pivot when the input looks duplicate-heavy). Returns
     * {midlo, midhi}: data[lo, midlo) sorts before the pivot, data[midhi, hi) after it.
     */
    static int[] doPivot(Interface data, int lo, int hi) {
        int m = lo + (hi - lo) / 2;
        if (hi - lo > NINTHER_THRESHOLD) {
            int s = (hi - lo) / 8;
            medianOfThree(data, lo, lo + s, lo + 2 * s);
            medianOfThree(data, m, m - s, m + s);
            medianOfThree(data, hi - 1, hi - 1 - s, hi - 1 - 2 * s);
        }
        medianOfThree(data, lo, m, hi - 1);

        // data[lo] is the pivot; [lo+1, a) < pivot; [a, b) <= pivot; [b, c) unexamined;
        // [c, hi-1) > pivot; data[hi-1] >= pivot.
        int pivot = lo;
        int a = lo + 1;
        int c = hi - 1;
        while (a < c && data.less(a, pivot)) {
            a++;
        }
        int b = a;
        while (true) {
            while (b < c && !data.less(pivot, b)) {
                b++;
            }
            while (b < c && data.less(pivot, c - 1)) {
                c--;
            }
            if (b >= c) {
                break;
            }
            data.swap(b, c - 1);
            b++;
            c--;
        }
        // Few elements above the pivot means duplicates (a property of the ninther).
        boolean protect = hi - c < 5;
        if (!protect && hi - c < (hi - lo) / 4) {
            int dups = 0;
            if (!data.less(pivot, hi - 1)) {
                data.swap(c, hi - 1);
                c++;
                dups++;
            }
            if (!data.less(b - 1, pivot)) {
                b--;
                dups++;
            }
            if (!data.less(m, pivot)) {
                data.swap(m, b - 1);
                b--;
                dups++;
            }
            protect = dups > 1;
        }
        if (protect) {
            // Move everything equal to the pivot into [b, c).
            while (true) {
                while (a < b && !data.less(b - 1, pivot)) {
                    b--;
                }
                while (a < b && data.less(a, pivot)) {
                    a++;
                }
                if (a >= b) {
                    break;
                }
                data.swap(a, b - 1);
                a++;
                b--;
            }
        }
        data.swap(pivot, b - 1);
        return new int[] {b - 1, c};
    }

    static void quickSort(Interface data, int a, int b, int maxDepth) {
        while (b - a > SMALL) {
            if (maxDepth == 0) {
                heapSort(data, a, b);
                return;
            }
            maxDepth--;
            int[] mid = doPivot(data, a, b);
            int mlo = mid[0];
            int mhi = mid[1];
            // Recurse into the smaller side, loop on the larger: depth stays O(log n).
            if (mlo - a < b - mhi) {
                quickSort(data, a, mlo, maxDepth);
                a = mhi;
            } else {
                quickSort(data, mhi, b, maxDepth);
                b = mlo;
            }
        }
        if (b - a > 1) {
            // One ShellSort pass with gap 6 (enough for at most 12 elements), then insertion sort.
            for (int i = a + SHELL_GAP; i < b; i++) {
                if (data.less(i, i - SHELL_GAP)) {
                    data.swap(i, i - SHELL_GAP);
                }
            }
            insertionSort(data, a, b);
        }
    }
}
