/** Campaign progress as programme leads and champions read it: reach against target, by champion, venue and week. */
@NullMarked
package org.chorus.query.campaign.progress;

import org.jspecify.annotations.NullMarked;
