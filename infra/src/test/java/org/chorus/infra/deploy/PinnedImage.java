package org.chorus.infra.deploy;

import java.util.regex.Pattern;

/** An image reference pinned to one release: a version tag (major.minor at least) or a digest, never latest. */
final class PinnedImage {

  private static final Pattern VERSION_TAG = Pattern.compile("\\d+\\.\\d+(\\.\\d+)?([-_][A-Za-z0-9_.-]+)?");
  private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");

  private PinnedImage() {
  }

  static boolean isPinned(String image) {
    int at = image.indexOf('@');
    if (at >= 0) {
      return DIGEST.matcher(image.substring(at + 1)).matches();
    }
    int slash = image.lastIndexOf('/');
    int colon = image.lastIndexOf(':');
    if (colon <= slash) {
      return false;
    }
    return VERSION_TAG.matcher(image.substring(colon + 1)).matches();
  }
}
