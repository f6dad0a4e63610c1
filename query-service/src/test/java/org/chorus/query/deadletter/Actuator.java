package org.chorus.query.deadletter;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.chorus.query.testsupport.SignedIn;

/** What an administrator and an analyst see over HTTP: the parked endpoint and the story API. */
final class Actuator {
    private final SignedIn http;

    Actuator(int port) {
        this.http = new SignedIn(port);
    }

    /** The parked aggregate as {@code GET /actuator/parked} lists it, or null. */
    Map<String, Object> parked(String aggregateId) throws Exception {
        List<Map<String, Object>> found = JsonPath.read(get("/actuator/parked", "admin").body(),
                "$.aggregates[?(@.aggregateId == '" + aggregateId + "')]");
        return found.isEmpty() ? null : found.get(0);
    }

    List<Object> parkedAggregates() throws Exception {
        return JsonPath.read(get("/actuator/parked", "admin").body(), "$.aggregates");
    }

    HttpResponse<String> replay(String aggregateId) throws Exception {
        return http.send(http.request("/actuator/parked/" + aggregateId, "admin")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** The story's themes as an analyst sees them, or null while the story cannot be read. */
    List<String> themes(String storyId) throws Exception {
        HttpResponse<String> story = get("/api/v1/insights/stories/" + storyId, "analyst");
        return story.statusCode() == 200 ? JsonPath.read(story.body(), "$.themes") : null;
    }

    HttpResponse<String> get(String path, String user) throws Exception {
        return http.get(path, user);
    }
}
