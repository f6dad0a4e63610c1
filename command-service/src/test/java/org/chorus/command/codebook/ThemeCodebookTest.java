package org.chorus.command.codebook;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.codebook.CodebookRevisedEvent;
import org.chorus.kernel.codebook.Theme;
import org.junit.jupiter.api.Test;

class ThemeCodebookTest {
    private static final Theme ACCESS = theme("ACCESS", "Access to care", List.of("appointment"));
    private static final Theme TRUST = theme("TRUST", "Trust", List.of("trust", "zaufanie"));

    private final AggregateTestFixture<ThemeCodebook> fixture = new AggregateTestFixture<>(ThemeCodebook.class);

    @Test
    void theFirstConfigurationBecomesRevisionOne() {
        fixture.givenNoPriorActivity()
                .when(revise(ACCESS, TRUST))
                .expectEvents(new CodebookRevisedEvent(1, List.of(ACCESS, TRUST), "configuration"));
    }

    @Test
    void anUnchangedConfigurationRecordsNothing() {
        fixture.given(new CodebookRevisedEvent(1, List.of(ACCESS, TRUST), "configuration"))
                .when(revise(ACCESS, TRUST))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aChangedLabelOrKeywordListIsTheNextRevision() {
        Theme relabelled = theme("TRUST", "Trust in services", List.of("trust", "zaufanie", "confiança"));
        fixture.given(new CodebookRevisedEvent(1, List.of(ACCESS, TRUST), "configuration"))
                .when(revise(ACCESS, relabelled))
                .expectEvents(new CodebookRevisedEvent(2, List.of(ACCESS, relabelled), "configuration"));
    }

    @Test
    void aThemeRemovedFromConfigurationIsKeptAsRetired() {
        Theme housing = theme("HOUSING", "Housing", List.of("damp"));
        fixture.given(new CodebookRevisedEvent(1, List.of(ACCESS, TRUST), "configuration"))
                .when(revise(ACCESS, housing))
                .expectEvents(new CodebookRevisedEvent(2, List.of(ACCESS,
                        new Theme(new ThemeCode("TRUST"), "Trust", List.of("trust", "zaufanie"), true), housing),
                        "configuration"));
    }

    @Test
    void anAlreadyRetiredThemeStaysRetiredWithoutANewRevision() {
        Theme retired = new Theme(new ThemeCode("TRUST"), "Trust", List.of("trust"), true);
        fixture.given(new CodebookRevisedEvent(2, List.of(ACCESS, retired), "configuration"))
                .when(revise(ACCESS))
                .expectNoEvents();
    }

    private static ReviseCodebook revise(Theme... themes) {
        return new ReviseCodebook(ThemeCodebook.ID, List.of(themes), "configuration");
    }

    private static Theme theme(String code, String label, List<String> keywords) {
        return new Theme(new ThemeCode(code), label, keywords, false);
    }
}
