package org.chorus.infra.faults;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/** What Axon's event store in PostgreSQL holds, read with plain SQL. */
final class EventStore {

  /** One aggregate's events: how many rows, and the highest sequence number. */
  record Stream(String type, String id, long events, long lastSequence) {}

  private EventStore() {}

  static Map<String, Stream> streams(FaultStack stack) throws SQLException {
    Map<String, Stream> streams = new HashMap<>();
    try (Connection connection = stack.postgres(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT type, aggregate_identifier, count(*), max(sequence_number)"
            + " FROM domain_event_entry GROUP BY type, aggregate_identifier")) {
      while (rows.next()) {
        Stream stream = new Stream(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getLong(4));
        streams.put(stream.id(), stream);
      }
    }
    return streams;
  }

  static long events(FaultStack stack) throws SQLException {
    try (Connection connection = stack.postgres(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM domain_event_entry")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
