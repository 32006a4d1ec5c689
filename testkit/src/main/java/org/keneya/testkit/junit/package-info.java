/**
 * JUnit 5 integration: the {@link org.keneya.testkit.junit.Property @Property} annotation turns a
 * test method into a property run over generated parameters, {@link
 * org.keneya.testkit.junit.PropertyExtension} runs it and reports a shrunk counterexample with a
 * reproducible seed, and {@link org.keneya.testkit.junit.GenProvider}s, found through {@link
 * java.util.ServiceLoader}, supply a generator for each parameter type. {@link
 * org.keneya.testkit.junit.Settings @Settings} gives the settings — the registry of {@code Dataset}
 * and entity parameters above all — for a class, a method or a parameter, and {@link
 * org.keneya.testkit.junit.From @From} names one parameter's generator.
 *
 * <pre>{@code
 * @Settings(LibrarySettings.class) // a Supplier<GenSettings>: GenSettings.of(KindRegistry.of(new LibraryModel()))
 * class LibraryProperties {
 *   @Property(tries = 1000)
 *   void roundTrip(Dataset d) {
 *     assertEquals(d, decode(encode(d)));
 *   }
 * }
 * }</pre>
 */
@NullMarked
package org.keneya.testkit.junit;

import org.jspecify.annotations.NullMarked;
