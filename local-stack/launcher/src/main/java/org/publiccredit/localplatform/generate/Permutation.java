package org.publiccredit.localplatform.generate;

/**
 * A keyed pseudo-random bijection on [0, size): a balanced Feistel network over the next even
 * power of two, with cycle-walking back into range. It turns row indexes into identifier space
 * without collisions and without remembering anything.
 */
final class Permutation {

    private static final int ROUNDS = 4;

    private final long size;
    private final long key;
    private final int halfBits;
    private final long halfMask;

    Permutation(long size, long key) {
        if (size < 2) {
            throw new IllegalArgumentException("size must be at least 2");
        }
        this.size = size;
        this.key = key;
        int bits = 64 - Long.numberOfLeadingZeros(size - 1);
        this.halfBits = (bits + 1) / 2;
        this.halfMask = (1L << halfBits) - 1;
    }

    long apply(long index) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("index out of range");
        }
        long value = index;
        do {
            value = encrypt(value);
        } while (value >= size);
        return value;
    }

    private long encrypt(long value) {
        long left = value >>> halfBits;
        long right = value & halfMask;
        for (int round = 0; round < ROUNDS; round++) {
            long next = left ^ (Seeds.mix(key + round * 0x9E3779B97F4A7C15L + right) & halfMask);
            left = right;
            right = next;
        }
        return (left << halfBits) | right;
    }
}
