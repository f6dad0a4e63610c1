/** The campaign progress API and page. */
@NullMarked
package org.chorus.query.campaign.web;

import org.jspecify.annotations.NullMarked;
