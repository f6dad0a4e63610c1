@NullMarked
package org.chorus.query.session.replay;

import org.jspecify.annotations.NullMarked;
