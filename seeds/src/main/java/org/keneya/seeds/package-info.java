/**
 * The five source documents, unchanged, and their transcription as one validated Keneya dataset:
 * {@link org.keneya.seeds.Seeds} loads it, {@link org.keneya.seeds.SeedDocument} names the
 * documents.
 */
@NullMarked
package org.keneya.seeds;

import org.jspecify.annotations.NullMarked;
