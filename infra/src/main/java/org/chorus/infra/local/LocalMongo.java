package org.chorus.infra.local;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The MongoDB wire protocol over an H2 MVStore file that survives restarts. */
public final class LocalMongo implements AutoCloseable {

  private final MongoServer server;
  private final H2Backend backend;
  private final int port;

  private LocalMongo(MongoServer server, H2Backend backend, int port) {
    this.server = server;
    this.backend = backend;
    this.port = port;
  }

  public static LocalMongo start(Path storeFile, int port) throws IOException {
    Files.createDirectories(storeFile.getParent());
    H2Backend backend = new IndexedH2Backend(storeFile.toString());
    MongoServer server = new MongoServer(backend);
    try {
      server.bind("localhost", port);
    } catch (RuntimeException e) {
      backend.close();
      throw e;
    }
    return new LocalMongo(server, backend, port);
  }

  public String uri() {
    return "mongodb://localhost:" + port;
  }

  @Override
  public void close() {
    server.shutdown();
    // the store commits about once a second; closing it writes the last changes
    if (!backend.getMvStore().isClosed()) {
      backend.close();
    }
  }

  @Override
  public String toString() {
    return "MongoDB wire server at " + uri();
  }
}
