package org.grdplanner.cluster.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Hands a request to another node of the cluster and its answer back to the client as it comes, byte for byte: a
 * stream of server-sent events goes through chunk by chunk. The other node checks the request as if the client had
 * sent it there, and never hands it on again.
 */
@ApplicationScoped
public class NodeRelay {

    static final String FORWARDED_BY = "X-GRD-Forwarded-By";
    private static final List<String> REQUEST_HEADERS = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.ACCEPT,
            HttpHeaders.CONTENT_TYPE, "Last-Event-ID");
    private static final List<String> RESPONSE_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CACHE_CONTROL,
            HttpHeaders.WWW_AUTHENTICATE);

    /** Longer than any answer takes to begin, and than the keep-alive of a stream: a node this quiet has hung. */
    private static final long READ_TIMEOUT_SECONDS = 60;

    private Client client;

    @PostConstruct
    void open() {
        client = ClientBuilder.newBuilder().connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS).build();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    public static boolean isForwarded(ContainerRequestContext request) {
        return request.getHeaderString(FORWARDED_BY) != null;
    }

    /** Throws {@link jakarta.ws.rs.ProcessingException} when the node cannot be reached. */
    public Response forward(ContainerRequestContext request, URI node, String fromNode) {
        URI target = UriBuilder.fromUri(request.getUriInfo().getRequestUri())
                .scheme(node.getScheme()).host(node.getHost()).port(node.getPort()).build();
        Invocation.Builder call = client.target(target).request().header(FORWARDED_BY, fromNode);
        REQUEST_HEADERS.forEach(name -> call.header(name, request.getHeaderString(name)));
        Response answer = request.hasEntity()
                ? call.method(request.getMethod(), Entity.entity(request.getEntityStream(), request.getMediaType()))
                : call.method(request.getMethod());
        Response.ResponseBuilder relayed = Response.status(answer.getStatus());
        RESPONSE_HEADERS.forEach(name -> relayed.header(name, answer.getHeaderString(name)));
        InputStream body = answer.readEntity(InputStream.class);
        return relayed.entity((StreamingOutput) out -> {
            try (answer; body) {
                byte[] buffer = new byte[8192];
                for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            }
        }).build();
    }
}
