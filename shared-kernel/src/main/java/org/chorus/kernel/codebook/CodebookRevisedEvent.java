package org.chorus.kernel.codebook;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * command-service published a new revision of the codebook: every theme ever configured, retired ones included,
 * so that stories coded with a retired theme stay readable.
 */
@Revision("1")
public record CodebookRevisedEvent(int revision, List<Theme> themes, String revisedBy) implements CodebookEvent {

    public CodebookRevisedEvent {
        if (revision < 1) {
            throw new IllegalArgumentException("codebook revision starts at 1: " + revision);
        }
        themes = List.copyOf(themes);
    }
}
