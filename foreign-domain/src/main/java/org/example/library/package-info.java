/**
 * A lending library — members, books, loans and fees — described for Keneya with no health type:
 * the proof that core, the codecs and the test kit take any domain. Each kind is declared once, on
 * its record ({@code @Kind}, with the constraints and codelists its Java type cannot say); Keneya's
 * annotation processor generates its description ({@code LoanDescription.KIND}) at compile time.
 */
@NullMarked
package org.example.library;

import org.jspecify.annotations.NullMarked;
