package org.chorus.infra.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.apache.kafka.common.TopicPartition;

/**
 * What must hold after every fault, read from the engines themselves once the system is quiet: every 202 exactly
 * once in the event store, every event on Kafka, the consumer at the topics' end, every read model at the event
 * store's version, and the dead letters equal to the poison injected. {@link AdminEndpoints} adds the checks made
 * through the services' admin endpoints.
 */
final class Oracle {

  private static final Duration QUIET_TIMEOUT = Duration.ofMinutes(3);
  /** Created by command-service itself at startup, not by any request. */
  private static final Set<String> SYSTEM_AGGREGATES = Set.of("Codebook");

  private final FaultStack stack;
  private final Ledger ledger;
  private final Poison poison;
  private final TopicScan topics;
  private final AdminEndpoints endpoints;

  Oracle(FaultStack stack, Ledger ledger, Poison poison, AdminEndpoints endpoints) {
    this.stack = stack;
    this.ledger = ledger;
    this.poison = poison;
    this.topics = new TopicScan(stack.kafkaBootstrapServers());
    this.endpoints = endpoints;
  }

  /**
   * Waits for the publisher and the consumer to catch up, then runs every check; the content hash against a fresh
   * rebuild only when asked (a rebuild replays every event so far). The load must be stopped.
   */
  Verdict afterFault(boolean rebuild) throws Exception {
    Verdict verdict = new Verdict();
    try (ReadModels readModels = new ReadModels(stack.mongoUri())) {
      long started = System.nanoTime();
      boolean quiet = awaitQuiet(readModels);
      verdict.check("quiet: publisher caught up, consumer at the topics' end", quiet,
          "after " + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");
      verdict.check("PostgreSQL durable (fsync, synchronous_commit)",
          "on".equals(stack.setting("fsync")) && "on".equals(stack.setting("synchronous_commit")),
          "fsync=" + stack.setting("fsync") + " synchronous_commit=" + stack.setting("synchronous_commit"));
      Map<String, EventStore.Stream> streams = EventStore.streams(stack);
      verdict.check("every 202 exactly once in the event store", exactlyOnce(streams));
      verdict.check("event store sequences 0..last without gaps", contiguous(streams));
      TopicScan.Events events = topics.events();
      verdict.check("every event on Kafka", onKafka(streams, events));
      verdict.check("consumer positions at the topics' end offsets", atEnd(readModels.positions(),
          topics.endOffsets(TopicScan.EVENT_TOPICS)));
      verdict.check("every read model at the event store's version", readModelsAtVersion(streams, readModels));
      TopicScan.DeadLetters deadLetters = topics.deadLetters();
      verdict.check("dead letters equal the poison injected", deadLettersArePoison(deadLetters));
    }
    endpoints.check(verdict, poison, rebuild);
    return verdict;
  }

  private boolean awaitQuiet(ReadModels readModels) throws Exception {
    long deadline = System.nanoTime() + QUIET_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      Map<String, EventStore.Stream> streams = EventStore.streams(stack);
      if (onKafka(streams, topics.events()).isEmpty()
          && atEnd(readModels.positions(), topics.endOffsets(TopicScan.EVENT_TOPICS)).isEmpty()) {
        return true;
      }
      Thread.sleep(1000);
    }
    return false;
  }

  /** Each accepted key's aggregate holds one event per accepted command on it, at the versions the 202s named. */
  private List<String> exactlyOnce(Map<String, EventStore.Stream> streams) {
    List<String> problems = new ArrayList<>();
    Map<String, List<Ledger.Accepted>> byAggregate = new HashMap<>();
    for (Ledger.Accepted accepted : ledger.accepted()) {
      byAggregate.computeIfAbsent(accepted.aggregateId(), id -> new ArrayList<>()).add(accepted);
    }
    for (Map.Entry<String, List<Ledger.Accepted>> aggregate : byAggregate.entrySet()) {
      EventStore.Stream stream = streams.get(aggregate.getKey());
      List<Ledger.Accepted> commands = aggregate.getValue();
      if (stream == null) {
        problems.add("accepted " + commands.get(0).aggregateType() + " " + aggregate.getKey() + " is not in the event store");
        continue;
      }
      if (!stream.type().equals(commands.get(0).aggregateType())) {
        problems.add(aggregate.getKey() + " is a " + stream.type() + ", the 202 said " + commands.get(0).aggregateType());
      }
      if (commands.stream().filter(Ledger.Accepted::creation).count() != 1) {
        problems.add(aggregate.getKey() + " was created by " + commands.stream().filter(Ledger.Accepted::creation).count()
            + " accepted keys");
      }
      if (stream.events() != commands.size()) {
        problems.add(aggregate.getKey() + " has " + stream.events() + " events for " + commands.size() + " accepted keys");
      }
      TreeSet<Long> versions = new TreeSet<>();
      commands.forEach(command -> versions.add(command.version()));
      TreeSet<Long> expected = new TreeSet<>(LongStream.range(0, commands.size()).boxed().toList());
      if (!versions.equals(expected)) {
        problems.add(aggregate.getKey() + " answered versions " + versions + " for " + commands.size() + " keys");
      }
    }
    for (EventStore.Stream stream : streams.values()) {
      if (!byAggregate.containsKey(stream.id()) && !SYSTEM_AGGREGATES.contains(stream.type())) {
        problems.add("extra " + stream.type() + " " + stream.id() + " that no 202 accepted");
      }
    }
    return problems;
  }

