package org.grdplanner.sessions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.grdplanner.output.boundary.OutputStreaming;
import org.grdplanner.output.control.Chunk;
import org.grdplanner.output.control.OutputLog;
import org.grdplanner.platform.boundary.DispatchEnd;
import org.grdplanner.platform.boundary.RequestNumbers;
import org.grdplanner.platform.control.Refusal;
import org.grdplanner.projects.control.ProjectService;
import org.grdplanner.sessions.control.LiveSession.Outcome;
import org.grdplanner.sessions.control.LiveSession;
import org.grdplanner.sessions.control.SessionManager;
import org.grdplanner.sessions.control.SessionStore;
import org.grdplanner.sessions.entity.ProjectSession;
import org.grdplanner.sessions.entity.SessionStatus;

@Path("projects/{projectId}/sessions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

    static final int MAX_INPUT_BYTES = 64 * 1024;
    static final int MAX_OUTPUT_PAGE = 1024 * 1024;
    private static final int DEFAULT_OUTPUT_PAGE = 64 * 1024;

    @Inject
    ProjectService projects;

    @Inject
    SessionStore store;

    @Inject
    SessionManager sessions;

    @Inject
    OutputStreaming streaming;

    @GET
    public SessionView.Page list(@PathParam("projectId") String projectId) {
        projects.require(projectId);
        var views = store.ofProject(projectId).stream()
                .map(row -> SessionView.of(row, sessions.find(row.getId()).orElse(null)))
                .toList();
        return SessionView.Page.of(views);
    }

    @GET
    @Path("{sessionId}")
    @ServedByOwner
    public SessionView get(@PathParam("projectId") String projectId, @PathParam("sessionId") String sessionId) {
        return view(projectId, sessionId);
    }

    @GET
    @Path("{sessionId}/stream")
    @ServedByOwner
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void stream(@PathParam("projectId") String projectId, @PathParam("sessionId") String sessionId,
                       @HeaderParam("Last-Event-ID") String lastEventId,
                       @QueryParam("from") String from,
                       @Context HttpServletRequest request, @Context SseEventSink sink, @Context Sse sse) {
        // live first, as in view()
        LiveSession live = sessions.find(sessionId).orElse(null);
        ProjectSession row = require(projectId, sessionId);
        long start = resumeOffset(lastEventId, from);
        OutputLog log = live != null ? live.output() : OutputLog.finished(sessions.transcript(sessionId));
        Outcome ended = new Outcome(row.getStatus(), row.getExitCode());
        Supplier<Outcome> outcome = live != null ? live::outcome : () -> ended;
        DispatchEnd.of(request).thenRun(() -> streaming.stream(sink, sse, log, start, outcome));
    }

    public record OutputPage(long offset, String data, long nextOffset, boolean complete) {
    }

    public record InputTaken(int bytes) {
    }

    public record TerminalSize(int cols, int rows) {
    }

    @GET
    @Path("{sessionId}/output")
    @ServedByOwner
    public OutputPage output(@PathParam("projectId") String projectId, @PathParam("sessionId") String sessionId,
                             @QueryParam("offset") String offsetParameter,
                             @QueryParam("limit") String limitParameter) {
        require(projectId, sessionId);
        long offset = RequestNumbers.wholeNumber("offset", offsetParameter, 0, 0, Long.MAX_VALUE);
        int limit = (int) RequestNumbers.wholeNumber("limit", limitParameter, DEFAULT_OUTPUT_PAGE, 4, MAX_OUTPUT_PAGE);
        OutputLog log = sessions.find(sessionId).map(LiveSession::output)
                .orElseGet(() -> OutputLog.finished(sessions.transcript(sessionId)));
        Chunk chunk = log.read(offset, limit);
        return new OutputPage(chunk.offset(), chunk.text(), chunk.end(), log.isFinished() && chunk.end() >= log.end());
    }

    @POST
    @Path("{sessionId}/input")
    @ServedByOwner
    @Consumes(MediaType.APPLICATION_JSON)
    public Response input(@PathParam("projectId") String projectId, @PathParam("sessionId") String sessionId,
                          @NotNull(message = "Send a JSON object with text.") @Valid SessionRequests.Input input) {
        requireExisting(projectId, sessionId);
        byte[] bytes = input.text().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_INPUT_BYTES) {
            throw Refusal.invalidField("text", "text must be at most " + MAX_INPUT_BYTES + " bytes, not "
                    + bytes.length);
        }
        sessions.input(sessionId, bytes);
        return Response.accepted(new InputTaken(bytes.length)).build();
    }

    @POST
    @Path("{sessionId}/resize")
    @ServedByOwner
    @Consumes(MediaType.APPLICATION_JSON)
    public TerminalSize resize(@PathParam("projectId") String projectId, @PathParam("sessionId") String sessionId,
                             @NotNull(message = "Send a JSON object with cols and rows.") @Valid
                             SessionRequests.Resize size) {
        requireExisting(projectId, sessionId);
        sessions.resize(sessionId, size.cols(), size.rows());
        return new TerminalSize(size.cols(), size.rows());
    }

    @POST
    @Path("{sessionId}/stop")
    @ServedByOwner
    public SessionView stop(@PathParam("projectId") String projectId, @PathParam("sessionId") String sessionId)
            throws InterruptedException {
        ProjectSession row = require(projectId, sessionId);
        LiveSession live = sessions.end(sessionId, SessionStatus.STOPPED)
                .orElseThrow(() -> Refusal.conflict("Session " + sessionId + " is not active; it ended "
                        + row.getStatus().value() + ".", Map.of()));
        live.awaitEnd(sessions.stopGrace().toMillis() + 10_000, TimeUnit.MILLISECONDS);
        return view(projectId, sessionId);
    }

    /** Live first: a session leaves the live table after its row holds its end, so a row read after it is final. */
    private SessionView view(String projectId, String sessionId) {
        LiveSession live = sessions.find(sessionId).orElse(null);
        return SessionView.of(require(projectId, sessionId), live);
    }

    /** Keystrokes to a live session of this project need no database read: it is in memory. */
    private void requireExisting(String projectId, String sessionId) {
        if (sessions.find(sessionId).filter(live -> live.projectId().equals(projectId)).isEmpty()) {
            require(projectId, sessionId);
        }
    }

    private ProjectSession require(String projectId, String sessionId) {
        projects.require(projectId);
        return store.require(projectId, sessionId);
    }

    private static long resumeOffset(String lastEventId, String from) {
        return lastEventId != null && !lastEventId.isBlank()
                ? RequestNumbers.wholeNumber("Last-Event-ID", lastEventId, 0, 0, Long.MAX_VALUE)
                : RequestNumbers.wholeNumber("from", from, 0, 0, Long.MAX_VALUE);
    }
}
