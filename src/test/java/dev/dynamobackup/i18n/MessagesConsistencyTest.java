package dev.dynamobackup.i18n;

import dev.dynamobackup.aws.ServiceErrorCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * All user-visible text comes from the app's four bundles: the UI's messages.properties, the problems
 * services and validators report (problems.properties), the outcomes of unanswered writes
 * (outcomes.properties) and the sentences for failed calls (errors.properties). No key is missing,
 * none is unused, none is built at run time (so this test can see them all); the one exception is a
 * service error code ErrorTranslator has just found in {@link ServiceErrorCodes}.
 */
class MessagesConsistencyTest {
    private static final Path MAIN = Path.of("src", "main");
    private static final BundleUsage usage = new BundleUsage();

    @BeforeAll
    static void scanSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.toString();
                if (name.endsWith(".java")) usage.scanJava(name, Files.readString(file));
                else if (name.endsWith(".fxml")) usage.scanFxml(Files.readString(file));
            }
        }
    }

    private static Set<String> keysOf(String resource) throws IOException {
        return new TreeSet<>(textsOf(resource).stringPropertyNames());
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    @Test
    void noKeyIsBuiltAtRunTime() {
        assertEquals(List.of(), usage.builtKeys, "pass a constant key (or cond ? \"a\" : \"b\") to I18n.t and Problem.of");
    }

    private static final String ERRORS = "/dev/dynamobackup/aws/errors.properties";

    /** Each bundle with the keys the sources use from it. */
    static Stream<Arguments> bundles() throws IOException {
        return Stream.of(Arguments.of("/dev/dynamobackup/ui/messages.properties", usage.uiKeys),
                Arguments.of("/dev/dynamobackup/service/validation/problems.properties", usage.problemKeys),
                Arguments.of("/dev/dynamobackup/service/outcomes.properties", usage.outcomeKeys),
                Arguments.of(ERRORS, errorKeysUsed()));
    }

    /** errors.properties: each stem the translator names (or finds in its table of codes) has a .what, maybe a .todo. */
    private static Set<String> errorKeysUsed() throws IOException {
        Set<String> bundle = keysOf(ERRORS);
        Set<String> used = new TreeSet<>(usage.errorKeys);
        Set<String> stems = new TreeSet<>(usage.errorStems);
        stems.addAll(ServiceErrorCodes.KNOWN);
        for (String stem : stems) {
            used.add(stem + ".what");
            if (bundle.contains(stem + ".todo")) used.add(stem + ".todo");
        }
        return used;
    }

    @Test
    void everyServiceErrorCodeTheTranslatorKnowsSaysWhatAndWhatToDo() throws IOException {
        Set<String> bundle = keysOf(ERRORS);
        Set<String> incomplete = new TreeSet<>();
        for (String code : ServiceErrorCodes.KNOWN) {
            if (!bundle.contains(code + ".what") || !bundle.contains(code + ".todo")) incomplete.add(code);
        }
        assertEquals(Set.of(), incomplete, "codes in ServiceErrorCodes without .what and .todo in errors.properties");
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyKeyUsedIsInItsBundle(String bundle, Set<String> used) throws IOException {
        assertEquals(Set.of(), minus(used, keysOf(bundle)), "missing keys in " + bundle);
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyKeyOfTheBundleIsUsed(String bundle, Set<String> used) throws IOException {
        assertEquals(Set.of(), minus(keysOf(bundle), used), "unused keys in " + bundle);
    }

    /**
     * Every text of messages, problems and outcomes, and the AWS Backup sentences of errors.properties,
     * goes through MessageFormat (I18n.t with or without arguments, FXML's %key, ProblemText, OutcomeText,
     * BackupTexts): there a single apostrophe starts a quoted run and swallows what follows (a {0} shows
     * as written), so an apostrophe is written ''. The rest of errors.properties is filled by name
     * ({profile}), not by MessageFormat: there it is written once.
     */
    @Test
    void apostrophesAreSpelledForHowTheTextIsFormatted() throws IOException {
        Set<String> wrong = new TreeSet<>();
        for (String bundle : List.of("/dev/dynamobackup/ui/messages.properties",
                "/dev/dynamobackup/service/validation/problems.properties", "/dev/dynamobackup/service/outcomes.properties")) {
            Properties texts = textsOf(bundle);
            for (String key : texts.stringPropertyNames()) checkMessageFormat(bundle + " " + key, texts.getProperty(key), wrong);
        }
        Properties errors = textsOf(ERRORS);
        for (String key : errors.stringPropertyNames()) {
            String text = errors.getProperty(key);
            if (usage.errorKeys.contains(key)) checkMessageFormat(ERRORS + " " + key, text, wrong);
            else if (text.contains("''")) wrong.add(ERRORS + " " + key + ": filled by name, so '' shows twice: write '");
        }
        assertEquals(Set.of(), wrong);
    }

    private static void checkMessageFormat(String where, String text, Set<String> wrong) {
        if (LONE_APOSTROPHE.matcher(text).find()) wrong.add(where + ": a single ' (write '')");
        try {
            new MessageFormat(text);
        } catch (IllegalArgumentException e) {
            wrong.add(where + ": not a MessageFormat pattern (" + e.getMessage() + ")");
        }
    }

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    /** The rule above catches what it should: a lone apostrophe, not a doubled one. */
    @Test
    void theApostropheRuleSeesALoneOne() {
        Set<String> wrong = new TreeSet<>();
        checkMessageFormat("lone", "the table's {0}", wrong);
        checkMessageFormat("doubled", "the table''s {0}", wrong);
        checkMessageFormat("brace", "cron(0 5 ? * * *) {x", wrong);
        assertEquals(Set.of("brace: not a MessageFormat pattern (Unmatched braces in the pattern.)", "lone: a single ' (write '')"), wrong);
        assertEquals("the table's Orders", MessageFormat.format("the table''s {0}", "Orders"));
        assertEquals("the tables {0}", MessageFormat.format("the table's {0}", "Orders"));
    }

    private static Properties textsOf(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesConsistencyTest.class.getResourceAsStream(resource)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.ISO_8859_1));
        }
        return p;
    }

    /** The scanner itself: it must see a built key and both keys of a choice, or the rules above prove nothing. */
    @Test
    void theScannerSeesBuiltKeysLiteralsAndChoices() {
        BundleUsage probe = new BundleUsage();
        probe.scanJava("Probe.java", """
                label.setText(I18n.t("a.literal", 1));
                label.setText(I18n.t(many ? "b.many" : "b.one"));
                label.setText(I18n.t(prefix + ".title"));
                return Problem.of("p.key", name);
                """);
        probe.scanFxml("<Label text=\"%c.fxml\"/>");
        probe.scanJava("OutcomeTexts.java", "OutcomeText.t(\"o.key\", name);");
        probe.scanJava("ErrorTranslator.java", """
                private static UserMessage message(String key, Map<String, String> values) {
                if (code != null && ServiceErrorCodes.KNOWN.contains(code)) return message(code, values, details);
                return message(local ? "e.local" : "e.aws", values, details);
                return message(code + "Other", values, details);
                """);
        assertEquals(Set.of("a.literal", "b.many", "b.one", "c.fxml"), probe.uiKeys);
        assertEquals(Set.of("p.key"), probe.problemKeys);
        assertEquals(Set.of("o.key"), probe.outcomeKeys);
        assertEquals(Set.of("e.local", "e.aws"), probe.errorStems);
        assertEquals(2, probe.builtKeys.size(), probe.builtKeys.toString());
    }
}
