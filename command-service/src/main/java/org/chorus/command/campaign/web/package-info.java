@NullMarked
package org.chorus.command.campaign.web;

import org.jspecify.annotations.NullMarked;
