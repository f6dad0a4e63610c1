/** The theme codebook as command-service last published it: which theme codes exist, which are still active. */
@NullMarked
package org.chorus.query.codebook;

import org.jspecify.annotations.NullMarked;
