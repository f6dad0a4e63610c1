package org.chorus.command.codebook;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One theme's label, suggestion keywords and retirement, as configured under {@code chorus.codebook.themes}. */
record ThemeSettings(@Nullable String label, @Nullable List<String> keywords, boolean retired) {
}
