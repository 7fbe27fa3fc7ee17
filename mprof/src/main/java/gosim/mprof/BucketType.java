package gosim.mprof;

/** bucketType of mprof.go: which profile a bucket belongs to. */
enum BucketType {
    /** memProfile: heap allocation sites, with the three-stage statistics. */
    MPROF,
    /** blockProfile: blocking sites, with a count and total cycles. */
    BPROF
}
