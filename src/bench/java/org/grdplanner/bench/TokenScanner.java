package org.grdplanner.bench;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads a byte stream up to the next occurrence of a token (Knuth-Morris-Pratt, so no occurrence is missed). */
final class TokenScanner {

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;

    TokenScanner(InputStream in) {
        this.in = in;
    }

    void skipPast(String token) throws IOException {
        byte[] pattern = token.getBytes(StandardCharsets.UTF_8);
        int[] fallback = fallback(pattern);
        int matched = 0;
        while (matched < pattern.length) {
            byte next = next();
            while (matched > 0 && next != pattern[matched]) {
                matched = fallback[matched - 1];
            }
            if (next == pattern[matched]) {
                matched++;
            }
        }
    }

    private byte next() throws IOException {
        if (position == limit) {
            limit = in.read(buffer);
            position = 0;
            if (limit < 0) {
                throw new EOFException("The stream ended before the token");
            }
        }
        return buffer[position++];
    }

    private static int[] fallback(byte[] pattern) {
        int[] fallback = new int[pattern.length];
        for (int i = 1, k = 0; i < pattern.length; i++) {
            while (k > 0 && pattern[i] != pattern[k]) {
                k = fallback[k - 1];
            }
            if (pattern[i] == pattern[k]) {
                k++;
            }
            fallback[i] = k;
        }
        return fallback;
    }
}
