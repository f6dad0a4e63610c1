/**
 * The arrival log: every time a story becomes visible to analysts it is appended once, under a number from a shared
 * counter, so the live stream can follow arrivals in the order they were projected rather than by approval time.
 */
@NullMarked
package org.chorus.query.insight.arrival;

import org.jspecify.annotations.NullMarked;
