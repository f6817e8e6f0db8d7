package org.grdplanner.testing.agent;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** One answer of the scripted model: an assistant message of text and tool calls, or an HTTP error. */
public final class Reply {

    record Block(String text, String toolName, JsonObject toolInput) {

        boolean isTool() {
            return toolName != null;
        }
    }

    private final List<Block> blocks;
    private final int status;

    private Reply(List<Block> blocks, int status) {
        this.blocks = List.copyOf(blocks);
        this.status = status;
    }

    public static Reply text(String text) {
        return new Reply(List.of(new Block(text, null, null)), 200);
    }

    public static Reply tool(String name, JsonObject input) {
        return new Reply(List.of(new Block(null, name, input)), 200);
    }

    /** The API's error answer: 529 (overloaded), which the CLI retries, or 400, which ends the run. */
    public static Reply status(int status) {
        return new Reply(List.of(), status);
    }

    public Reply thenTool(String name, JsonObject input) {
        List<Block> more = new ArrayList<>(blocks);
        more.add(new Block(null, name, input));
        return new Reply(more, status);
    }

    List<Block> blocks() {
        return blocks;
    }

    int status() {
        return status;
    }

    boolean isError() {
        return status != 200;
    }

    boolean callsTools() {
        return blocks.stream().anyMatch(Block::isTool);
    }
}
