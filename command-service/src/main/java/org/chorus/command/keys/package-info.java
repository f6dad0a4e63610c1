@NullMarked
package org.chorus.command.keys;

import org.jspecify.annotations.NullMarked;
