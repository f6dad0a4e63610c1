package org.chorus.query.story;

/**
 * A story observer told only of the events the live consumers apply, never of a rebuild's replay into a fresh
 * database: what it feeds is not in that database (a per-instance search index, the curated outward stream) and
 * would gain nothing from hearing every story's history again.
 */
public interface LiveOnly extends StoryObserver {
}
