@NullMarked
package org.chorus.command.security;

import org.jspecify.annotations.NullMarked;
