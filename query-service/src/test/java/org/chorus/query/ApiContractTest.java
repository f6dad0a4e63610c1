package org.chorus.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The parser finds every query-service call of API.md, so the OpenAPI check cannot pass on an empty list. */
class ApiContractTest {

    @Test
    void findsTheEightQueryServiceCallsCountedByHand() throws IOException {
        assertThat(ApiContract.calls(Files.readAllLines(ApiContract.locate()), "query-service")).hasSize(8)
                .contains("GET /api/v1/insights/feed", "GET /api/v1/insights/stories/{}",
                        "GET /api/v1/sessions/{}/state", "GET /api/v1/campaigns/{}/progress", "GET /api/v1/dashboard")
                .doesNotContain("POST /api/v1/stories");
    }
}
