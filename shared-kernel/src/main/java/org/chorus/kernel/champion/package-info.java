/** Community champions: who they are, where they work and the login they sign in with. */
@NullMarked
package org.chorus.kernel.champion;

import org.jspecify.annotations.NullMarked;
