@NullMarked
package org.chorus.command.champion;

import org.jspecify.annotations.NullMarked;
