/**
 * Keneya's test kit, for any domain model: generators derived from a registry's descriptions — whole
 * consistent datasets ({@link org.keneya.testkit.DatasetGen}), entities of any kind ({@link
 * org.keneya.testkit.DerivedGens}), core values ({@link org.keneya.testkit.KeneyaGens}, {@link
 * org.keneya.testkit.ValueGens}) — edge cases that break codecs ({@link
 * org.keneya.testkit.EdgeCases}), and a lossless-codec assertion ({@link
 * org.keneya.testkit.CodecAssertions}). The JUnit 5 runner lives in {@code
 * org.keneya.testkit.junit}; the health model's hand-tuned generators in {@code
 * keneya-model-testkit}.
 */
@NullMarked
package org.keneya.testkit;

import org.jspecify.annotations.NullMarked;
