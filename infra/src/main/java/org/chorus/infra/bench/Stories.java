package org.chorus.infra.bench;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Story submissions drawn from a seed: a few sentences from codebook words, so search and themes have work. */
final class Stories {

  /** Words the narratives are built from; the query phase searches for them. */
  static final List<String> WORDS = List.of("waiting", "appointment", "referral", "interpreter", "damp", "mould",
      "midwife", "pharmacy", "receptionist", "lonely", "online", "letter", "trust", "rent", "heating", "clinic");
  private static final List<String> FEELINGS = List.of("POSITIVE", "MIXED", "NEGATIVE");
  private static final List<String> PLACES = List.of("LEWISHAM", "SOUTHWARK");

  private Stories() {}

  static Map<String, Object> submission(long seed, long index) {
    SplittableRandom random = new SplittableRandom(seed ^ (index * 0x9E3779B97F4A7C15L));
    StringBuilder narrative = new StringBuilder("We went to the surgery about");
    for (int i = 0; i < 12; i++) {
      narrative.append(' ').append(WORDS.get(random.nextInt(WORDS.size())));
    }
    narrative.append('.');
    return Map.of("title", "Visit " + index, "narrative", narrative.toString(),
        "place", PLACES.get(random.nextInt(PLACES.size())), "language", "en", "channel", "EVENT",
        "feeling", FEELINGS.get(random.nextInt(FEELINGS.size())),
        "consent", Map.of("analysis", true, "quote", false, "publish", false, "contact", false,
            "equalityMonitoring", false, "wordingVersion", "2026-11"));
  }
}
