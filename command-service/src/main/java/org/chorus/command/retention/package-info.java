/** Retention: shredding personal data Chorus no longer has a reason to keep (rejected stories). */
@NullMarked
package org.chorus.command.retention;

import org.jspecify.annotations.NullMarked;
