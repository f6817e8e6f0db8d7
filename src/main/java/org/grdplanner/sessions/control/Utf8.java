package org.grdplanner.sessions.control;

public final class Utf8 {

    private Utf8() {
    }

    /** The length of the longest prefix of {@code bytes[0, length)} that does not end inside a UTF-8 sequence. */
    public static int completePrefix(byte[] bytes, int from, int length) {
        int end = from + length;
        int lookback = Math.max(from, end - 3);
        for (int i = end - 1; i >= lookback; i--) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80 || b >= 0xF8) {
                return length;
            }
            if (b >= 0xC0) {
                int needed = sequenceLength(b);
                return end - i >= needed ? length : i - from;
            }
        }
        return length;
    }

    /** How many bytes to skip from {@code from} so that a slice starts on a sequence, never inside one. */
    public static int continuationBytesAt(byte[] bytes, int from, int length) {
        int skipped = 0;
        while (skipped < Math.min(length, 3) && isContinuation(bytes[from + skipped])) {
            skipped++;
        }
        return skipped;
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    private static int sequenceLength(int leadByte) {
        if (leadByte >= 0xF0) {
            return 4;
        }
        return leadByte >= 0xE0 ? 3 : 2;
    }
}
