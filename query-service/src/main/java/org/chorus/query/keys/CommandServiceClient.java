package org.chorus.query.keys;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** command-service's internal endpoints as the {@code query-service} user: its base URL and Basic credentials. */
@Component
public final class CommandServiceClient {
    private final String baseUrl;
    private final String authorization;

    public CommandServiceClient(@Value("${chorus.command.url}") String commandUrl,
            @Value("${chorus.internal.password}") String password) {
        this.baseUrl = commandUrl.replaceAll("/+$", "");
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString(("query-service:" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A request for {@code path} (from its leading slash, with any query), authorised and asking for JSON. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", authorization)
                .header("Accept", "application/json");
    }
}
