package org.chorus.command.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every translation of the champion-facing texts says everything English says, and is really translated. */
class MessageBundlesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");
    private static final double MOST_UNTRANSLATED = 0.10;

    @Test
    void everyTranslationHasExactlyTheKeysOfEnglishTheSamePlaceholdersAndIsMostlyTranslated() throws Exception {
        Properties english = load(bundleDirectory().resolve("messages.properties"));
        Map<String, Properties> translations = translations();

        assertThat(translations).as("translations next to messages.properties").hasSizeGreaterThanOrEqualTo(2);
        translations.forEach((name, translation) ->
                assertThat(problems(english, translation)).as(name).isEmpty());
    }

    @Test
    void everyLanguageOnOfferHasABundleAndEveryBundleIsOnOffer() throws Exception {
        List<String> offered = ChosenLanguage.SUPPORTED.stream().map(Locale::toLanguageTag)
                .filter(tag -> !tag.equals("en")).toList();

        assertThat(translations().keySet()).containsExactlyInAnyOrderElementsOf(
                offered.stream().map(tag -> "messages_" + tag + ".properties").toList());
    }

    @Test
    void theCheckFindsMissingAndExtraKeysLostPlaceholdersAndUntranslatedText() throws Exception {
        Properties english = parse("a=Enter a title\nb=Use {0} characters or fewer\nc=Bexley\n");

        assertThat(problems(english, parse("a=Wpisz tytuł\nb=Maksymalnie {0} znaków\nc=Bexley\n")))
                .containsExactly("33% of values are the English ones, more than 10%: [c]");
        assertThat(problems(english, parse("a=Wpisz tytuł\nb=Maksymalnie znaków\nd=x\n")))
                .contains("missing [c]", "not in English [d]", "b has placeholders [] instead of [{0}]");
    }

    /** What is wrong with {@code translation} against {@code english}; empty when nothing is. */
    static List<String> problems(Properties english, Properties translation) {
        List<String> problems = new ArrayList<>();
        TreeSet<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translation.stringPropertyNames());
        TreeSet<String> extra = new TreeSet<>(translation.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        if (!missing.isEmpty()) {
            problems.add("missing " + missing);
        }
        if (!extra.isEmpty()) {
            problems.add("not in English " + extra);
        }
        TreeSet<String> same = new TreeSet<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String translated = translation.getProperty(key);
            if (translated == null) {
                continue;
            }
            if (translated.equals(english.getProperty(key))) {
                same.add(key);
            }
            TreeSet<String> expected = placeholders(english.getProperty(key));
            TreeSet<String> found = placeholders(translated);
            if (!found.equals(expected)) {
                problems.add(key + " has placeholders " + found + " instead of " + expected);
            }
        }
        if (same.size() > MOST_UNTRANSLATED * english.size()) {
            problems.add(Math.round(100.0 * same.size() / english.size()) + "% of values are the English ones, more than "
                    + Math.round(100 * MOST_UNTRANSLATED) + "%: " + same);
        }
        return problems;
    }

    private static TreeSet<String> placeholders(String value) {
        TreeSet<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Map<String, Properties> translations() throws IOException, URISyntaxException {
        Map<String, Properties> translations = new TreeMap<>();
        try (Stream<Path> files = Files.list(bundleDirectory())) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("messages_.+\\.properties")).toList()) {
                translations.put(file.getFileName().toString(), load(file));
            }
        }
        return translations;
    }

    private static Path bundleDirectory() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(MessageBundlesTest.class.getResource("/messages.properties"),
                "messages.properties on the class path").toURI()).getParent();
    }

    /** Strict UTF-8, as Spring is told to read the bundles: a file saved in another encoding fails here. */
    private static Properties load(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return parse(text);
        } catch (CharacterCodingException e) {
            throw new AssertionError(file.getFileName() + " is not UTF-8", e);
        }
    }

    private static Properties parse(String text) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new StringReader(text)) {
            properties.load(reader);
        }
        return properties;
    }
}
