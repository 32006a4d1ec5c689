package org.keneya.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Supplier;
import org.keneya.testkit.GenSettings;

/**
 * The {@link GenSettings} that {@link Property @Property} parameters are generated with — above all
 * the registry whose kinds a {@code Dataset} or an entity parameter is drawn from, since the test
 * kit never reads the class path's kinds. On a test class (and its nested classes), a method or one
 * parameter; the nearer wins. A parameter's settings are {@link GenSettings#defaults()} with, in
 * turn, the class's, the method's and the parameter's {@code @Settings} applied: each first replaces
 * them with its {@link #value()} supplier's settings, if it names one, then changes what its other
 * attributes give.
 *
 * <pre>{@code
 * public final class LibrarySettings implements Supplier<GenSettings> {
 *   public GenSettings get() {
 *     return GenSettings.of(KindRegistry.of(new LibraryModel()));
 *   }
 * }
 *
 * @Settings(LibrarySettings.class)
 * class LibraryProperties {
 *   @Property
 *   void jsonIsLossless(Dataset d) { … }
 *
 *   @Property
 *   void frenchOnly(@Settings(languages = "fr", maxSize = 10) Book book) { … }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Settings {
  /**
   * A {@code Supplier<GenSettings>} with a no-argument constructor, whose settings (registry
   * included) replace those of the enclosing level; by default the enclosing level's are kept. On
   * the module path it must be public in an exported package, or its package open to {@code
   * org.keneya.testkit}.
   */
  Class<? extends Supplier<GenSettings>> value() default Inherit.class;

  /** The languages of generated text, the first always present ({@link GenSettings#withLanguages}); empty keeps them. */
  String[] languages() default {};

  /** The currency of generated money, such as {@code EUR}; empty keeps it. */
  String currency() default "";

  /** How optional fields are filled: none or one value; none keeps it. */
  GenSettings.Fill[] optionalFields() default {};

  /** How often, in percent, an edge case replaces a text, an amount or a date; -1 keeps it. */
  int edgeCasePercent() default -1;

  /**
   * The largest size (1 to {@value org.keneya.testkit.gen.Gen#MAX_SIZE}) the parameter's
   * generator is asked for — the size a try gives grows with the tries up to it, and collections,
   * datasets included, scale with it; 0 keeps the enclosing level's (by default {@value
   * org.keneya.testkit.gen.Gen#MAX_SIZE}).
   */
  int maxSize() default 0;

  /** The default of {@link #value()}: keeps the enclosing level's settings. */
  final class Inherit implements Supplier<GenSettings> {
    private Inherit() {}

    /** Never called. */
    @Override
    public GenSettings get() {
      throw new UnsupportedOperationException("Settings.Inherit only marks that no settings supplier is named");
    }
  }
}
