/**
 * The curated outward stream, {@code chorus.insight.stories}: the stories analysts may see, for ICB data platforms
 * to subscribe to, with a tombstone when a story may no longer be held.
 */
@NullMarked
package org.chorus.query.sharing;

import org.jspecify.annotations.NullMarked;
