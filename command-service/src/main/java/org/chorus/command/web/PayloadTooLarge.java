package org.chorus.command.web;

import java.io.IOException;

/** The request body is over the limit (answered 413). */
class PayloadTooLarge extends IOException {
    PayloadTooLarge(long limit) {
        super("request body over " + limit + " bytes");
    }
}
