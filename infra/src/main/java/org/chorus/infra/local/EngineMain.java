package org.chorus.infra.local;

import java.nio.file.Path;

/**
 * One engine in a JVM of its own, so that the bench can measure its CPU and memory apart from everything else.
 * Arguments: {@code kafka <log folder> <port> <controller port>} (with the story-events topic) or
 * {@code mongo <store file> <port>}. It prints {@value #READY} and the engine's address once the engine takes
 * connections, and stops the engine on SIGTERM or when its standard input closes (its parent has gone).
 */
public final class EngineMain {

  public static final String READY = "engine ready at ";

  private record Started(AutoCloseable engine, String address) {
  }

  private EngineMain() {}

  public static void main(String[] args) throws Exception {
    Started started = start(args);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started.engine()), "engine-shutdown"));
    System.out.println(READY + started.address());
    System.out.flush();
    while (System.in.read() != -1) {
      // nothing is read from the parent; end of input means it has gone
    }
    System.exit(0);
  }

  private static Started start(String[] args) throws Exception {
    String engine = args.length == 0 ? "" : args[0];
    if (engine.equals("kafka") && args.length == 4) {
      LocalKafka kafka = LocalKafka.start(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      KafkaTopics.ensureStoryEvents(kafka.bootstrapServers());
      return new Started(kafka, kafka.bootstrapServers());
    }
    if (engine.equals("mongo") && args.length == 3) {
      LocalMongo mongo = LocalMongo.start(Path.of(args[1]), Integer.parseInt(args[2]));
      return new Started(mongo, mongo.uri());
    }
    throw new IllegalArgumentException(
        "usage: kafka <log folder> <port> <controller port> | mongo <store file> <port>");
  }

  private static void stop(AutoCloseable engine) {
    try {
      engine.close();
    } catch (Exception e) {
      System.err.println("could not stop " + engine + " cleanly: " + e);
    }
  }
}
