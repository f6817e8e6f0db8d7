package org.grdplanner.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.grdplanner.output.control.ByteLanes;

/**
 * Reads a session's event stream over a plain socket to its {@code complete} event, the leanest client there is,
 * so that the figure is the server's and not the client's. Like a browser it resumes from the last event id when
 * the server ends the stream early (a client that falls too far behind is cut off).
 */
final class LeanEventReader {

    private static final byte[] ID_FIELD = "\nid: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COMPLETE = "\nevent: complete\n".getBytes(StandardCharsets.US_ASCII);

    private final int port;
    private final String path;
    private long lastEventId = -1;
    private int idMatched;
    private long idValue = -1;
    private int completeMatched;
    private boolean complete;
    private int resumes;

    LeanEventReader(int port, String path) {
        this.port = port;
        this.path = path;
    }

    /** Reads to {@code complete}; the number of times it had to resume. */
    int readToComplete() throws IOException {
        while (!complete) {
            long before = lastEventId;
            readOnce();
            if (!complete) {
                if (lastEventId == before) {
                    throw new IllegalStateException("The stream " + path + " ended twice at event id " + before);
                }
                resumes++;
            }
        }
        return resumes;
    }

    private void readOnce() throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            String resume = lastEventId < 0 ? "" : "Last-Event-ID: " + lastEventId + "\r\n";
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: text/event-stream\r\n"
                    + resume + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[256 * 1024];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                scan(buffer, read);
            }
        }
    }

    /**
     * Follows the id fields and spots the complete event without decoding anything. Both start a line, so between
     * matches it only looks for the next line end: the data lines are almost all of the bytes, and scanning each of
     * them through both matchers cost this client an eighth of a core during a flood.
     */
    private void scan(byte[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (idMatched == 0 && completeMatched == 0 && idValue < 0) {
                i = ByteLanes.indexOf(buffer, (byte) '\n', i, length);
                if (i < 0) {
                    return;
                }
            }
            byte b = buffer[i];
            if (idValue >= 0) {
                if (b >= '0' && b <= '9') {
                    idValue = idValue * 10 + (b - '0');
                    continue;
                }
                lastEventId = idValue;
                idValue = -1;
            }
            idMatched = b == ID_FIELD[idMatched] ? idMatched + 1 : b == ID_FIELD[0] ? 1 : 0;
            if (idMatched == ID_FIELD.length) {
                idMatched = 0;
                idValue = 0;
            }
            completeMatched = b == COMPLETE[completeMatched] ? completeMatched + 1 : b == COMPLETE[0] ? 1 : 0;
            if (completeMatched == COMPLETE.length) {
                complete = true;
                completeMatched = 0;
            }
        }
    }
}
