@NullMarked
package org.chorus.command;

import org.jspecify.annotations.NullMarked;
