package org.chorus.command.story.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.chorus.kernel.story.StoryId;

/**
 * Story references (short, human-friendly, e.g. {@code CH-7KQ2-9MXA}) and receipt codes (a secret shown once;
 * only its hash is kept). Crockford's alphabet: no I, L, O or U to misread.
 */
public final class Receipts {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Receipts() {
    }

    static String newReference() {
        return "CH-" + group(4) + "-" + group(4);
    }

    static String newReceiptCode() {
        return group(4) + "-" + group(4) + "-" + group(4);
    }

    /** The hash kept in place of a receipt code; self-service compares against it. */
    public static String hash(StoryId storyId, String receiptCode) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((storyId + ":" + receiptCode).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String group(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return out.toString();
    }
}
