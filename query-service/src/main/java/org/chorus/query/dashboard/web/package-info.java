/** {@code GET /api/v1/dashboard}. */
@NullMarked
package org.chorus.query.dashboard.web;

import org.jspecify.annotations.NullMarked;
