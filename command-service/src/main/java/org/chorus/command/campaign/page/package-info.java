@NullMarked
package org.chorus.command.campaign.page;

import org.jspecify.annotations.NullMarked;
