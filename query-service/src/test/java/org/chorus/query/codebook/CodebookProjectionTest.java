package org.chorus.query.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.List;
import java.util.UUID;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.codebook.CodebookRevisedEvent;
import org.chorus.kernel.codebook.Theme;
import org.chorus.query.testsupport.MongoWire;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CodebookProjectionTest {
    private static final Theme ACCESS = new Theme(new ThemeCode("ACCESS"), "Access", List.of("wizyta"), false);
    private static final Theme TRUST = new Theme(new ThemeCode("TRUST"), "Trust", List.of("trust"), false);
    private static final Theme TRUST_RETIRED = new Theme(new ThemeCode("TRUST"), "Trust", List.of("trust"), true);

    private final MongoClient client = MongoClients.create(MongoWire.uri());
    private final MongoDatabase database = client.getDatabase("codebook-" + UUID.randomUUID());
    private final CodebookProjection projection = new CodebookProjection(database);
    private final KnownCodebook known = new KnownCodebook(database);

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void nothingIsKnownBeforeTheFirstRevision() {
        assertThat(known.themes()).isEmpty();
        assertThat(known.knows("ACCESS")).isFalse();
    }

    @Test
    void eachNextRevisionReplacesTheKnownCodebookAndRetiredThemesStayKnown() {
        assertThat(projection.apply(new CodebookRevisedEvent(1, List.of(ACCESS, TRUST), "configuration"))).isTrue();
        assertThat(projection.apply(new CodebookRevisedEvent(2, List.of(ACCESS, TRUST_RETIRED), "configuration"))).isTrue();

        assertThat(known.themes()).containsExactly(ACCESS, TRUST_RETIRED);
        assertThat(known.knows("TRUST")).isTrue();
        assertThat(known.knows("HOUSING")).isFalse();
    }

    @Test
    void aRememberedCodebookIsReadOncePerRevisionItsProjectionApplies() {
        KnownCodebook remembered = KnownCodebook.remembered(database);
        CodebookProjection forgetting = new CodebookProjection(database, remembered::forget);
        assertThat(remembered.themes()).isEmpty();

        forgetting.apply(new CodebookRevisedEvent(1, List.of(ACCESS, TRUST), "configuration"));
        assertThat(remembered.themes()).containsExactly(ACCESS, TRUST);
        // written behind its back: a remembered codebook does not read again until told
        projection.apply(new CodebookRevisedEvent(2, List.of(ACCESS), "configuration"));
        assertThat(remembered.themes()).containsExactly(ACCESS, TRUST);

        forgetting.apply(new CodebookRevisedEvent(3, List.of(ACCESS, TRUST_RETIRED), "configuration"));
        assertThat(remembered.themes()).containsExactly(ACCESS, TRUST_RETIRED);
    }

    @Test
    void aRedeliveredRevisionChangesNothing() {
        projection.apply(new CodebookRevisedEvent(1, List.of(ACCESS, TRUST), "configuration"));
        projection.apply(new CodebookRevisedEvent(2, List.of(ACCESS, TRUST_RETIRED), "configuration"));

        assertThat(projection.apply(new CodebookRevisedEvent(1, List.of(ACCESS, TRUST), "configuration"))).isFalse();
        assertThat(projection.apply(new CodebookRevisedEvent(2, List.of(ACCESS, TRUST_RETIRED), "configuration")))
                .isFalse();

        assertThat(known.themes()).containsExactly(ACCESS, TRUST_RETIRED);
    }

    @Test
    void aRevisionAfterAGapIsRefusedUntilTheMissingOneArrives() {
        projection.apply(new CodebookRevisedEvent(1, List.of(ACCESS), "configuration"));

        assertThatThrownBy(() -> projection.apply(new CodebookRevisedEvent(3, List.of(ACCESS, TRUST), "configuration")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(known.themes()).containsExactly(ACCESS);
    }
}
