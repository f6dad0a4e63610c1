package org.chorus.web.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser finds every call of API.md, so the OpenAPI check cannot pass on an empty list. */
class ApiContractTest {

    @Test
    void findsTheTwentyNineCommandServiceCallsCountedByHand() throws IOException {
        // stories 10, storyteller self-service 3, co-design sessions 11, champions and campaigns 5
        assertThat(ApiContract.calls(Files.readAllLines(ApiContract.locate()), "command-service")).hasSize(29)
                .contains("POST /api/v1/stories", "POST /api/v1/storyteller/lookup",
                        "PUT /api/v1/storyteller/consent", "POST /api/v1/sessions/{}/proposals/{}/votes",
                        "POST /api/v1/campaigns/{}/close")
                .doesNotContain("GET /api/v1/dashboard");
    }

    @Test
    void findsTheEightQueryServiceCallsCountedByHand() throws IOException {
        assertThat(ApiContract.calls(Files.readAllLines(ApiContract.locate()), "query-service")).hasSize(8)
                .contains("GET /api/v1/sessions/{}/state", "GET /api/v1/dashboard")
                .doesNotContain("POST /api/v1/stories");
    }

    @Test
    void readsOnlyTheNamedSectionAndLeavesOutNamesAndQueryStrings() {
        List<String> lines = List.of("## command-service (writes)", "| `POST /a/{id}/b` `{\"x\"}` | 202 |",
                "## command-service-two", "| `GET /c` | 200 |", "## query-service", "| `GET /d/{id}?at={n}` | 200 |",
                "| call | role |", "`GET /not-in-a-table`");

        assertThat(ApiContract.calls(lines, "command-service")).containsExactly("POST /a/{}/b");
        assertThat(ApiContract.calls(lines, "query-service")).containsExactly("GET /d/{}");
    }
}
