package org.chorus.query.insight;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of the feed; {@code nextCursor} is absent on the last page. */
public record FeedPage(List<StoryView> items, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String nextCursor) {
}
