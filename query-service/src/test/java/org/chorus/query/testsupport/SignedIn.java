package org.chorus.query.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** HTTP calls to the running read side as one of the local users, whose password is their name and "-local". */
public final class SignedIn {
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public SignedIn(int port) {
        this.port = port;
    }

    /** A request to the path with the user's basic credentials; the caller picks the method. */
    public HttpRequest.Builder request(String path, String user) {
        String credentials = Base64.getEncoder()
                .encodeToString((user + ":" + user + "-local").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + credentials);
    }

    public HttpResponse<String> get(String path, String user) throws Exception {
        return send(request(path, user).GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
