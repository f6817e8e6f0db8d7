package org.grdplanner.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.function.LongUnaryOperator;
import org.grdplanner.output.control.ByteLanes;
import org.junit.jupiter.api.Test;

class ByteLanesTest {

    private final Random random = new Random(2811);

    /** The lane of the first byte {@code matches} accepts, or -1, as a plain loop finds it. */
    private static int firstMatch(byte[] bytes, IntPredicate matches) {
        for (int lane = 0; lane < ByteLanes.WIDTH; lane++) {
            if (matches.test(bytes[lane] & 0xFF)) {
                return lane;
            }
        }
        return -1;
    }

    private static int firstFlagged(long flags) {
        return flags == 0 ? -1 : ByteLanes.firstLane(flags);
    }

    private void assertFindsTheFirstMatchInEveryLane(LongUnaryOperator test, IntPredicate matches) {
        byte[] word = new byte[ByteLanes.WIDTH];
        for (int round = 0; round < 20_000; round++) {
            for (int lane = 0; lane < ByteLanes.WIDTH; lane++) {
                word[lane] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : 0x20 + random.nextInt(0x5F));
            }
            assertEquals(firstMatch(word, matches), firstFlagged(test.applyAsLong(ByteLanes.word(word, 0))));
        }
        for (int value = 0; value < 256; value++) {
            for (int lane = 0; lane < ByteLanes.WIDTH; lane++) {
                Arrays.fill(word, (byte) 'a');
                word[lane] = (byte) value;
                assertEquals(firstMatch(word, matches), firstFlagged(test.applyAsLong(ByteLanes.word(word, 0))));
            }
        }
    }

    @Test
    void equalToFlagsTheFirstLaneHoldingTheValue() {
        assertFindsTheFirstMatchInEveryLane(word -> ByteLanes.equalTo(word, '"'), b -> b == '"');
        assertFindsTheFirstMatchInEveryLane(word -> ByteLanes.equalTo(word, 0), b -> b == 0);
        assertFindsTheFirstMatchInEveryLane(word -> ByteLanes.equalTo(word, 0xFF), b -> b == 0xFF);
    }

    @Test
    void belowFlagsTheFirstLaneUnderTheBound() {
        assertFindsTheFirstMatchInEveryLane(word -> ByteLanes.below(word, 0x20), b -> b < 0x20);
        assertFindsTheFirstMatchInEveryLane(word -> ByteLanes.below(word, 0x80), b -> b < 0x80);
    }

    @Test
    void nonAsciiFlagsTheFirstLaneWithTheHighBit() {
        assertFindsTheFirstMatchInEveryLane(ByteLanes::nonAscii, b -> b >= 0x80);
    }

    @Test
    void indexOfAgreesWithAPlainLoopOnEveryRange() {
        byte[] bytes = new byte[40];
        for (int round = 0; round < 5_000; round++) {
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (random.nextInt(12) == 0 ? '\n' : 'a' + random.nextInt(3));
            }
            int from = random.nextInt(bytes.length + 1);
            int to = from + random.nextInt(bytes.length - from + 1);
            int expected = -1;
            for (int i = from; i < to && expected < 0; i++) {
                expected = bytes[i] == '\n' ? i : -1;
            }
            assertEquals(expected, ByteLanes.indexOf(bytes, (byte) '\n', from, to));
        }
    }
}
