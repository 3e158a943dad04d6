package dev.dynamobackup.testing;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a test a running, freshly reset moto_server: {@code @WithMoto} on the class, then a
 * {@link Moto} parameter on a test or constructor. The server is shared by the JVM and reset before each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(WithMoto.Extension.class)
public @interface WithMoto {

    final class Extension implements BeforeEachCallback, ParameterResolver {
        @Override
        public void beforeEach(ExtensionContext context) {
            MotoServer.get().reset();
        }

        @Override
        public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
            return p.getParameter().getType() == Moto.class;
        }

        @Override
        public Object resolveParameter(ParameterContext p, ExtensionContext e) {
            return new Moto(MotoServer.get());
        }
    }
}
