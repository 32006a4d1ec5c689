package org.keneya.testkit.junit;

import java.lang.reflect.Type;
import java.util.Optional;
import org.keneya.testkit.GenSettings;
import org.keneya.testkit.gen.Gen;

/**
 * Supplies generators by parameter type to {@link Property} methods. Providers are found with
 * {@link java.util.ServiceLoader} through {@code META-INF/services/org.keneya.testkit.junit.GenProvider};
 * the first provider (in class-name order) that knows a type wins. One parameter can instead name
 * its own provider with {@link From @From}, which is then the only one asked. The testkit registers
 * one for every core value type, and for {@code Dataset} and any kind of the settings' registry,
 * derived from its description; {@code keneya-model-testkit} registers one for the health model's
 * types.
 *
 * <p>A provider is given the parameter's {@link GenSettings}: the defaults, changed by the {@link
 * Settings @Settings} on the test class, the method and the parameter (which is how a test names
 * the registry its datasets and entities come from). A provider that draws texts, money or codes
 * should draw them with these settings.
 *
 * <pre>{@code
 * public final class PercentProvider implements GenProvider {
 *   public Optional<Gen<?>> genFor(Type type, GenSettings settings) {
 *     return type == Percent.class ? Optional.of(Gens.integers(0, 100).map(Percent::of)) : Optional.empty();
 *   }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface GenProvider {
  /**
   * A generator for values of {@code type} (a {@link Class} or a parameterized type) drawn with
   * {@code settings}, or empty if this provider does not know the type. May throw an {@link
   * IllegalStateException} when the type needs what the settings lack (a registry), with a message
   * saying so; it is reported naming the parameter.
   */
  Optional<Gen<?>> genFor(Type type, GenSettings settings);
}
