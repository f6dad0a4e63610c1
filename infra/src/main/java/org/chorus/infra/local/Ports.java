package org.chorus.infra.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port checks that fail with a message a developer can act on. */
public final class Ports {

  private Ports() {}

  public static int free() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free local port", e);
    }
  }

  static void requireFree(int port, String what, String envVar) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(port));
    } catch (IOException e) {
      throw new IllegalStateException(
          "Port " + port + " for " + what + " is already in use. Stop whatever holds it or choose another port with "
              + envVar + "=<port>.",
          e);
    }
  }
}
