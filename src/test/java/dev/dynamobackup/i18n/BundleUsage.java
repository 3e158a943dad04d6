package dev.dynamobackup.i18n;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which bundle keys a source text uses: the first argument of {@code I18n.t(...)} and
 * {@code Problem.of(...)} must be a string literal (or a condition choosing between two literals);
 * FXML uses {@code "%key"}. Anything else is a key built at run time, reported as such.
 */
final class BundleUsage {
    private static final Pattern CALL = Pattern.compile("\\b(I18n\\.t|Problem\\.of|OutcomeText\\.t)\\(");
    /** ErrorTranslator's own helper: the key is the stem of {@code KEY.what} and {@code KEY.todo}. */
    private static final Pattern ERROR_CALL = Pattern.compile("(?<!UserMessage )\\bmessage\\(");
    /** The one key ErrorTranslator may build: a service error code it has just found in its table. */
    private static final String LOOKED_UP_CODE = "ServiceErrorCodes.KNOWN.contains(code)) return message(code,";
    /** BackupTexts names each key of errors.properties it uses as a constant. */
    private static final Pattern KEY_CONSTANT = Pattern.compile("static final String \\w+ = \"([\\w.]+)\";");
    private static final Pattern LITERAL = Pattern.compile("\\s*\"([\\w.]+)\"\\s*[,)]");
    private static final Pattern CHOICE = Pattern.compile("[\\w.()!=<>\\s]+\\?\\s*\"([\\w.]+)\"\\s*:\\s*\"([\\w.]+)\"\\s*[,)]");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([\\w.]+)\"");

    final Set<String> uiKeys = new LinkedHashSet<>();
    final Set<String> problemKeys = new LinkedHashSet<>();
    final Set<String> outcomeKeys = new LinkedHashSet<>();
    /** Stems of errors.properties keys (each with .what, maybe .todo). */
    final Set<String> errorStems = new LinkedHashSet<>();
    /** Whole errors.properties keys. */
    final Set<String> errorKeys = new LinkedHashSet<>();
    final List<String> builtKeys = new ArrayList<>();

    void scanJava(String where, String source) {
        Matcher call = CALL.matcher(source);
        while (call.find()) {
            Set<String> into = call.group(1).startsWith("I18n") ? uiKeys
                    : call.group(1).startsWith("Outcome") ? outcomeKeys : problemKeys;
            readKey(where, source, call, into);
        }
        if (where.endsWith("ErrorTranslator.java")) {
            Matcher error = ERROR_CALL.matcher(source);
            while (error.find()) {
                boolean lookedUp = source.startsWith(LOOKED_UP_CODE, error.start() - LOOKED_UP_CODE.indexOf("message("));
                if (!lookedUp) readKey(where, source, error, errorStems);
            }
        }
        if (where.endsWith("BackupTexts.java")) {
            Matcher constant = KEY_CONSTANT.matcher(source);
            while (constant.find()) errorKeys.add(constant.group(1));
        }
    }

    private void readKey(String where, String source, Matcher call, Set<String> into) {
        String rest = source.substring(call.end());
        Matcher literal = LITERAL.matcher(rest);
        Matcher choice = CHOICE.matcher(rest);
        if (literal.lookingAt()) {
            into.add(literal.group(1));
        } else if (choice.lookingAt()) {
            into.add(choice.group(1));
            into.add(choice.group(2));
        } else {
            int line = source.substring(0, call.start()).split("\n", -1).length;
            builtKeys.add(where + ":" + line + ": " + rest.substring(0, Math.min(60, rest.length())).split("\n")[0]);
        }
    }

    void scanFxml(String source) {
        Matcher key = FXML_KEY.matcher(source);
        while (key.find()) uiKeys.add(key.group(1));
    }
}
