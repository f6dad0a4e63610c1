package org.chorus.query.keys;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.chorus.kernel.event.KernelJson;
import org.springframework.stereotype.Component;

/** Fetches released data keys from command-service's internal key endpoint, as the {@code query-service} user. */
@Component
class HttpContentKeys implements ContentKeys {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final CommandServiceClient commandService;

    HttpContentKeys(CommandServiceClient commandService) {
        this.commandService = commandService;
    }

    @Override
    public Optional<byte[]> find(String keyId) {
        HttpResponse<String> response = send(commandService.request(pathOf(keyId))
                .timeout(TIMEOUT)
                .GET()
                .build());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new KeyServiceUnavailableException(
                    "key " + keyId + ": command-service answered " + response.statusCode());
        }
        ReleasedKey released = KernelJson.mapper().readValue(response.body(), ReleasedKey.class);
        if (!keyId.equals(released.keyId())) {
            throw new KeyServiceUnavailableException("asked for key " + keyId + " but got " + released.keyId());
        }
        return Optional.of(Base64.getDecoder().decode(released.key()));
    }

    private static String pathOf(String keyId) {
        return "/internal/v1/keys/" + URLEncoder.encode(keyId, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new KeyServiceUnavailableException("command-service key endpoint unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeyServiceUnavailableException("interrupted while fetching key", e);
        }
    }

    record ReleasedKey(String keyId, String key) {
    }
}
