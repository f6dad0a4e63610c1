@NullMarked
package org.chorus.command.health;

import org.jspecify.annotations.NullMarked;
