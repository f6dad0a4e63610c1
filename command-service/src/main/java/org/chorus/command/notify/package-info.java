/**
 * Emails and text messages through GOV.UK Notify ({@link org.chorus.command.notify.Notifications}), with a
 * stand-in of the Notify API on the {@code local} profile.
 */
@NullMarked
package org.chorus.command.notify;

import org.jspecify.annotations.NullMarked;
