/**
 * Co-design sessions: the events of the {@code CoDesignSession} aggregate, and the one pure fold of those events
 * into a session's state that both the aggregate's rules and replay use.
 */
@NullMarked
package org.chorus.kernel.session;

import org.jspecify.annotations.NullMarked;
