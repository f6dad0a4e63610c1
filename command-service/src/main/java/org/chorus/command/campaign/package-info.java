@NullMarked
package org.chorus.command.campaign;

import org.jspecify.annotations.NullMarked;
