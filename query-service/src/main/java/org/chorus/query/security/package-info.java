@NullMarked
package org.chorus.query.security;

import org.jspecify.annotations.NullMarked;