  private static List<String> contiguous(Map<String, EventStore.Stream> streams) {
    List<String> problems = new ArrayList<>();
    for (EventStore.Stream stream : streams.values()) {
      if (stream.events() != stream.lastSequence() + 1) {
        problems.add(stream.id() + " has " + stream.events() + " events up to sequence " + stream.lastSequence());
      }
    }
    return problems;
  }

  /** Per aggregate, sequences 0..last of the event store all on Kafka, and none beyond (duplicates are allowed). */
  private static List<String> onKafka(Map<String, EventStore.Stream> streams, TopicScan.Events events) {
    List<String> problems = new ArrayList<>();
    for (EventStore.Stream stream : streams.values()) {
      BitSet seen = events.sequences().getOrDefault(stream.id(), new BitSet());
      int missing = seen.nextClearBit(0);
      if (missing <= stream.lastSequence()) {
        problems.add(stream.type() + " " + stream.id() + " sequence " + missing + " of 0.." + stream.lastSequence()
            + " not on Kafka");
      } else if (seen.length() - 1 > stream.lastSequence()) {
        problems.add(stream.id() + " has sequence " + (seen.length() - 1) + " on Kafka, the event store ends at "
            + stream.lastSequence());
      }
    }
    for (String key : events.sequences().keySet()) {
      if (!streams.containsKey(key)) {
        problems.add("Kafka carries events of " + key + ", which the event store does not have");
      }
    }
    return problems;
  }

  private static List<String> atEnd(Map<TopicPartition, Long> positions, Map<TopicPartition, Long> ends) {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
      long position = positions.getOrDefault(end.getKey(), 0L);
      if (position != end.getValue()) {
        problems.add(end.getKey() + " applied up to " + position + " of " + end.getValue());
      }
    }
    return problems;
  }

  private List<String> readModelsAtVersion(Map<String, EventStore.Stream> streams, ReadModels readModels) {
    List<String> problems = new ArrayList<>();
    Map<String, Map<String, Long>> collections = new HashMap<>();
    Set<String> parkedBehindPoison = poison.stillParked();
    for (EventStore.Stream stream : streams.values()) {
      String collection = ReadModels.collectionOf(stream.type());
      if (collection == null || parkedBehindPoison.contains(stream.id())) {
        continue;
      }
      Long applied = collections.computeIfAbsent(collection, readModels::versions).get(stream.id());
      if (applied == null || applied != stream.lastSequence()) {
        problems.add(collection + "/" + stream.id() + " at " + applied + ", the event store at " + stream.lastSequence());
      }
    }
    return problems;
  }

  private List<String> deadLettersArePoison(TopicScan.DeadLetters deadLetters) {
    List<String> problems = new ArrayList<>();
    List<String> injected = poison.ids();
    if (!new TreeSet<>(deadLetters.poison()).equals(new TreeSet<>(injected))
        || deadLetters.poison().size() != injected.size()) {
      problems.add("dead-lettered poison " + new TreeSet<>(deadLetters.poison()) + ", injected " + new TreeSet<>(injected));
    }
    for (String other : deadLetters.otherKeys()) {
      String key = other.substring(other.indexOf('/') + 1, other.indexOf('#'));
      if (!poison.aggregates().contains(key)) {
        problems.add("dead letter " + other + " is neither poison nor parked behind poison");
      }
    }
    return problems;
  }
}
