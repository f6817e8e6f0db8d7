package org.grdplanner.output.control;

/** Transcript bytes {@code [offset, end())}, always whole UTF-8 sequences. */
public record Chunk(long offset, byte[] bytes) {

    public long end() {
        return offset + bytes.length;
    }

    public String text() {
        return Utf8.decode(bytes);
    }
}
