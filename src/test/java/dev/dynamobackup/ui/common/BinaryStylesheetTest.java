package dev.dynamobackup.ui.common;

import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The build compiles the app's stylesheets to binary CSS beside them (JavaFX then loads x.bss in place of
 * x.css, skipping the CSS parser): the binary one must say what the CSS file says, rule for rule.
 */
class BinaryStylesheetTest {

    @ParameterizedTest
    @ValueSource(strings = {"app", "dark"})
    void theBinaryStylesheetHoldsTheRulesOfTheCssFile(String name) throws Exception {
        URL css = ThemeManager.class.getResource("/dev/dynamobackup/ui/" + name + ".css");
        URL bss = ThemeManager.class.getResource("/dev/dynamobackup/ui/" + name + ".bss");
        assertNotNull(bss, name + ".bss is built beside " + name + ".css (process-classes)");
        List<String> parsed = rules(new CssParser().parse(css));
        List<String> binary = rules(Stylesheet.loadBinary(bss));
        assertEquals(parsed.size(), binary.size());
        assertEquals(parsed, binary);
    }

    /** Each rule as its selectors and declarations (a binary rule decodes its declarations when asked). */
    private static List<String> rules(Stylesheet sheet) {
        return sheet.getRules().stream().map(BinaryStylesheetTest::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getSelectors() + " " + rule.getDeclarations().stream()
                .map(d -> d.getProperty() + ":" + d.getParsedValue() + (d.isImportant() ? "!important" : ""))
                .toList();
    }
}
