package org.grdplanner.output.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The data of an output event, {@code {"offset":…,"data":"…"}}, written straight from the transcript's UTF-8 bytes.
 * Decoding the bytes to a String and encoding them again took most of the stream thread's time under a flood. Runs
 * of text, found eight bytes at a time, are copied as they are, JSON's special characters are escaped as JSON-P
 * escapes them, and malformed UTF-8 becomes U+FFFD where the Unicode standard's recommended practice puts it, as a
 * browser's {@code TextDecoder} does.
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
            if (i <= text.length - ByteLanes.WIDTH) {
                long breaks = runBreaks(ByteLanes.word(text, i));
                if (breaks == 0) {
                    i += ByteLanes.WIDTH;
                    continue;
                }
                i += ByteLanes.firstLane(breaks);
            }
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
            int size = Utf8.wellFormedSequence(text, i);
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

    /** Lanes that end a run copied as it is: control characters, '"', '\\' and the bytes of multi-byte sequences. */
    private static long runBreaks(long word) {
        return ByteLanes.below(word, 0x20) | ByteLanes.nonAscii(word)
                | ByteLanes.equalTo(word, '"') | ByteLanes.equalTo(word, '\\');
    }

    private void ascii(int b) {
        reserve(LONGEST_ESCAPE);
        int shortEscape = shortEscape(b);
        if (shortEscape != 0) {
            json[length++] = '\\';
            json[length++] = (byte) shortEscape;
            return;
        }
        put(UNICODE_ESCAPE, 0, UNICODE_ESCAPE.length);
        json[length++] = HEX[b >> 4];
        json[length++] = HEX[b & 0xF];
    }

    /** The letter of JSON's two-character escape for {@code b}, or 0 if it has none. */
    private static int shortEscape(int b) {
        return switch (b) {
            case '"', '\\' -> b;
            case '\b' -> 'b';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\f' -> 'f';
            case '\r' -> 'r';
            default -> 0;
        };
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
