package org.grdplanner.platform.boundary;

import jakarta.ws.rs.core.Response.Status;

final class HttpCodes {

    private HttpCodes() {
    }

    static String codeOf(int status) {
        Status known = Status.fromStatusCode(status);
        return known == null ? "HTTP_" + status : known.name();
    }

    static String sentenceOf(int status) {
        Status known = Status.fromStatusCode(status);
        return known == null ? "The request failed with HTTP status " + status + "." : known.getReasonPhrase() + ".";
    }
}
