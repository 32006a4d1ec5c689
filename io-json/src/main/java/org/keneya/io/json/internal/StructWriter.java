package org.keneya.io.json.internal;

import tools.jackson.core.JsonGenerator;

/**
 * Writes one struct type's values as JSON objects: a specialized copy of {@link StructTemplate}.
 * Package-private, for the hidden copies, which are defined in this package.
 */
abstract class StructWriter {
  /** Writes {@code value}, an instance of the struct type, as an object of its properties. */
  abstract void write(JsonGenerator out, Object value);
}
