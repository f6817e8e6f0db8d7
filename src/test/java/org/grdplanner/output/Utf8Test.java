package org.grdplanner.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.grdplanner.output.control.Utf8;
import org.junit.jupiter.api.Test;

class Utf8Test {

    private static final byte[] TEXT = "a€b😀".getBytes(StandardCharsets.UTF_8);

    @Test
    void keepsWholeSequences() {
        assertEquals(TEXT.length, Utf8.completePrefix(TEXT, 0, TEXT.length));
        assertEquals(1, Utf8.completePrefix(TEXT, 0, 1));
        assertEquals(4, Utf8.completePrefix(TEXT, 0, 4));
    }

    @Test
    void cutsBeforeAnIncompleteSequence() {
        assertEquals(1, Utf8.completePrefix(TEXT, 0, 2));
        assertEquals(1, Utf8.completePrefix(TEXT, 0, 3));
        assertEquals(5, Utf8.completePrefix(TEXT, 0, 6));
        assertEquals(5, Utf8.completePrefix(TEXT, 0, 8));
    }

    @Test
    void measuresFromTheGivenStart() {
        assertEquals(0, Utf8.completePrefix(TEXT, 1, 2));
        assertEquals(3, Utf8.completePrefix(TEXT, 1, 3));
    }

    @Test
    void passesInvalidBytesThrough() {
        byte[] invalid = {'x', (byte) 0xFF, (byte) 0x80};
        assertEquals(3, Utf8.completePrefix(invalid, 0, 3));
    }

    @Test
    void findsTheNextSequenceStart() {
        assertEquals(0, Utf8.continuationBytesAt(TEXT, 0, TEXT.length));
        assertEquals(2, Utf8.continuationBytesAt(TEXT, 2, TEXT.length - 2));
        assertEquals(3, Utf8.continuationBytesAt(TEXT, 6, TEXT.length - 6));
    }

    @Test
    void decodesAsABrowserDoesReplacingEachMaximalSubpart() {
        byte[] encodedSurrogate = {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'b', (byte) 0xF0, (byte) 0x9F, (byte) 0x98};

        assertEquals("a\uFFFD\uFFFD\uFFFDb\uFFFD", Utf8.decode(encodedSurrogate));
        assertEquals("a€b😀", Utf8.decode(TEXT));
    }
}
