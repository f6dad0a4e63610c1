package org.chorus.infra.bench;

import java.util.List;
import java.util.Map;

/** Everything measured for one configuration: the step-up steps, the figures, and the histograms for the image. */
record ConfigResult(String configuration, List<StepResult> steps, List<Figure> figures, Map<String, Histogram> series) {
}
