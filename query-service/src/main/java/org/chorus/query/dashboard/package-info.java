/** The programme dashboard: story totals, open sessions, overdue actions and campaign reach, read together. */
@NullMarked
package org.chorus.query.dashboard;

import org.jspecify.annotations.NullMarked;
