package org.grdplanner.output.control;

import java.nio.charset.StandardCharsets;

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

    /**
     * The length of the well-formed sequence at {@code start}; if it is malformed, minus the length of its longest
     * well-formed prefix (its "maximal subpart", at least 1), which one U+FFFD replaces.
     */
    static int wellFormedSequence(byte[] text, int start) {
        int lead = text[start] & 0xFF;
        int size = sequenceLength(lead);
        if (size == 0) {
            return -1;
        }
        int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
        int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
        for (int next = start + 1; next < start + size; next++) {
            int b = next < text.length ? text[next] & 0xFF : -1;
            if (b < low || b > high) {
                return start - next;
            }
            low = 0x80;
            high = 0xBF;
        }
        return size;
    }

    /**
     * The text of {@code bytes} with each maximal subpart of a malformed sequence replaced by one U+FFFD, as the
     * output stream and a browser's {@code TextDecoder} replace them (Java's decoder replaces an encoded surrogate
     * with one U+FFFD, not three).
     */
    public static String decode(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        int run = 0;
        int i = 0;
        while (i < bytes.length) {
            int size = bytes[i] >= 0 ? 1 : wellFormedSequence(bytes, i);
            if (size > 0) {
                i += size;
                continue;
            }
            text.append(new String(bytes, run, i - run, StandardCharsets.UTF_8)).append('\uFFFD');
            i -= size;
            run = i;
        }
        return text.append(new String(bytes, run, i - run, StandardCharsets.UTF_8)).toString();
    }

    /** The length of the sequence that {@code leadByte} starts, or 0 if no well-formed multi-byte sequence starts so. */
    static int sequenceLength(int leadByte) {
        if (leadByte >= 0xC2 && leadByte <= 0xDF) {
            return 2;
        }
        if (leadByte >= 0xE0 && leadByte <= 0xEF) {
            return 3;
        }
        return leadByte >= 0xF0 && leadByte <= 0xF4 ? 4 : 0;
    }
}
