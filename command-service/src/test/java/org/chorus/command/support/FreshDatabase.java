package org.chorus.command.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database of its own in the shared PostgreSQL, for a test whose application context must not share an event
 * store or token store with the others (cached contexts keep their processors running).
 */
public final class FreshDatabase {
    private FreshDatabase() {
    }

    /** Creates the database once per JVM and answers its JDBC URL. */
    public static synchronized String jdbcUrl(String name) {
        try (Connection connection = TestEngines.connection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (!rs.next()) {
                    statement.execute("CREATE DATABASE " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return TestEngines.jdbcUrl(name);
    }
}
