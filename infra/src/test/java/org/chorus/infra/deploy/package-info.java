/** Checks of the deployment files (compose, Kubernetes, Grafana) as files: nothing here starts a container. */
@NullMarked
package org.chorus.infra.deploy;

import org.jspecify.annotations.NullMarked;
