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
    private static final Pattern CALL = Pattern.compile("\\b(I18n\\.t|Problem\\.of)\\(");
    private static final Pattern LITERAL = Pattern.compile("\\s*\"([\\w.]+)\"\\s*[,)]");
    private static final Pattern CHOICE = Pattern.compile("[\\w.()!=<>\\s]+\\?\\s*\"([\\w.]+)\"\\s*:\\s*\"([\\w.]+)\"\\s*[,)]");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([\\w.]+)\"");

    final Set<String> uiKeys = new LinkedHashSet<>();
    final Set<String> problemKeys = new LinkedHashSet<>();
    final List<String> builtKeys = new ArrayList<>();

    void scanJava(String where, String source) {
        Matcher call = CALL.matcher(source);
        while (call.find()) {
            Set<String> into = call.group(1).startsWith("I18n") ? uiKeys : problemKeys;
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
    }

    void scanFxml(String source) {
        Matcher key = FXML_KEY.matcher(source);
        while (key.find()) uiKeys.add(key.group(1));
    }
}
