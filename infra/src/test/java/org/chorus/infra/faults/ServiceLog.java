package org.chorus.infra.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/** A service's output over all its restarts, in one file: a hundred restarts would drown the test report. */
final class ServiceLog implements Consumer<String>, AutoCloseable {

  private final Path file;
  private final Writer writer;

  ServiceLog(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    this.file = file;
    this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  Path file() {
    return file;
  }

  @Override
  public synchronized void accept(String line) {
    try {
      writer.write(line);
      writer.write('\n');
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  synchronized void mark(String event) {
    accept("===== fault suite: " + event + " =====");
  }

  @Override
  public synchronized void close() throws IOException {
    writer.close();
  }
}
