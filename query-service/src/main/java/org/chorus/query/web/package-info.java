@NullMarked
package org.chorus.query.web;

import org.jspecify.annotations.NullMarked;
