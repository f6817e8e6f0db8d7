package org.grdplanner.sessions.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The data of an output event, {@code {"offset":…,"data":"…"}}, written straight from the transcript's UTF-8 bytes.
 * Decoding the bytes to a String and encoding them again took most of the stream thread's time under a flood. Runs
 * of text are copied as they are, JSON's special characters are escaped as JSON-P escapes them, and malformed UTF-8
 * becomes U+FFFD where the Unicode standard's recommended practice puts it, as a browser's {@code TextDecoder} does.
 * One instance serves one client and escapes into one buffer from event to event; each event gets its own copy,
 * as Jersey may write an event after {@code send} returns.
 */
public final class OutputEventJson {

    private static final byte[] OFFSET = ascii("{\"offset\":");
    private static final byte[] DATA = ascii(",\"data\":\"");
    private static final byte[] END = ascii("\"}");
    private static final byte[] REPLACEMENT = "\uFFFD".getBytes(StandardCharsets.UTF_8);
    private static final byte[] UNICODE_ESCAPE = ascii("\\u00");
    private static final byte[] HEX = ascii("0123456789abcdef");
    private static final int LONGEST_ESCAPE = 6;

    private byte[] json = new byte[256];
    private int length;

    public byte[] of(Chunk chunk) {
        length = 0;
        put(OFFSET, 0, OFFSET.length);
        byte[] offset = ascii(Long.toString(chunk.offset()));
        put(offset, 0, offset.length);
        put(DATA, 0, DATA.length);
        escape(chunk.bytes());
        put(END, 0, END.length);
        return Arrays.copyOf(json, length);
    }

    private void escape(byte[] text) {
        int run = 0;
        int i = 0;
        while (i < text.length) {
            int b = text[i];
            if (b >= 0x20 && b != '"' && b != '\\') {
                i++;
                continue;
            }
            if (b >= 0) {
                put(text, run, i - run);
                ascii(b);
                run = ++i;
                continue;
            }
            int size = wellFormedSequence(text, i);
            if (size > 0) {
                i += size;
            } else {
                put(text, run, i - run);
                put(REPLACEMENT, 0, REPLACEMENT.length);
                i -= size;
                run = i;
            }
        }
        put(text, run, i - run);
    }

    private void ascii(int b) {
        reserve(LONGEST_ESCAPE);
        json[length++] = '\\';
        switch (b) {
            case '"', '\\' -> json[length++] = (byte) b;
            case '\b' -> json[length++] = 'b';
            case '\t' -> json[length++] = 't';
            case '\n' -> json[length++] = 'n';
            case '\f' -> json[length++] = 'f';
            case '\r' -> json[length++] = 'r';
            default -> {
                length--;
                put(UNICODE_ESCAPE, 0, UNICODE_ESCAPE.length);
                json[length++] = HEX[b >> 4];
                json[length++] = HEX[b & 0xF];
            }
        }
    }

    /**
     * The length of the well-formed sequence at {@code start}; if it is malformed, minus the length of its longest
     * well-formed prefix (its "maximal subpart", at least 1), which one U+FFFD replaces.
     */
    private static int wellFormedSequence(byte[] text, int start) {
        int lead = text[start] & 0xFF;
        int size = sequenceSize(lead);
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

    private static int sequenceSize(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    }

    private void put(byte[] bytes, int from, int count) {
        reserve(count);
        System.arraycopy(bytes, from, json, length, count);
        length += count;
    }

    private void reserve(int more) {
        if (json.length - length < more) {
            json = Arrays.copyOf(json, Math.max(length + more, json.length * 2));
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
