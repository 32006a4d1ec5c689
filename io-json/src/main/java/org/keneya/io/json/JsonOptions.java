package org.keneya.io.json;

import tools.jackson.core.StreamReadConstraints;

/**
 * How the JSON codecs write and read. Defaults: compact output, strict reading (an unknown
 * property is an error), references checked, and read limits that no legitimate dataset reaches
 * but that stop a hostile document early:
 *
 * <ul>
 *   <li>nesting depth 64 (a Keneya dataset nests about 8 levels),
 *   <li>a single string 1,000,000 characters, a property name 256,
 *   <li>a number 100 digits (10^15 XOF needs 16),
 *   <li>a whole document 1 GiB.
 * </ul>
 *
 * <pre>{@code
 * JsonOptions options = JsonOptions.defaults().pretty(true).ignoreUnknownProperties(true);
 * }</pre>
 */
public final class JsonOptions {
  /** The default read limits, documented above. */
  public static final StreamReadConstraints DEFAULT_LIMITS = StreamReadConstraints.builder()
      .maxNestingDepth(64)
      .maxStringLength(1_000_000)
      .maxNameLength(256)
      .maxNumberLength(100)
      .maxDocumentLength(1L << 30)
      .build();

  private static final JsonOptions DEFAULTS = new JsonOptions(false, false, true, DEFAULT_LIMITS);

  private final boolean pretty;
  private final boolean ignoreUnknownProperties;
  private final boolean checkReferences;
  private final StreamReadConstraints limits;

  private JsonOptions(boolean pretty, boolean ignoreUnknownProperties, boolean checkReferences, StreamReadConstraints limits) {
    this.pretty = pretty;
    this.ignoreUnknownProperties = ignoreUnknownProperties;
    this.checkReferences = checkReferences;
    this.limits = limits;
  }

  public static JsonOptions defaults() {
    return DEFAULTS;
  }

  /** Indented output, two spaces, {@code \n} line ends (the same bytes on every platform). */
  public JsonOptions pretty(boolean on) {
    return new JsonOptions(on, ignoreUnknownProperties, checkReferences, limits);
  }

  /**
   * Lenient reading for files written by newer versions: unknown properties and unknown kinds are
   * skipped instead of refused. Everything else stays strict.
   */
  public JsonOptions ignoreUnknownProperties(boolean on) {
    return new JsonOptions(pretty, on, checkReferences, limits);
  }

  /** Whether reading a whole dataset refuses a reference to an entity it does not contain (default true). */
  public JsonOptions checkReferences(boolean on) {
    return new JsonOptions(pretty, ignoreUnknownProperties, on, limits);
  }

  /** Replaces the read limits. */
  public JsonOptions limits(StreamReadConstraints newLimits) {
    return new JsonOptions(pretty, ignoreUnknownProperties, checkReferences, newLimits);
  }

  public boolean pretty() {
    return pretty;
  }

  public boolean ignoreUnknownProperties() {
    return ignoreUnknownProperties;
  }

  public boolean checkReferences() {
    return checkReferences;
  }

  public StreamReadConstraints limits() {
    return limits;
  }
}
