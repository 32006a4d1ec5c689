/**
 * A lending library — members, books, loans and fees — described for Keneya with no health type:
 * the proof that core, the codecs and the test kit take any domain.
 */
@NullMarked
package org.example.library;

import org.jspecify.annotations.NullMarked;
