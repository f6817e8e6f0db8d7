package org.grdplanner.sessions.control;

import java.nio.charset.StandardCharsets;

/** Transcript bytes {@code [offset, end())}, always whole UTF-8 sequences. */
public record Chunk(long offset, byte[] bytes) {

    public long end() {
        return offset + bytes.length;
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
