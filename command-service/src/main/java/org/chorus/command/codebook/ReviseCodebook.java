package org.chorus.command.codebook;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.chorus.kernel.codebook.Theme;

/** Make the codebook match the configured themes; themes missing from them are kept as retired. */
record ReviseCodebook(@TargetAggregateIdentifier String codebookId, List<Theme> themes, String revisedBy) {
}
