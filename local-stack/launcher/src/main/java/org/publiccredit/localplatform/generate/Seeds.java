package org.publiccredit.localplatform.generate;

import java.util.SplittableRandom;

/** Derives independent random streams from (seed, purpose, index), so that rows are pure functions. */
final class Seeds {

    private Seeds() {
    }

    /** SplitMix64 finaliser: a good 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long derive(long seed, long purpose, long index) {
        return mix(mix(seed * 0x9E3779B97F4A7C15L + purpose) + index);
    }

    static SplittableRandom random(long seed, long purpose, long index) {
        return new SplittableRandom(derive(seed, purpose, index));
    }

    /** A stable purpose number for a name, e.g. a category id. */
    static long purpose(String name) {
        long h = 1125899906842597L;
        for (int i = 0; i < name.length(); i++) {
            h = 31 * h + name.charAt(i);
        }
        return mix(h);
    }
}
