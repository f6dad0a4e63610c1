package org.chorus.command.storyteller;

import org.chorus.command.web.NotFound;

/** No story answers to this reference and receipt code: unknown, wrong code or withdrawn, all told apart by nothing. */
public class WrongPair extends NotFound {
    WrongPair() {
        super("no story answers to this reference and receipt code");
    }
}
