/**
 * The facilitator's pages: the list of sessions, the console that records each step of a session, and the replay
 * that shows a session as it stood after any of its events.
 */
@NullMarked
package org.chorus.command.session.page;

import org.jspecify.annotations.NullMarked;
