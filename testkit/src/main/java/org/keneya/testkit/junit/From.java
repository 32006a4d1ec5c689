package org.keneya.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates one {@link Property @Property} parameter with the named generator instead of the one
 * the registered {@link GenProvider}s give for its type. {@link #value()} is a class with a public
 * no-argument constructor that is either
 *
 * <ul>
 *   <li>a {@link GenProvider}: it is asked for the parameter's type with the parameter's {@link
 *       Settings settings}, and must know it; or
 *   <li>a {@code Supplier<Gen<?>>}: its generator is used as is (the settings do not reach it).
 * </ul>
 *
 * <pre>{@code
 * public final class SmallCounts implements Supplier<Gen<Integer>> {
 *   public Gen<Integer> get() {
 *     return Gens.integers(0, 3);
 *   }
 * }
 *
 * @Property
 * void fewCopies(@From(SmallCounts.class) int copies, Book book) { … }
 * }</pre>
 *
 * <p>A class of neither kind, one that cannot be made, or a provider that does not know the type
 * fails the property with a {@link org.junit.jupiter.api.extension.ParameterResolutionException}
 * naming the parameter.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface From {
  /**
   * A {@link GenProvider} or a {@code Supplier<Gen<?>>}, made with its no-argument constructor (on
   * the module path: public in an exported package, or in a package open to {@code
   * org.keneya.testkit}).
   */
  Class<?> value();
}
