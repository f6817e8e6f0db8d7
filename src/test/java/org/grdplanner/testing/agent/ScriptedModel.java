package org.grdplanner.testing.agent;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A scripted stand-in for the Anthropic Messages API, which the real Claude Code CLI talks to in the tests
 * ({@code ANTHROPIC_BASE_URL}). It streams what the API streams ({@code message_start}, content blocks with
 * {@code text_delta} and {@code input_json_delta}, {@code message_delta} with the stop reason, {@code message_stop}).
 * A conversation is chosen by what its opening user message contains; its replies are served in the order the CLI
 * asks, a retried request taking the next one. Requests without tools (the CLI's side questions, such as a session
 * title) get a short text answer and are not part of any script.
 */
public final class ScriptedModel implements AutoCloseable {

    /** One request of a scripted conversation: the text of its last user message, tool results included. */
    public record Received(String lastUserText) {
    }

    private static final class Conversation {
        final List<Reply> replies;
        final AtomicInteger served = new AtomicInteger();
        final List<Received> received = new CopyOnWriteArrayList<>();

        Conversation(List<Reply> replies) {
            this.replies = List.copyOf(replies);
        }

        Reply next() {
            int index = served.getAndIncrement();
            if (index < replies.size()) {
                return replies.get(index);
            }
            Reply last = replies.get(replies.size() - 1);
            return last.isError() ? last : Reply.text("Nothing more is scripted.");
        }
    }

    private final HttpServer server;
    private final Map<String, Conversation> conversations = new ConcurrentHashMap<>();
    private final AtomicInteger messageIds = new AtomicInteger();

    private ScriptedModel(HttpServer server) {
        this.server = server;
    }

    public static ScriptedModel start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ScriptedModel model = new ScriptedModel(server);
        server.createContext("/", model::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        return model;
    }

    /** What the opening message of {@code /grd:<command> <args>} holds, as the CLI expands the slash command. */
    public static String opening(String command, String args) {
        return "<command-name>/grd:" + command + "</command-name>\n<command-args>" + args + "</command-args>";
    }

    public void script(String openingContains, Reply... replies) {
        conversations.put(openingContains, new Conversation(List.of(replies)));
    }

