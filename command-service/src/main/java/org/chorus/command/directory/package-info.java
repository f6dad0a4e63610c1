@NullMarked
package org.chorus.command.directory;

import org.jspecify.annotations.NullMarked;
