package org.chorus.kernel.codebook;

import java.util.List;
import org.chorus.kernel.code.ThemeCode;

/**
 * One theme of the codebook: its code, a human label, the keywords (in any of the ICS's languages) that suggest it
 * for a story, and whether it is retired (kept for reading old stories, no longer offered for coding).
 */
public record Theme(ThemeCode code, String label, List<String> keywords, boolean retired) {

    public Theme {
        keywords = List.copyOf(keywords);
    }
}
