/**
 * Keneya's test kit: generators for every Keneya type and whole consistent datasets ({@link
 * org.keneya.testkit.KeneyaGens}, {@link org.keneya.testkit.DatasetGen}), edge cases that break
 * codecs ({@link org.keneya.testkit.EdgeCases}), and a lossless-codec assertion ({@link
 * org.keneya.testkit.CodecAssertions}). The JUnit 5 runner lives in {@code org.keneya.testkit.junit}.
 */
@NullMarked
package org.keneya.testkit;

import org.jspecify.annotations.NullMarked;
