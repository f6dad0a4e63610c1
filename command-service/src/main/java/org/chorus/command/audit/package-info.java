@NullMarked
package org.chorus.command.audit;

import org.jspecify.annotations.NullMarked;