    /** Every request of the conversation so far, oldest first. */
    public List<Received> received(String openingContains) {
        return List.copyOf(conversations.get(openingContains).received);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod()) || !exchange.getRequestURI().getPath().equals("/v1/messages")) {
                exchange.sendResponseHeaders(exchange.getRequestMethod().equals("HEAD") ? 200 : 404, -1);
                return;
            }
            JsonObject request;
            try (InputStream body = exchange.getRequestBody()) {
                request = Json.createReader(new StringReader(new String(body.readAllBytes(), StandardCharsets.UTF_8)))
                        .readObject();
            }
            JsonArray messages = request.getJsonArray("messages");
            boolean sideQuestion = !(request.get("tools") instanceof JsonArray tools) || tools.isEmpty();
            Optional<Conversation> conversation = sideQuestion ? Optional.empty() : conversation(messages);
            Reply reply = conversation.map(scripted -> {
                scripted.received.add(new Received(text(messages.get(messages.size() - 1))));
                return scripted.next();
            }).orElseGet(() -> Reply.text(sideQuestion ? "{\"title\": \"GRD planning\"}" : "No script for this conversation."));
            answer(exchange, request.getString("model", "claude-test"), reply);
        }
    }

    private Optional<Conversation> conversation(JsonArray messages) {
        String opening = messages.isEmpty() ? "" : text(messages.get(0));
        return conversations.entrySet().stream()
                .filter(entry -> opening.contains(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private static String text(JsonValue message) {
        JsonValue content = message.asJsonObject().get("content");
        if (content instanceof JsonString string) {
            return string.getString();
        }
        List<String> parts = new ArrayList<>();
        for (JsonValue block : content.asJsonArray()) {
            JsonObject object = block.asJsonObject();
            if (object.get("text") instanceof JsonString text) {
                parts.add(text.getString());
            } else if (object.get("content") instanceof JsonString result) {
                parts.add(result.getString());
            } else if (object.get("content") instanceof JsonArray results) {
                parts.add(results.stream().map(JsonValue::asJsonObject)
                        .map(result -> result.getString("text", "")).collect(Collectors.joining("\n")));
            }
        }
        return String.join("\n", parts);
    }

    private void answer(HttpExchange exchange, String model, Reply reply) throws IOException {
        if (reply.isError()) {
            byte[] error = Json.createObjectBuilder().add("type", "error").add("error", Json.createObjectBuilder()
                            .add("type", reply.status() == 529 ? "overloaded_error" : "invalid_request_error")
                            .add("message", "Scripted error " + reply.status()))
                    .build().toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), error.length);
            exchange.getResponseBody().write(error);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        String id = "msg_scripted_" + messageIds.incrementAndGet();
        event(out, "message_start", Json.createObjectBuilder().add("type", "message_start")
                .add("message", Json.createObjectBuilder().add("id", id).add("type", "message")
                        .add("role", "assistant").add("model", model).add("content", JsonValue.EMPTY_JSON_ARRAY)
                        .addNull("stop_reason").addNull("stop_sequence").add("usage", usage(12, 1))));
        int index = 0;
        for (Reply.Block block : reply.blocks()) {
            if (block.isTool()) {
                toolBlock(out, index, "toolu_scripted_" + messageIds.incrementAndGet(), block);
            } else {
                textBlock(out, index, block.text());
            }
            index++;
        }
        event(out, "message_delta", Json.createObjectBuilder().add("type", "message_delta")
                .add("delta", Json.createObjectBuilder()
                        .add("stop_reason", reply.callsTools() ? "tool_use" : "end_turn").addNull("stop_sequence"))
                .add("usage", Json.createObjectBuilder().add("output_tokens", 8)));
        event(out, "message_stop", Json.createObjectBuilder().add("type", "message_stop"));
    }

    private static void textBlock(OutputStream out, int index, String text) throws IOException {
        event(out, "content_block_start", block(index, "content_block_start")
                .add("content_block", Json.createObjectBuilder().add("type", "text").add("text", "")));
        int half = text.length() / 2;
        for (String part : List.of(text.substring(0, half), text.substring(half))) {
            event(out, "content_block_delta", block(index, "content_block_delta")
                    .add("delta", Json.createObjectBuilder().add("type", "text_delta").add("text", part)));
        }
        event(out, "content_block_stop", block(index, "content_block_stop"));
    }

    private static void toolBlock(OutputStream out, int index, String toolUseId, Reply.Block tool) throws IOException {
        event(out, "content_block_start", block(index, "content_block_start")
                .add("content_block", Json.createObjectBuilder().add("type", "tool_use").add("id", toolUseId)
                        .add("name", tool.toolName()).add("input", JsonValue.EMPTY_JSON_OBJECT)));
        String input = tool.toolInput().toString();
        int half = input.length() / 2;
        for (String part : List.of(input.substring(0, half), input.substring(half))) {
            event(out, "content_block_delta", block(index, "content_block_delta")
                    .add("delta", Json.createObjectBuilder().add("type", "input_json_delta").add("partial_json", part)));
        }
        event(out, "content_block_stop", block(index, "content_block_stop"));
    }

    private static JsonObjectBuilder block(int index, String type) {
        return Json.createObjectBuilder().add("type", type).add("index", index);
    }

    private static JsonObjectBuilder usage(int input, int output) {
        return Json.createObjectBuilder().add("input_tokens", input).add("output_tokens", output);
    }

    private static void event(OutputStream out, String name, JsonObjectBuilder data) throws IOException {
        out.write(("event: " + name + "\ndata: " + data.build() + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
