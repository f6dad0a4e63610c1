/** The theme codebook: configured themes published as codebook revisions for the read side. */
@NullMarked
package org.chorus.command.codebook;

import org.jspecify.annotations.NullMarked;
