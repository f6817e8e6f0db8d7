package org.grdplanner.bench;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * HTTP/1.1 over one kept-alive plain socket, for the latency benchmarks: the JDK's HTTP client hands every response
 * from its selector thread to an executor and measured several milliseconds of its own per echo on this machine,
 * more than the server's whole request. A browser's fetch on a kept-alive connection is closer to this.
 */
final class LeanHttp implements AutoCloseable {

    private final int port;
    private Socket socket;
    private InputStream in;

    LeanHttp(int port) {
        this.port = port;
    }

    /** The response's status; the body is read and dropped. */
    int post(String path, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] request = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        try {
            return exchange(request);
        } catch (EOFException | SocketException closedBetweenRequests) {
            close();
            return exchange(request);
        }
    }

    /** A session's event stream as raw bytes on a socket of its own, headers first, ending with the stream. */
    static InputStream openStream(int port, String path) throws IOException {
        Socket socket = connect(port);
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nAccept: text/event-stream\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        return socket.getInputStream();
    }

    /** Sends the request in one write, as a browser sends a small request's head and body together. */
    private int exchange(byte[] request) throws IOException {
        if (socket == null) {
            socket = connect(port);
            in = new BufferedInputStream(socket.getInputStream());
        }
        OutputStream out = socket.getOutputStream();
        out.write(request);
        out.flush();
        String statusLine = line();
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        long length = 0;
        boolean chunked = false;
        boolean closing = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).strip());
            }
            chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
            closing |= lower.startsWith("connection:") && lower.contains("close");
        }
        if (chunked) {
            skipChunks();
        } else {
            skip(length);
        }
        if (closing) {
            close();
        }
        return status;
    }

    private void skipChunks() throws IOException {
        for (long size = Long.parseLong(line().strip(), 16); size > 0; size = Long.parseLong(line().strip(), 16)) {
            skip(size);
            line();
        }
        line();
    }

    private void skip(long bytes) throws IOException {
        for (long left = bytes; left > 0; left--) {
            if (in.read() < 0) {
                throw new EOFException("The response ended early");
            }
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("The connection closed");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private static Socket connect(int port) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setTcpNoDelay(true);
        return socket;
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }
}
