@NullMarked
package org.chorus.query.insight.web;

import org.jspecify.annotations.NullMarked;
