@NullMarked
package org.chorus.command.session.web;

import org.jspecify.annotations.NullMarked;
