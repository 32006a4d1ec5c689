package org.keneya.io.json;

/**
 * The names and versions of the Keneya JSON formats.
 *
 * <p>A dataset document:
 *
 * <pre>{@code
 * {"format":"keneya-dataset","version":1,"kinds":{"actor":[{"id":"dns",...}],"recommendation":[...]}}
 * }</pre>
 *
 * <p>A JSON Lines stream: a header line, then one entity per line with its kind:
 *
 * <pre>{@code
 * {"format":"keneya-jsonl","version":1}
 * {"kind":"actor","entity":{"id":"dns",...}}
 * }</pre>
 *
 * <p>Values follow the kinds' descriptions: text, ids, codes, dates (ISO 8601), periods, currencies
 * and references (the target's id, or {@code kind:id} when any kind may be meant) are strings;
 * integers and decimals are JSON numbers written exactly in plain notation; localized text is an
 * object keyed by language tag; nested values are objects whose properties come in description
 * order; an absent optional or an empty list is omitted, never {@code null}.
 */
public final class JsonFormat {
  private JsonFormat() {}

  /** The {@code format} of a dataset document. */
  public static final String DATASET = "keneya-dataset";

  /** The {@code format} of a JSON Lines stream's header. */
  public static final String LINES = "keneya-jsonl";

  /** The version this library writes and reads. */
  public static final int VERSION = 1;
}
