package org.keneya.testkit.junit;

import java.lang.reflect.Type;
import java.util.Optional;
import org.keneya.testkit.gen.Gen;

/**
 * Supplies generators by parameter type to {@link Property} methods. Providers are found with
 * {@link java.util.ServiceLoader} through {@code META-INF/services/org.keneya.testkit.junit.GenProvider};
 * the first provider (in class-name order) that knows a type wins. The testkit registers one for
 * every core value type, for {@code Dataset}, and for any kind a domain model registers, derived
 * from its description; {@code keneya-model-testkit} registers one for the health model's types.
 *
 * <pre>{@code
 * public final class MoneyRangeProvider implements GenProvider {
 *   public Optional<Gen<?>> genFor(Type type) {
 *     return type == Percent.class ? Optional.of(Gens.integers(0, 100).map(Percent::of)) : Optional.empty();
 *   }
 * }
 * }</pre>
 */
public interface GenProvider {
  /** A generator for values of {@code type} (a {@link Class} or a parameterized type), or empty. */
  Optional<Gen<?>> genFor(Type type);
}
