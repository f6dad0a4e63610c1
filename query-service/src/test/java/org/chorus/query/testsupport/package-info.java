@NullMarked
package org.chorus.query.testsupport;

import org.jspecify.annotations.NullMarked;
