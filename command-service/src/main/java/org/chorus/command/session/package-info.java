@NullMarked
package org.chorus.command.session;

import org.jspecify.annotations.NullMarked;
