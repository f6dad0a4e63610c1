@NullMarked
package org.chorus.command.rules;

import org.jspecify.annotations.NullMarked;
