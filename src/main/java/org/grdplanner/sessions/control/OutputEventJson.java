package org.grdplanner.sessions.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The data of an output event, {@code {"offset":…,"data":"…"}}, written straight from the transcript's UTF-8 bytes.
 * Decoding the bytes to a String and encoding them again took most of the stream thread's time under a flood. Text
 * is copied as it is, JSON's special characters are escaped as JSON-P escapes them, and malformed UTF-8 becomes
 * U+FFFD where the Unicode standard's recommended practice puts it, as a browser's {@code TextDecoder} does.
 * One instance serves one client and escapes into one buffer from event to event; each event gets its own copy,
 * as Jersey may write an event after {@code send} returns.
 */
public final class OutputEventJson {

    private static final byte[] OFFSET = ascii("{\"offset\":");
    private static final byte[] DATA = ascii(",\"data\":\"");
    private static final byte[] END = ascii("\"}");
    private static final byte[] REPLACEMENT = "\uFFFD".getBytes(StandardCharsets.UTF_8);
    private static final byte[] UNICODE_ESCAPE = ascii("u00");
    private static final byte[] HEX = ascii("0123456789abcdef");
    private static final int LONGEST_ESCAPE = 6;

    private byte[] json = new byte[256];
    private int length;

    public byte[] of(Chunk chunk) {
        byte[] text = chunk.bytes();
        length = 0;
        reserve(OFFSET.length + 20 + DATA.length + text.length * LONGEST_ESCAPE + END.length);
        put(OFFSET);
        put(ascii(Long.toString(chunk.offset())));
        put(DATA);
        escape(text);
        put(END);
        return Arrays.copyOf(json, length);
    }

    private void escape(byte[] text) {
        int i = 0;
        while (i < text.length) {
            int b = text[i] & 0xFF;
            if (b >= 0x80) {
                i = sequence(text, i);
                continue;
            }
            if (b < 0x20) {
                control(b);
            } else {
                if (b == '"' || b == '\\') {
                    json[length++] = '\\';
                }
                json[length++] = (byte) b;
            }
            i++;
        }
    }

    private void control(int b) {
        json[length++] = '\\';
        switch (b) {
            case '\b' -> json[length++] = 'b';
            case '\t' -> json[length++] = 't';
            case '\n' -> json[length++] = 'n';
            case '\f' -> json[length++] = 'f';
            case '\r' -> json[length++] = 'r';
            default -> {
                put(UNICODE_ESCAPE);
                json[length++] = HEX[b >> 4];
                json[length++] = HEX[b & 0xF];
            }
        }
    }

    /**
     * Copies the well-formed sequence at {@code start}, or writes one U+FFFD for its longest well-formed prefix (its
     * "maximal subpart"), and returns where the next sequence starts.
     */
    private int sequence(byte[] text, int start) {
        int lead = text[start] & 0xFF;
        int size = sequenceSize(lead);
        if (size == 0) {
            put(REPLACEMENT);
            return start + 1;
        }
        int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
        int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
        int next = start + 1;
        while (next < start + size) {
            int b = next < text.length ? text[next] & 0xFF : -1;
            if (b < low || b > high) {
                put(REPLACEMENT);
                return next;
            }
            low = 0x80;
            high = 0xBF;
            next++;
        }
        System.arraycopy(text, start, json, length, size);
        length += size;
        return next;
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

    private void put(byte[] bytes) {
        System.arraycopy(bytes, 0, json, length, bytes.length);
        length += bytes.length;
    }

    private void reserve(int capacity) {
        if (json.length < capacity) {
            json = new byte[Math.max(capacity, json.length * 2)];
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
