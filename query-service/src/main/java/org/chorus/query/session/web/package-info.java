@NullMarked
package org.chorus.query.session.web;

import org.jspecify.annotations.NullMarked;
