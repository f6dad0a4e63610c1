/**
 * Safeguarding: when a moderator escalates a story, the configured safeguarding lead is alerted at once, with the
 * story's reference, place, time and a link to the moderation page, never its content; open alerts wait on the
 * safeguarding queue until a lead acknowledges them.
 */
@NullMarked
package org.chorus.command.safeguarding;

import org.jspecify.annotations.NullMarked;
