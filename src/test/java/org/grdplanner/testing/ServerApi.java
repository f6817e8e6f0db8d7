package org.grdplanner.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;

/** The API of one server under test, over 127.0.0.1: the calls that many tests make to set up and to wait. */
public final class ServerApi {

    private final URI application;
    private final String token;

    public ServerApi(URL deployed) {
        this(deployed, null);
    }

    /** A server started with GRD_API_TOKEN: each request carries {@code token}. */
    public ServerApi(URL deployed, String token) {
        this.application = Loopback.application(deployed);
        this.token = token;
    }

    public URI uri(String path) {
        return application.resolve(path);
    }

    /** A request of the API without the token. */
    public RequestSpecification anonymous() {
        return given().baseUri(application.resolve("api/").toString());
    }

    public RequestSpecification request() {
        return token == null ? anonymous() : anonymous().header("Authorization", "Bearer " + token);
    }

    public String createProject(String name, Path checkout) {
        return request().contentType(ContentType.JSON)
                .body(Json.createObjectBuilder().add("name", name).add("local_path", checkout.toString()).build()
                        .toString())
                .post("projects").then().statusCode(201).extract().path("id");
    }

    public String createProject(Path checkout) {
        return createProject(checkout.getFileName().toString(), checkout);
    }

    /** The session once it is no longer active. */
    public JsonPath endedSession(String projectId, String sessionId) throws InterruptedException {
        String path = "projects/" + projectId + "/sessions/" + sessionId;
        Eventually.until(() -> !"active".equals(request().get(path).then().statusCode(200).extract().path("status")),
                "session " + sessionId + " ended");
        return request().get(path).then().statusCode(200).extract().jsonPath();
    }
}
