/**
 * Keneya's test kit, for any domain model: generators derived from a registry's descriptions — whole
 * consistent datasets ({@link org.keneya.testkit.DatasetGen}), entities of any kind ({@link
 * org.keneya.testkit.DerivedGens}), core values ({@link org.keneya.testkit.KeneyaGens}, {@link
 * org.keneya.testkit.ValueGens}) — edge cases that break codecs ({@link
 * org.keneya.testkit.EdgeCases}), a lossless-codec assertion ({@link
 * org.keneya.testkit.CodecAssertions}), the laws every kind must obey checked in one line ({@link
 * org.keneya.testkit.KindLaws}), and a dataset printed in full as JSON text ({@link
 * org.keneya.testkit.DatasetPrinter}). The registry is always the caller's ({@link
 * org.keneya.testkit.GenSettings#of}): nothing here reads the class path's kinds. The JUnit 5
 * runner lives in {@code org.keneya.testkit.junit}; the health model's hand-tuned generators in
 * {@code keneya-model-testkit}.
 *
 * <pre>{@code
 * KindRegistry registry = KindRegistry.of(new LibraryModel());
 * Gen<Dataset> libraries = KeneyaGens.datasets(GenSettings.of(registry));
 * KindLaws.check(registry, Loan.KIND);
 * }</pre>
 */
@NullMarked
package org.keneya.testkit;

import org.jspecify.annotations.NullMarked;
