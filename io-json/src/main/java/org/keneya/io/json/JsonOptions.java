package org.keneya.io.json;

import java.util.Objects;
import org.keneya.core.codec.ReadLimits;

/**
 * How the JSON codecs write and read. Defaults: compact output, strict reading (an unknown
 * property is an error), references checked, and the read limits of {@link ReadLimits#defaults()},
 * which no legitimate dataset reaches but which stop a hostile document early. The limits are the
 * ones every Keneya reader shares ({@link ReadLimits} documents each and its default); the JSON
 * readers apply the nesting depth, the length of a text and of a number, and the length of a list.
 * A property name is limited to 256 characters. The length of a whole document is not limited, so
 * that a JSON Lines stream of any size can be read.
 *
 * <pre>{@code
 * JsonOptions options = JsonOptions.defaults().pretty(true).ignoreUnknownProperties(true);
 * JsonOptions strict = JsonOptions.defaults().limits(ReadLimits.builder().maxTextLength(10_000).build());
 * }</pre>
 */
public final class JsonOptions {
  private static final JsonOptions DEFAULTS = new JsonOptions(false, false, true, ReadLimits.defaults());

  private final boolean pretty;
  private final boolean ignoreUnknownProperties;
  private final boolean checkReferences;
  private final ReadLimits limits;

  private JsonOptions(boolean pretty, boolean ignoreUnknownProperties, boolean checkReferences, ReadLimits limits) {
    this.pretty = pretty;
    this.ignoreUnknownProperties = ignoreUnknownProperties;
    this.checkReferences = checkReferences;
    this.limits = limits;
  }

  /** Compact output, strict reading, references checked, {@link ReadLimits#defaults()}. */
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

  /** Replaces the read limits (default {@link ReadLimits#defaults()}); writing ignores them. */
  public JsonOptions limits(ReadLimits newLimits) {
    return new JsonOptions(pretty, ignoreUnknownProperties, checkReferences, Objects.requireNonNull(newLimits, "limits"));
  }

  /** Whether output is indented; see {@link #pretty(boolean)}. */
  public boolean pretty() {
    return pretty;
  }

  /** Whether unknown properties and kinds are skipped; see {@link #ignoreUnknownProperties(boolean)}. */
  public boolean ignoreUnknownProperties() {
    return ignoreUnknownProperties;
  }

  /** Whether a dataset's references are checked; see {@link #checkReferences(boolean)}. */
  public boolean checkReferences() {
    return checkReferences;
  }

  /** The limits reading applies; see {@link #limits(ReadLimits)}. */
  public ReadLimits limits() {
    return limits;
  }
}
