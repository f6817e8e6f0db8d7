package org.grdplanner.projects;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.xpath.XPathFactory;
import org.grdplanner.projects.control.ProjectLimits;
import org.grdplanner.testing.Deployments;
import org.grdplanner.testing.ItDatabase;
import org.grdplanner.testing.Loopback;
import org.grdplanner.testing.ServerApi;
import org.grdplanner.testing.OpenSockets;
import org.grdplanner.testing.ProcessTable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.InputSource;

@ExtendWith(ArquillianExtension.class)
class ProjectsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL deployed;

    @TempDir
    static Path workspace;

    static Path checkout;
    static Path plainFile;

    @BeforeAll
    static void prepareWorkspace() throws IOException {
        checkout = Files.createDirectories(workspace.resolve("checkout with spaces"));
        plainFile = workspace.resolve("notes.txt");
        Files.writeString(plainFile, "not a directory");
    }

    RequestSpecification api() {
        return new ServerApi(deployed).request();
    }

    /** A checkout of its own: a checkout belongs to one project. */
    static Path freshCheckout(String name) {
        try {
            return Files.createTempDirectory(workspace, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String createProject(String name) {
        return createProject(name, freshCheckout(name));
    }

    String createProject(String name, Path localPath) {
        return new ServerApi(deployed).createProject(name, localPath);
    }

    @Test
    void createsAProjectWithAnIdAndStatusNone() {
        api().contentType(ContentType.JSON)
                .body("{\"name\": \"  Atlas  \", \"local_path\": \"" + checkout + "\", \"description\": \"Maps\"}")
                .post("projects")
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", matchesPattern(".*/api/projects/proj-[0-9a-f]{8}"))
                .body("id", matchesPattern("proj-[0-9a-f]{8}"))
                .body("name", equalTo("Atlas"))
                .body("description", equalTo("Maps"))
                .body("local_path", equalTo(checkout.toString()))
                .body("grd_init_status", equalTo("none"))
                .body("created_at", notNullValue())
                .body("updated_at", notNullValue());
    }

    @Test
    void getsAndListsProjects() {
        String id = createProject("Listed");

        api().get("projects/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("name", equalTo("Listed"));
        ValidatableResponse list = api().get("projects").then().statusCode(200)
                .body("projects.id", hasItem(id));
        int listed = list.extract().path("projects.size()");
        list.body("total_count", equalTo(listed));
        assertEquals(ItDatabase.rows("projects").size(), listed);
    }

    @Test
    void patchChangesOnlyTheGivenFields() {
        Path before = freshCheckout("before");
        String id = createProject("Before", before);

        api().contentType(ContentType.JSON).body("{\"grd_init_status\": \"ready\"}")
                .patch("projects/" + id)
                .then().statusCode(200)
                .body("grd_init_status", equalTo("ready"))
                .body("name", equalTo("Before"))
                .body("local_path", equalTo(before.toString()));
        api().contentType(ContentType.JSON).body("{\"name\": \"After\", \"description\": \"now described\"}")
                .patch("projects/" + id)
                .then().statusCode(200)
                .body("name", equalTo("After"))
                .body("description", equalTo("now described"))
                .body("grd_init_status", equalTo("ready"));
        api().contentType(ContentType.JSON).body("{\"description\": null}")
                .patch("projects/" + id)
                .then().statusCode(200)
                .body("description", nullValue())
                .body("name", equalTo("After"));
        api().get("projects/" + id).then().body("grd_init_status", equalTo("ready")).body("name", equalTo("After"));
    }

    @Test
    void aPatchThatGivesNothingChangesNothing() {
        String id = createProject("Untouched");
        List<String> before = ItDatabase.rows("projects");

        api().contentType(ContentType.JSON).body("{}").patch("projects/" + id).then().statusCode(200)
                .body("name", equalTo("Untouched"));
        assertEquals(before, ItDatabase.rows("projects"), "not even updated_at");
    }

    @Test
    void deleteRemovesTheProject() {
        String id = createProject("Doomed");

        api().delete("projects/" + id).then().statusCode(204);
        api().get("projects/" + id).then().statusCode(404)
                .contentType(ContentType.JSON)
                .body("code", equalTo("NOT_FOUND"))
                .body("error", equalTo("Project " + id + " does not exist."));
        api().delete("projects/" + id).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    static Stream<Arguments> invalidCreations() {
        return Stream.of(
                Arguments.of("missing name", "{\"local_path\": \"CHECKOUT\"}", "name", "name is required"),
                Arguments.of("blank name", "{\"name\": \"   \", \"local_path\": \"CHECKOUT\"}", "name", "name is required"),
                Arguments.of("control character in name", "{\"name\": \"bell\\u0007\", \"local_path\": \"CHECKOUT\"}",
                        "name", "name must not contain control characters"),
                Arguments.of("missing path", "{\"name\": \"x\"}", "local_path", "local_path is required"),
                Arguments.of("relative path", "{\"name\": \"x\", \"local_path\": \"some/dir\"}", "local_path",
                        "local_path must be an absolute path, not 'some/dir'"),
                Arguments.of("missing directory", "{\"name\": \"x\", \"local_path\": \"CHECKOUT/gone\"}", "local_path",
                        "local_path CHECKOUT/gone does not exist"),
                Arguments.of("file", "{\"name\": \"x\", \"local_path\": \"FILE\"}", "local_path",
                        "local_path FILE is not a directory"),
                Arguments.of("number as name", "{\"name\": 7, \"local_path\": \"CHECKOUT\"}", "name",
                        "name must be a string"),
                Arguments.of("list as path", "{\"name\": \"x\", \"local_path\": [\"CHECKOUT\"]}", "local_path",
                        "local_path must be a string"),
                Arguments.of("text as auto_init", "{\"name\": \"x\", \"local_path\": \"CHECKOUT\", \"auto_init\": \"yes\"}",
                        "auto_init", "auto_init must be true or false"),
                Arguments.of("misspelt field", "{\"name\": \"x\", \"local_path\": \"CHECKOUT\", \"desciption\": \"y\"}",
                        "desciption", "Unknown field desciption; a new project's fields are auto_init, description, "
                                + "local_path, name."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCreations")
    void invalidCreationIsRejectedAndWritesNothing(String label, String body, String field, String error) {
        List<String> before = ItDatabase.rows("projects");

        api().contentType(ContentType.JSON).body(withPaths(body))
                .post("projects")
                .then().statusCode(400)
                .contentType(ContentType.JSON)
                .body("code", equalTo("BAD_REQUEST"))
                .body("field", equalTo(field))
                .body("error", equalTo(withPaths(error)));
        assertEquals(before, ItDatabase.rows("projects"));
    }

    @Test
    void aCreationWithSeveralBadFieldsNamesEveryOneAndWritesNothing() {
        String longDescription = "d".repeat(ProjectLimits.DESCRIPTION + 1);
        List<String> before = ItDatabase.rows("projects");

        api().contentType(ContentType.JSON)
                .body("{\"name\": \" \", \"local_path\": \"relative/path\", "
                        + "\"description\": \"" + longDescription + "\"}")
                .post("projects")
                .then().statusCode(400)
                .body("code", equalTo("BAD_REQUEST"))
                .body("field", equalTo("description"))
                .body("error", equalTo("description must be at most 10000 characters"))
                .body("errors.field", contains("description", "local_path", "name"))
                .body("errors.error", contains("description must be at most 10000 characters",
                        "local_path must be an absolute path, not 'relative/path'", "name is required"));
        assertEquals(before, ItDatabase.rows("projects"));
    }

    @Test
    void aBodyThatIsNotUtf8IsRefusedAndWritesNothing() {
        List<String> before = ItDatabase.rows("projects");
        byte[] prefix = ("{\"name\": \"").getBytes(StandardCharsets.UTF_8);
        byte[] suffix = ("\", \"local_path\": \"" + freshCheckout("latin") + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + 2 + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[prefix.length] = (byte) 0xff;
        body[prefix.length + 1] = (byte) 0xfe;
        System.arraycopy(suffix, 0, body, prefix.length + 2, suffix.length);

        api().contentType(ContentType.JSON).body(body).post("projects")
                .then().statusCode(400)
                .body("code", equalTo("BAD_REQUEST"))
                .body("error", equalTo("The request body is not valid UTF-8; send JSON encoded as UTF-8."));
        assertEquals(before, ItDatabase.rows("projects"));
    }

    @Test
    void aPatchWithSeveralBadFieldsNamesEveryOneAndChangesNothing() {
        String id = createProject("Kept");
        List<String> before = ItDatabase.rows("projects");

        api().contentType(ContentType.JSON).body("{\"name\": \"\", \"grd_init_status\": \"READY\"}")
                .patch("projects/" + id)
                .then().statusCode(400)
                .body("field", equalTo("grd_init_status"))
                .body("errors.field", contains("grd_init_status", "name"));
        assertEquals(before, ItDatabase.rows("projects"));
    }

    static Stream<Arguments> unreadableBodies() {
        return Stream.of(
                Arguments.of("malformed JSON", "application/json", "{\"name\": \"x\",", 400, "BAD_REQUEST"),
                Arguments.of("JSON array", "application/json", "[1, 2]", 400, "BAD_REQUEST"),
                Arguments.of("JSON null", "application/json", "null", 400, "BAD_REQUEST"),
                Arguments.of("empty body", "application/json", "", 400, "BAD_REQUEST"),
                Arguments.of("wrong content type", "text/plain", "{\"name\": \"x\"}", 415, "UNSUPPORTED_MEDIA_TYPE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableBodies")
    void unreadableCreationIsRejectedAndWritesNothing(String label, String type, String body, int status, String code) {
        List<String> before = ItDatabase.rows("projects");

        api().contentType(type).body(body)
                .post("projects")
                .then().statusCode(status)
                .contentType(ContentType.JSON)
                .body("code", equalTo(code))
                .body("error", notNullValue());
        assertEquals(before, ItDatabase.rows("projects"));
    }

    static Stream<Arguments> invalidPatches() {
        return Stream.of(
                Arguments.of("unknown status", "{\"grd_init_status\": \"done\"}", 400,
                        "grd_init_status must be one of none, initializing, ready, failed"),
                Arguments.of("null status", "{\"grd_init_status\": null}", 400,
                        "grd_init_status must be one of none, initializing, ready, failed"),
                Arguments.of("blank name", "{\"name\": \"\", \"grd_init_status\": \"ready\"}", 400,
                        "name must not be blank"),
                Arguments.of("relative path", "{\"local_path\": \"rel\"}", 400,
                        "local_path must be an absolute path, not 'rel'"),
                Arguments.of("file as path", "{\"local_path\": \"FILE\"}", 400, "local_path FILE is not a directory"),
                Arguments.of("number as name", "{\"name\": 7}", 400, "name must be a string"),
                Arguments.of("control character in name", "{\"name\": \"tab\\there\"}", 400,
                        "name must not contain control characters"),
                Arguments.of("read-only field", "{\"id\": \"proj-00000000\"}", 400,
                        "Unknown field id; a project's changeable fields are description, grd_init_status, local_path, name."),
                Arguments.of("malformed JSON", "{\"name\": ", 400,
                        "The request body is missing or is not valid JSON of the expected shape."),
                Arguments.of("JSON array", "[{\"name\": \"x\"}]", 400,
                        "The request body is missing or is not valid JSON of the expected shape."),
                Arguments.of("JSON string", "\"x\"", 400,
                        "The request body is missing or is not valid JSON of the expected shape."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidPatches")
    void invalidPatchIsRejectedAndChangesNothing(String label, String body, int status, String error) {
        String id = createProject("Unchanged");
        List<String> before = ItDatabase.rows("projects");

        api().contentType(ContentType.JSON).body(withPaths(body))
                .patch("projects/" + id)
                .then().statusCode(status)
                .contentType(ContentType.JSON)
                .body("code", equalTo("BAD_REQUEST"))
                .body("error", equalTo(withPaths(error)));
        assertEquals(before, ItDatabase.rows("projects"));
    }

    @Test
    void aCheckoutBelongsToOneProjectHoweverItsPathIsSpelled() throws IOException {
        Path shared = freshCheckout("shared");
        Path link = Files.createSymbolicLink(workspace.resolve("link-to-shared"), shared);
        String owner = createProject("Owner", shared);
        String other = createProject("Other");
        List<String> before = ItDatabase.rows("projects");

        for (String spelling : List.of(shared.toString(), shared + "/", shared + "/.", link.toString())) {
            api().contentType(ContentType.JSON)
                    .body("{\"name\": \"Second\", \"local_path\": \"" + spelling + "\"}")
                    .post("projects")
                    .then().statusCode(409)
                    .body("code", equalTo("CONFLICT"))
                    .body("field", equalTo("local_path"))
                    .body("project_id", equalTo(owner))
                    .body("error", equalTo("local_path " + spelling + " is already the checkout of project Owner ("
                            + owner + "); open that project instead."));
            api().contentType(ContentType.JSON).body("{\"local_path\": \"" + spelling + "\"}")
                    .patch("projects/" + other)
                    .then().statusCode(409).body("project_id", equalTo(owner));
        }
        assertEquals(before, ItDatabase.rows("projects"));

        api().contentType(ContentType.JSON).body("{\"local_path\": \"" + link + "\"}")
                .patch("projects/" + owner).then().statusCode(200).body("local_path", equalTo(link.toString()));
        api().delete("projects/" + owner).then().statusCode(204);
        createProject("Successor", shared);
    }

    @Test
    void unknownProjectIsNotFoundForEveryMethod() {
        List<String> before = ItDatabase.rows("projects");

        api().get("projects/proj-00000000").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        api().contentType(ContentType.JSON).body("{\"name\": \"x\"}").patch("projects/proj-00000000")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        api().delete("projects/proj-00000000").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        assertEquals(before, ItDatabase.rows("projects"));
    }

    @Test
    void unknownRoutesAndMethodsAnswerInJson() {
        api().get("nothing/here").then().statusCode(404)
                .contentType(ContentType.JSON)
                .body("code", equalTo("NOT_FOUND"))
                .body("error", matchesPattern("There is no API endpoint at .*/api/nothing/here\\."));
        api().put("projects").then().statusCode(405)
                .contentType(ContentType.JSON)
                .body("code", equalTo("METHOD_NOT_ALLOWED"));
        api().options("projects").then().statusCode(200)
                .header("Allow", containsString("POST"))
                .contentType(not(containsString("wadl")));
    }

    @Test
    void whatTheContainerRefusesItselfIsJsonUnderTheApiAndPlainTextElsewhere() {
        api().urlEncodingEnabled(false).get("projects/..%2F..%2Fetc").then().statusCode(404)
                .contentType(ContentType.JSON)
                .body("code", equalTo("NOT_FOUND"));
        given().baseUri(Loopback.application(deployed).toString()).get("missing.js").then().statusCode(404)
                .contentType(ContentType.TEXT)
                .body(equalTo("404 Not Found.\n"));
    }

    @Test
    void theServerListensOnLoopbackAlone() {
        Set<InetSocketAddress> open = OpenSockets.of(serverProcess());

        assertTrue(open.stream().allMatch(address -> address.getAddress().isLoopbackAddress()),
                "addresses open: " + open);
    }

    @Test
    @DisabledIfSystemProperty(named = "arquillian.xml", matches = ".+",
            disabledReason = "a full Payara Server domain has listeners of its own: admin, HTTPS, IIOP")
    void payaraMicroOpensItsHttpPortAloneAndDoesNotPhoneHome() throws Exception {
        long server = serverProcess();

        Set<InetSocketAddress> open = OpenSockets.of(server);

        assertEquals(Set.of(deployed.getPort()),
                open.stream().map(InetSocketAddress::getPort).collect(Collectors.toSet()), "ports open: " + open);
        Path domain = microRuntimeDirectory(server).resolve("config/domain.xml");
        String phoneHome = XPathFactory.newInstance().newXPath().evaluate(
                "/domain/configs/config[@name='server-config']/phone-home-runtime-configuration/@enabled",
                new InputSource(domain.toUri().toString()));
        assertEquals("false", phoneHome, "Payara's phone home, which reports to www.payara.fish, is off");
    }

    /**
     * A deploy and an undeploy leave nothing for an operator to chase in the server's log. The JDBC driver warning
     * that names no application ("[unknown]") is Payara's own: its leak check is the first caller of DriverManager,
     * which then loads the drivers of the deployment's temporary class loader.
     */
    @Test
    @EnabledIfSystemProperty(named = "arquillian.xml", matches = ".+",
            disabledReason = "Payara Micro logs to its console, which the Arquillian adapter reads")
    void theServerLogHoldsNoSevereRecordAndNoDriverTheApplicationLeftRegistered() throws IOException {
        Path log = ProcessTable.openFiles(serverProcess()).stream()
                .filter(file -> file.endsWith("logs/server.log"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The server holds no logs/server.log open"));

        List<String> records = List.of(Files.readString(log).split("\\R(?=\\[\\d{4}-)"));

        assertEquals(List.of(), records.stream()
                .filter(record -> record.contains("] [SEVERE] [")
                        || record.contains("registered the JDBC driver") && !record.contains("[unknown]"))
                .toList());
    }

    private long serverProcess() {
        return OpenSockets.listenerOf(deployed.getPort());
    }

    /** Where Payara Micro unpacked itself, and keeps the domain.xml it runs with. */
    private static Path microRuntimeDirectory(long server) {
        return ProcessTable.openFiles(server).stream()
                .map(file -> Stream.iterate(file, path -> path != null, Path::getParent)
                        .filter(path -> path.getFileName() != null
                                && path.getFileName().toString().startsWith("payaramicro-rt"))
                        .findFirst())
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Payara Micro " + server + " holds no runtime file"));
    }

    @Test
    void readinessReportsTheMigratedDatabase() {
        given().baseUri(Loopback.server(deployed).toString())
                .get("health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'database' }.data.migrated", equalTo("true"))
                .body("checks.find { it.name == 'cluster' }.data.nodes", equalTo("1"));
    }

    @Test
    void openApiDescribesEveryEndpoint() {
        String document = given().baseUri(Loopback.server(deployed).toString()).get("openapi")
                .then().statusCode(200).extract().asString();
        for (String path : List.of("/api/projects:", "/api/projects/{id}:", "/api/projects/{projectId}/events:",
                "/api/projects/{projectId}/planning/invoke:", "/api/projects/{projectId}/planning/status:",
                "/api/projects/{projectId}/planning/init:", "/api/projects/{projectId}/planning/roadmap:",
                "/api/planning/commands:", "/api/projects/{projectId}/sessions:",
                "/api/projects/{projectId}/sessions/{sessionId}/stream:",
                "/api/projects/{projectId}/sessions/{sessionId}/output:",
                "/api/projects/{projectId}/sessions/{sessionId}/input:",
                "/api/projects/{projectId}/sessions/{sessionId}/resize:",
                "/api/projects/{projectId}/sessions/{sessionId}/stop:")) {
            assertTrue(document.contains(path), path + " is missing from\n" + document);
        }
    }

    @Test
    void openApiNamesPropertiesAsTheApiWritesThemAndDescribesTheRequestBodies() {
        JsonPath document = given().baseUri(Loopback.server(deployed).toString()).accept(ContentType.JSON)
                .get("openapi").then().statusCode(200).extract().jsonPath();

        assertEquals(List.of("id", "name", "description", "local_path", "grd_init_status", "grd_init_reason", "created_at",
                        "updated_at"),
                List.copyOf(document.getMap("components.schemas.ProjectView.properties").keySet()));
        assertTrue(document.getMap("components.schemas.SessionView.properties").containsKey("exit_code"));
        assertTrue(document.getMap("components.schemas.Page.properties").containsKey("total_count"));
        assertEquals(List.of("name", "description", "local_path", "auto_init"),
                List.copyOf(requestBody(document, "/api/projects", "post").keySet()));
        assertEquals(List.of("command", "args", "mode"),
                List.copyOf(requestBody(document, "/api/projects/{projectId}/planning/invoke", "post").keySet()));
        assertEquals(Map.of("type", "integer", "minimum", 1, "maximum", 1000), requestBody(document,
                "/api/projects/{projectId}/sessions/{sessionId}/resize", "post").get("cols"));
    }

    /**
     * Each endpoint names the fields it accepts when it refuses an unknown one, and the document must describe the
     * same.
     */
    @Test
    @SuppressWarnings("unchecked")
    void openApiDescribesEachRequestBodyWithTheFieldsItsEndpointAccepts() {
        JsonPath document = given().baseUri(Loopback.server(deployed).toString()).accept(ContentType.JSON)
                .get("openapi").then().statusCode(200).extract().jsonPath();
        String project = createProject("Described");
        Map<String, String> bodies = Map.of(
                "post /api/projects", "projects",
                "patch /api/projects/{id}", "projects/" + project,
                "post /api/projects/{projectId}/planning/invoke", "projects/" + project + "/planning/invoke",
                "post /api/projects/{projectId}/planning/init", "projects/" + project + "/planning/init",
                "post /api/projects/{projectId}/sessions/{sessionId}/input", "projects/" + project + "/sessions/s/input",
                "post /api/projects/{projectId}/sessions/{sessionId}/resize", "projects/" + project + "/sessions/s/resize");

        bodies.forEach((operation, target) -> {
            String method = operation.substring(0, operation.indexOf(' '));
            String refusal = api().contentType(ContentType.JSON).body("{\"unheard_of\": 1}").request(method, target)
                    .then().statusCode(400).extract().path("error");
            Set<String> accepted = Set.of(refusal.replaceFirst("^.*fields are (.*)\\.$", "$1").split(", "));
            Set<String> described = requestBody(document, operation.substring(method.length() + 1), method).keySet();
            assertEquals(accepted, Set.copyOf(described), operation + ": " + refusal);
        });
        Map<String, Object> cols = (Map<String, Object>) requestBody(document,
                "/api/projects/{projectId}/sessions/{sessionId}/resize", "post").get("cols");
        api().contentType(ContentType.JSON).body("{\"cols\": 0, \"rows\": 1}")
                .post("projects/" + project + "/sessions/s/resize")
                .then().statusCode(400).body("error", equalTo("cols must be a whole number from "
                        + cols.get("minimum") + " to " + cols.get("maximum")));
    }

    /**
     * Path templates and media types hold characters that a JsonPath expression cannot name, so maps are walked; the
     * paths begin with the test deployment's context root. A body's schema may be a reference to a named one.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> requestBody(JsonPath document, String path, String method) {
        Map<String, Object> paths = document.getMap("paths");
        Map<String, Object> node = (Map<String, Object>) paths.get(paths.keySet().stream()
                .filter(key -> key.endsWith(path)).findFirst().orElseThrow());
        for (String key : List.of(method, "requestBody", "content", "application/json", "schema")) {
            node = (Map<String, Object>) node.get(key);
        }
        if (node.get("$ref") instanceof String reference) {
            node = document.getMap("components.schemas." + reference.substring(reference.lastIndexOf('/') + 1));
        }
        return (Map<String, Object>) node.get("properties");
    }

    private static String withPaths(String text) {
        return text.replace("CHECKOUT", checkout.toString()).replace("FILE", plainFile.toString());
    }
}
