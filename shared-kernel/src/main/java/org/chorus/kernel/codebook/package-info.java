/** The theme codebook: which themes the ICS codes stories with, their labels and suggestion keywords. */
@NullMarked
package org.chorus.kernel.codebook;

import org.jspecify.annotations.NullMarked;
