/**
 * The curated, outward-facing stream: what an ICB data platform may subscribe to. Unlike the internal event topics
 * ({@link org.chorus.kernel.event.Topics}), it carries only approved, consented, redacted stories, never a
 * storyteller field, and a tombstone when a story must no longer be held. Described for subscribers in
 * {@code docs/asyncapi/insight-stories.yaml}, with a JSON Schema per message type and revision.
 */
@NullMarked
package org.chorus.kernel.sharing;

import org.jspecify.annotations.NullMarked;
