package org.keneya.io.csv.internal;

import org.keneya.core.codec.ReadLimits;
import tools.jackson.core.StreamReadConstraints;

/**
 * The {@link ReadLimits} of CSV reading applied to the JSON it meets — list cells and {@code
 * datapackage.json} — so that JSON inside a table is held to the same limits as the table.
 *
 * <pre>{@code
 * JsonFactory.builder().streamReadConstraints(JsonLimits.constraints(limits)).build();
 * }</pre>
 */
final class JsonLimits {
  /** The longest property name, as io-json reads by default: every name of a Keneya value is short. */
  private static final int MAX_NAME_LENGTH = 256;

  private JsonLimits() {}

  /**
   * Jackson's constraints for {@code limits}: nesting, the length of a string and of a number (as
   * io-json's defaults count it), and a document no longer than one zip entry may be.
   */
  static StreamReadConstraints constraints(ReadLimits limits) {
    return StreamReadConstraints.builder()
        .maxNameLength(MAX_NAME_LENGTH)
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxTextLength())
        .maxNumberLength(limits.maxNumberLength() + 8) // as io-json counts it: room for a sign, a point, an exponent
        .maxDocumentLength(limits.maxEntryBytes())
        .build();
  }
}
