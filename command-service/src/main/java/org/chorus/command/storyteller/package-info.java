/**
 * The storyteller in control: with their reference and receipt code, and no account, a storyteller sees their
 * story's status, consent and the responses to it, changes the consent or withdraws the story. Wrong pairs are
 * throttled by {@link org.chorus.command.storyteller.LookupThrottle}. With contact consent, responses are sent to
 * them through {@link org.chorus.command.notify.Notifications}.
 */
@NullMarked
package org.chorus.command.storyteller;

import org.jspecify.annotations.NullMarked;
