@NullMarked
package org.chorus.command.story.web;

import org.jspecify.annotations.NullMarked;
