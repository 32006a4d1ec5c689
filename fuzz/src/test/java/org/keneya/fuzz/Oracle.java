package org.keneya.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.InvalidDataException;
import org.keneya.core.error.KeneyaException;
import org.keneya.core.error.Place;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.io.csv.CsvCodec;
import org.keneya.io.json.JsonLines;
import org.keneya.io.json.JsonOptions;

/**
 * The oracle: reading an input either succeeds, and then the dataset written by every writer reads
 * back equal through the matching reader, or it fails with a {@link KeneyaException} whose message
 * (under {@value #MAX_MESSAGE} characters) names the source and a place in it. Anything else is a
 * finding: another exception or an error, a message without a source or a place, a writer that
 * fails on what was read, a round trip that differs.
 *
 * <p>The source a message must name is the name given to the reader (for a zip, its name begins
 * the entry's); a folder is read without one, so there a message must name the file inside it.
 */
final class Oracle {
  /** The longest message a refusal may have: one readable line, whatever the input held. */
  static final int MAX_MESSAGE = 1_000;

  private Oracle() {}

  /**
   * Reads the input with its reader and judges the outcome; {@code scratch} is an empty folder for
   * this case. A failure to write a folder's files there is the fuzzer's, and is thrown.
   */
  static Outcome judge(Input input, Path scratch) throws IOException {
    Codecs.prepare(input, scratch);
    Dataset read;
    try {
      read = Codecs.read(input, scratch);
    } catch (Throwable t) { // an Error too: OutOfMemoryError and StackOverflowError are findings
      return judgeRefusal(input, t);
    }
    return input.format() == Format.TABLE ? tableRoundTrip(input, read) : roundTrip(read, scratch);
  }

  // ---- refusals

  static Outcome judgeRefusal(Input input, Throwable t) {
    if (!(t instanceof KeneyaException)) {
      return Outcome.thrown(input.format() + " reader throws", t);
    }
    String message = Objects.requireNonNullElse(t.getMessage(), "");
    String where = t.getClass().getSimpleName() + " from " + Outcome.keneyaFrame(t);
    if (message.length() >= MAX_MESSAGE) {
      return Outcome.finding(input.format() + " refusal with a message of 1000+ characters: " + where,
          message.length() + " characters: " + Outcome.excerpt(message, 300), t);
    }
    if (!(t instanceof InvalidDataException)) {
      return Outcome.finding(input.format() + " refusal without a place: " + where, message, t);
    }
    Place place = ((InvalidDataException) t).place();
    String missing = missingFromPlace(input, place, message);
    return missing == null
        ? Outcome.REJECTED
        : Outcome.finding(input.format() + " refusal whose message names no " + missing + ": " + where, message, t);
  }

  /**
   * What the place or message lacks, or null: a source (the reader's name; for a folder, read
   * without one, the file inside) and a path, line or column — or, in a zip or a folder, the file
   * inside it, which is the place of a refusal of the file as a whole (two entries of one name, a
   * damaged entry, a folder among the tables); a zip that is not one is its own place.
   */
  private static @Nullable String missingFromPlace(Input input, Place place, String message) {
    boolean container = input.format() == Format.ZIP || input.format() == Format.FOLDER;
    boolean namesSource = input.format() == Format.FOLDER
        ? place.source().filter(s -> !s.isBlank() && message.contains(s)).isPresent()
        : place.source().filter(s -> s.startsWith(input.name()) && message.contains(s)).isPresent();
    if (!namesSource) {
      return "source";
    }
    boolean located = place.path().isPresent() || place.line().isPresent() || place.column().isPresent();
    return located || container ? null : "place in the source";
  }

  // ---- round trips

  /** The dataset written by every writer and read back by the matching reader, each equal to it. */
  private static Outcome roundTrip(Dataset dataset, Path scratch) {
    List<Check> checks = List.of(
        new Check("JSON", () -> Codecs.JSON.read(in(Codecs.json(dataset)), "back.json")),
        new Check("pretty JSON", () -> Codecs.JSON.read(in(Codecs.PRETTY_JSON.toBytes(dataset)), "back.json")),
        new Check("JSON Lines", () -> JsonLines.read(in(Codecs.jsonLines(dataset)), "back.jsonl", Codecs.REGISTRY, JsonOptions.defaults())),
        new Check("CSV zip", () -> Codecs.CSV.readZip(in(Codecs.zip(Codecs.CSV, dataset)))),
        new Check("CSV zip ';' BOM CRLF guarded", () -> Codecs.EXCEL_CSV.readZip(in(Codecs.zip(Codecs.EXCEL_CSV, dataset)))),
        new Check("CSV folder", () -> folder(dataset, scratch)));
    for (Check check : checks) {
      Outcome outcome = check.run(dataset);
      if (outcome.isFinding()) {
        return outcome;
      }
    }
    for (EntityKind<?> kind : dataset.kinds()) {
      Dataset ofKind = Dataset.of(Codecs.REGISTRY, dataset.entities(kind));
      Outcome outcome = new Check("CSV table " + kind.name(), () -> table(Codecs.CSV, ofKind, kind)).run(ofKind);
      if (outcome.isFinding()) {
        return outcome;
      }
    }
    return Outcome.ACCEPTED;
  }

  /** A single table read: written back as a table (both dialects), it reads equal. */
  private static Outcome tableRoundTrip(Input input, Dataset rows) {
    EntityKind<?> kind = Objects.requireNonNull(input.kind());
    for (CsvCodec csv : List.of(Codecs.CSV, Codecs.EXCEL_CSV)) {
      String name = csv == Codecs.CSV ? "CSV table" : "CSV table ';' BOM CRLF guarded";
      Outcome outcome = new Check(name, () -> table(csv, rows, kind)).run(rows);
      if (outcome.isFinding()) {
        return outcome;
      }
    }
    return Outcome.ACCEPTED;
  }

  private static Dataset table(CsvCodec csv, Dataset rows, EntityKind<?> kind) {
    List<? extends Entity> back = Codecs.readTable(csv, kind, Codecs.table(csv, rows, kind), kind.name() + ".csv");
    return Dataset.of(Codecs.REGISTRY, back);
  }

  private static Dataset folder(Dataset dataset, Path scratch) {
    try {
      Path folder = Files.createTempDirectory(scratch, "back");
      Files.delete(folder);
      Codecs.CSV.writeFolder(dataset, folder);
      return Codecs.CSV.readFolder(folder);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ByteArrayInputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  /** One writer and its reader: writing and reading back must work and give an equal dataset. */
  private record Check(String format, Supplier<Dataset> writeAndRead) {
    Outcome run(Dataset expected) {
      Dataset back;
      try {
        back = writeAndRead.get();
      } catch (Throwable t) {
        return Outcome.thrown("accepted, but the " + format + " round trip fails", t);
      }
      if (back.equals(expected)) {
        return Outcome.ACCEPTED;
      }
      return Outcome.finding("accepted, but the " + format + " round trip differs", Differences.first(expected, back), null);
    }
  }
}
