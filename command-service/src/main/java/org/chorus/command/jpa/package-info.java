@NullMarked
package org.chorus.command.jpa;

import org.jspecify.annotations.NullMarked;
