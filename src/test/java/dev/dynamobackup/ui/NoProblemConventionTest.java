package dev.dynamobackup.ui;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The house's one "no problem": an empty Optional. No public method of the ui.* screens and models that
 * names a problem, an error, why something is unavailable or blocked hands out a String (null or "" for
 * none), a string property or binding, or an object that may be null: it returns an Optional, an
 * observable of an Optional, or a boolean (whether there is one).
 */
class NoProblemConventionTest {
    private static final Pattern NAMES_A_PROBLEM = Pattern.compile("(?i).*(problem|error|unavailable|blocked).*");

    @Test
    void uiModelsSayNoProblemWithAnEmptyOptional() throws ClassNotFoundException {
        List<String> wrong = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.dynamobackup.ui")) {
            Class<?> type = Class.forName(c.getName(), false, getClass().getClassLoader());
            wrong.addAll(violations(type));
            for (Method m : type.getDeclaredMethods()) seen.add(type.getSimpleName() + "." + m.getName());
        }
        assertEquals(List.of(), wrong);
        // the scan reached the models the rule is about
        assertTrue(seen.containsAll(List.of("TargetNameModel.problemProperty", "VaultsModel.unavailableProperty",
                "JobsModel.errorProperty", "CreateBackupModel.createProblemProperty", "PitrPanelModel.errorProperty")), seen.toString());
    }

    /** The rule itself: it must see each wrong shape and let the right ones pass, or the test above proves nothing. */
    @Test
    void theRuleSeesEachWrongShape() {
        assertEquals(List.of(
                "NoProblemConventionTest$Wrong.errorProperty(): ReadOnlyObjectProperty<String>",
                "NoProblemConventionTest$Wrong.nameProblem(): String",
                "NoProblemConventionTest$Wrong.problemProperty(): ReadOnlyStringProperty",
                "NoProblemConventionTest$Wrong.unavailable(): String"), violations(Wrong.class).stream().sorted().toList());
        assertEquals(List.of(), violations(Right.class));
    }

    static List<String> violations(Class<?> type) {
        List<String> wrong = new ArrayList<>();
        for (Method m : type.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || m.isBridge()) continue;
            if (!NAMES_A_PROBLEM.matcher(m.getName()).matches() || allowed(m)) continue;
            wrong.add(type.getName().substring(type.getPackageName().length() + 1) + "." + m.getName() + "(): "
                    + m.getGenericReturnType().getTypeName().replaceAll("[a-z.]+\\.([A-Z])", "$1"));
        }
        return wrong;
    }

    private static boolean allowed(Method m) {
        Class<?> raw = m.getReturnType();
        if (raw == void.class || raw == boolean.class || raw == Optional.class) return true;
        if (ObservableBooleanValue.class.isAssignableFrom(raw)) return true;
        if (!ObservableValue.class.isAssignableFrom(raw)) return false;
        Type generic = m.getGenericReturnType();
        return generic instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                && (p.getActualTypeArguments()[0] == Optional.class
                    || p.getActualTypeArguments()[0] instanceof ParameterizedType arg && arg.getRawType() == Optional.class);
    }

    /** What the rule refuses. */
    @SuppressWarnings("unused")
    static final class Wrong {
        public ReadOnlyStringProperty problemProperty() {
            return new ReadOnlyStringWrapper("").getReadOnlyProperty();
        }

        public ReadOnlyObjectProperty<String> errorProperty() {
            return null;
        }

        public String nameProblem() {
            return "";
        }

        public static String unavailable() {
            return null;
        }
    }

    /** What it lets pass. */
    @SuppressWarnings("unused")
    static final class Right {
        public ReadOnlyObjectProperty<Optional<String>> problemProperty() {
            return null;
        }

        public ObjectBinding<Optional<String>> errorBinding() {
            return null;
        }

        public Optional<String> unavailable() {
            return Optional.empty();
        }

        public BooleanBinding blocked() {
            return null;
        }

        public void showError(String text) {
        }

        public ReadOnlyStringProperty statusProperty() {
            return null;
        }
    }
}
