/** The language champion-facing pages (and API field messages) are given in: chosen, remembered, or English. */
@NullMarked
package org.chorus.command.language;

import org.jspecify.annotations.NullMarked;
