@NullMarked
package org.chorus.command.codes;

import org.jspecify.annotations.NullMarked;
