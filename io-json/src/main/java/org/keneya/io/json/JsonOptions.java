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
 * that a JSON Lines stream of any size can be read. Objects are written by specialized writers
 * unless {@link #specializedWriters(boolean)} turns them off.
 *
 * <pre>{@code
 * JsonOptions options = JsonOptions.defaults().pretty(true).ignoreUnknownProperties(true);
 * JsonOptions strict = JsonOptions.defaults().limits(ReadLimits.builder().maxTextLength(10_000).build());
 * }</pre>
 */
public final class JsonOptions {
  private static final JsonOptions DEFAULTS = new JsonOptions(false, false, true, ReadLimits.defaults(), true);

  private final boolean pretty;
  private final boolean ignoreUnknownProperties;
  private final boolean checkReferences;
  private final ReadLimits limits;
  private final boolean specializedWriters;

  private JsonOptions(
      boolean pretty, boolean ignoreUnknownProperties, boolean checkReferences, ReadLimits limits, boolean specializedWriters) {
    this.pretty = pretty;
    this.ignoreUnknownProperties = ignoreUnknownProperties;
    this.checkReferences = checkReferences;
    this.limits = limits;
    this.specializedWriters = specializedWriters;
  }

  /** Compact output, strict reading, references checked, {@link ReadLimits#defaults()}, specialized writers. */
  public static JsonOptions defaults() {
    return DEFAULTS;
  }

  /** Indented output, two spaces, {@code \n} line ends (the same bytes on every platform). */
  public JsonOptions pretty(boolean on) {
    return new JsonOptions(on, ignoreUnknownProperties, checkReferences, limits, specializedWriters);
  }

  /**
   * Lenient reading for files written by newer versions: unknown properties and unknown kinds are
   * skipped instead of refused. Everything else stays strict.
   */
  public JsonOptions ignoreUnknownProperties(boolean on) {
    return new JsonOptions(pretty, on, checkReferences, limits, specializedWriters);
  }

  /** Whether reading a whole dataset refuses a reference to an entity it does not contain (default true). */
  public JsonOptions checkReferences(boolean on) {
    return new JsonOptions(pretty, ignoreUnknownProperties, on, limits, specializedWriters);
  }

  /** Replaces the read limits (default {@link ReadLimits#defaults()}); writing ignores them. */
  public JsonOptions limits(ReadLimits newLimits) {
    return new JsonOptions(
        pretty, ignoreUnknownProperties, checkReferences, Objects.requireNonNull(newLimits, "limits"), specializedWriters);
  }

  /**
   * Whether objects are written by writers specialized to each struct type (the default): for each
   * type, on its first value, the codec defines a hidden class ({@link
   * java.lang.invoke.MethodHandles.Lookup#defineHiddenClassWithClassData}) whose constants are the
   * type's accessors and property names, so that the JIT compiles the type's properties as if
   * written by hand. Off, every object is written by the generic walk over the type's description
   * (as a type with more properties than a specialized writer has slots always is). The bytes
   * written are the same either way; reading is not affected.
   *
   * <p>Turn them off where defining classes at run time is forbidden or unwelcome (a security
   * policy or agent that refuses hidden classes, a native image, a class-count budget), to debug or
   * profile the writing of a value with ordinary stack frames, or when writing only a few values of
   * many types, where defining and compiling a class per type costs more than it saves.
   */
  public JsonOptions specializedWriters(boolean on) {
    return new JsonOptions(pretty, ignoreUnknownProperties, checkReferences, limits, on);
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

  /** Whether objects are written by specialized writers; see {@link #specializedWriters(boolean)}. */
  public boolean specializedWriters() {
    return specializedWriters;
  }
}
