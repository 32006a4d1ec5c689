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
 * <p>A JSON Lines stream: a header line, then one entity per line with its kind, then an end record
 * counting the entity lines, so that a stream cut short at a line end is told from a whole one:
 *
 * <pre>{@code
 * {"format":"keneya-jsonl","version":2}
 * {"kind":"actor","entity":{"id":"dns",...}}
 * {"end":{"count":1}}
 * }</pre>
 *
 * <p>Format versions: a change to a format raises its version; files of every earlier version still
 * read, and writers write the newest. JSON Lines version 1 had no end record.
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

  /** The version of the dataset document this library writes and reads. */
  public static final int VERSION = 1;

  /**
   * The version of JSON Lines this library writes; it reads every version up to it. Version 2 added
   * the end record; a version 1 stream has none, so whether it was cut short cannot be told.
   */
  public static final int LINES_VERSION = 2;
}
