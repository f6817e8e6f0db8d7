package org.grdplanner.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.grdplanner.output.control.Chunk;
import org.grdplanner.output.control.OutputEventJson;
import org.grdplanner.output.control.Utf8;
import org.grdplanner.agent.control.AgentJson;
import org.junit.jupiter.api.Test;

class OutputEventJsonTest {

    private final OutputEventJson event = new OutputEventJson();

    private byte[] written(long offset, byte[] text) {
        return event.of(new Chunk(offset, text));
    }

    private JsonObject read(byte[] text) {
        String json = new String(written(0, text), StandardCharsets.UTF_8);
        return AgentJson.readObject(json);
    }

    private static byte[] generated(long offset, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject().write("offset", offset).write("data", text).writeEnd();
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    @Test
    void writesWhatJsonPWritesForTheSameText() {
        String text = "line \"one\"\r\n\ttab \\ back\u0000\u001b[31mred\u007f € 😀 \u2028";

        assertArrayEquals(generated(4096, text), written(4096, text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void agreesWithJsonPOnRandomText() {
        Random random = new Random(20261128);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                int codePoint = random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(0x10FFFF);
                if (!Character.isSurrogate((char) codePoint) || codePoint > 0xFFFF) {
                    text.appendCodePoint(codePoint);
                }
            }
            assertArrayEquals(generated(round, text.toString()),
                    written(round, text.toString().getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void agreesWithJsonPOnLongRunsOfPlainText() {
        Random random = new Random(1128);
        String specials = "\"\\\n\r\t\u0000\u001b\u007fé€😀";
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(200); i > 0; i--) {
                if (random.nextInt(30) == 0) {
                    text.appendCodePoint(specials.codePointAt(specials.offsetByCodePoints(0,
                            random.nextInt(specials.codePointCount(0, specials.length())))));
                } else {
                    text.append((char) (' ' + random.nextInt(0x5F)));
                }
            }
            assertArrayEquals(generated(round, text.toString()),
                    written(round, text.toString().getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void replacesEachMaximalSubpartOfMalformedUtf8() {
        byte[] unicodeExample = bytes(0x61, 0xF1, 0x80, 0x80, 0xE1, 0x80, 0xC2, 0x62, 0x80, 0x63, 0x80, 0xBF, 0x64);

        assertEquals("a\uFFFD\uFFFD\uFFFDb\uFFFDc\uFFFD\uFFFDd", read(unicodeExample).getString("data"));
        assertEquals("\uFFFD\uFFFD\uFFFD", read(bytes(0xED, 0xA0, 0x80)).getString("data"));
        assertEquals("\uFFFD\uFFFD\uFFFD", read(bytes(0xE0, 0x80, 0x80)).getString("data"));
        assertEquals("\uFFFD\uFFFD", read(bytes(0xC0, 0xAF)).getString("data"));
        assertEquals("\uFFFD", read(bytes(0xF0, 0x9F, 0x98)).getString("data"));
        assertEquals("\uFFFD\uFFFD\uFFFD\uFFFD", read(bytes(0xF4, 0x90, 0x80, 0x80)).getString("data"));
    }

    @Test
    void randomBytesMakeValidJsonOfTheTextThePagedOutputShows() {
        Random random = new Random(28112026);
        for (int round = 0; round < 2000; round++) {
            byte[] text = new byte[random.nextInt(64)];
            random.nextBytes(text);
            assertEquals(Utf8.decode(text), read(text).getString("data"), () -> HexFormat.of().formatHex(text));
        }
    }

    @Test
    void reusesItsBufferForShorterEvents() {
        written(0, new byte[100_000]);

        assertArrayEquals(generated(7, "short"), written(7, "short".getBytes(StandardCharsets.UTF_8)));
    }
}
