/** The safeguarding queue page: open alerts, oldest first, for the configured safeguarding leads. */
@NullMarked
package org.chorus.command.safeguarding.page;

import org.jspecify.annotations.NullMarked;
