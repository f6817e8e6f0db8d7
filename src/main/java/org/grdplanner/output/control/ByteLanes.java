package org.grdplanner.output.control;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Tests eight bytes of an array at a time, each byte a lane of one {@code long} (SWAR), for the scans that touch
 * every byte of a flood. A test returns flags, the high bit of each matching lane; only the lowest flag is exact
 * (a borrow can raise flags above it), which is all a scan needs to find the first match.
 */
public final class ByteLanes {

    public static final int WIDTH = Long.BYTES;

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101_0101_0101_0101L;
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

    private ByteLanes() {
    }

    /** The eight bytes from {@code index}, the first in the lowest lane. */
    public static long word(byte[] bytes, int index) {
        return (long) WORDS.get(bytes, index);
    }

    public static long equalTo(long word, int value) {
        long difference = word ^ (ONES * value);
        return (difference - ONES) & ~difference & HIGH_BITS;
    }

    /** Lanes whose byte, unsigned, is below {@code bound}, which is at most 0x80. */
    public static long below(long word, int bound) {
        return (word - ONES * bound) & ~word & HIGH_BITS;
    }

    public static long nonAscii(long word) {
        return word & HIGH_BITS;
    }

    /** The index within the word of the lowest flagged lane; flags must not be 0. */
    public static int firstLane(long flags) {
        return Long.numberOfTrailingZeros(flags) >>> 3;
    }

    /** The index of the first {@code value} in {@code bytes[from, to)}, or -1. */
    public static int indexOf(byte[] bytes, byte value, int from, int to) {
        int i = from;
        for (; i <= to - WIDTH; i += WIDTH) {
            long flags = equalTo(word(bytes, i), value & 0xFF);
            if (flags != 0) {
                return i + firstLane(flags);
            }
        }
        for (; i < to; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
