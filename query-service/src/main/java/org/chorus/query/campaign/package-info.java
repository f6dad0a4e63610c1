/** Champions and outreach campaigns projected from their events, and the stories collected for each campaign. */
@NullMarked
package org.chorus.query.campaign;

import org.jspecify.annotations.NullMarked;
