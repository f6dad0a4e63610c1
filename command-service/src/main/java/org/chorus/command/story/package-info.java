@NullMarked
package org.chorus.command.story;

import org.jspecify.annotations.NullMarked;
