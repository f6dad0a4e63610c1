package org.chorus.query.rebuild;

import java.util.Map;

/** A read-model database's content hash and how many documents each hashed collection holds. */
record ReadModelDigest(String database, String contentHash, Map<String, Long> documents) {
}
