@NullMarked
package org.chorus.command.publishing;

import org.jspecify.annotations.NullMarked;
