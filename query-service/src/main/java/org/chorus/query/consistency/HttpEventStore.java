package org.chorus.query.consistency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.chorus.kernel.event.KernelJson;
import org.chorus.query.keys.CommandServiceClient;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * command-service's internal aggregate endpoints ({@code /internal/v1/aggregates}), called as the {@code query-service}
 * user like the key endpoint.
 */
@Component
class HttpEventStore implements EventStore {
    static final int PAGE = 1000;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    // a republish waits for the broker's acknowledgements of every event it sends
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private final CommandServiceClient commandService;

    HttpEventStore(CommandServiceClient commandService) {
        this.commandService = commandService;
    }

    @Override
    public List<StoredAggregate> aggregates() {
        List<StoredAggregate> all = new ArrayList<>();
        String after = null;
        do {
            String query = "?limit=" + PAGE + (after == null ? "" : "&after=" + encode(after));
            Page page = KernelJson.mapper().readValue(
                    call(commandService.request("/internal/v1/aggregates" + query).GET()),
                    Page.class);
            all.addAll(page.aggregates());
            after = page.aggregates().isEmpty() ? null : page.next();
        } while (after != null);
        return all;
    }

    @Override
    public long republish(String aggregateId, long fromSequence) {
        String path = "/internal/v1/aggregates/" + encode(aggregateId) + "/republish?fromSequence=" + fromSequence;
        Republished answer = KernelJson.mapper().readValue(
                call(commandService.request(path).POST(HttpRequest.BodyPublishers.noBody())), Republished.class);
        return answer.republished();
    }

    private String call(HttpRequest.Builder request) {
        HttpResponse<String> response;
        try {
            response = http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("command-service aggregate endpoint unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventStoreException("interrupted while calling command-service", e);
        }
        if (response.statusCode() != 200) {
            throw new EventStoreException(response.request().method() + " " + response.request().uri().getPath()
                    + ": command-service answered " + response.statusCode());
        }
        return response.body();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    record Page(List<StoredAggregate> aggregates, @Nullable String next) {
    }

    record Republished(String aggregateId, long republished) {
    }

    /** command-service could not answer. */
    static final class EventStoreException extends RuntimeException {
        EventStoreException(String message) {
            super(message);
        }

        EventStoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
