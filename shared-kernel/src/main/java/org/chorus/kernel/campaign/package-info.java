/** Outreach campaigns: a theme, places and a target; enrolled champions log the people they reach. */
@NullMarked
package org.chorus.kernel.campaign;

import org.jspecify.annotations.NullMarked;
