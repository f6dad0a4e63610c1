/**
 * The dashboard shell every page shares: the pages and who may open them, the nav built from them, sign-in and the
 * home page, and the chart-with-table model the {@code layout :: chart} fragment draws.
 */
@NullMarked
package org.chorus.query.page;

import org.jspecify.annotations.NullMarked;
