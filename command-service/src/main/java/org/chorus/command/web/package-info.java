@NullMarked
package org.chorus.command.web;

import org.jspecify.annotations.NullMarked;
