package org.keneya.benchmarks;

import com.google.common.collect.ImmutableSortedMap;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Ref;
import org.keneya.io.csv.internal.Utf8;
import org.keneya.model.Recommendation;

/**
 * The recommendation table written by hand: each of its 27 cells taken with a direct getter call,
 * then FastCSV through the same UTF-8 writer as Keneya's {@code TableWriter}. Not part of the
 * library: it is the ceiling of any writer over these model objects — the same bytes with the least
 * work — against which Keneya's generic walk (and the baselines) are measured; {@link CsvBenchmark}
 * checks on its first write that its bytes are Keneya's. It handles what {@link Fixtures} fills and refuses
 * the rest, but reads every property, as a writer of this table must.
 *
 * <pre>{@code
 * HandWrittenCsv.write(recommendations, out); // recommendation.csv, as CsvCodec writes it
 * }</pre>
 */
final class HandWrittenCsv {
  private HandWrittenCsv() {}

  private static final List<String> HEADER = List.of(
      "id", "type", "statement.fr", "pillar", "audience", "lead", "supporting", "responsibleAsWritten",
      "deadline.asWritten", "deadline.form", "deadline.date", "deadline.event", "deadline.eventRef",
      "deadline.period", "deadline.reference",
      "horizon.asWritten", "horizon.form", "horizon.date", "horizon.event", "horizon.eventRef",
      "horizon.period", "horizon.reference",
      "discussionPoint.fr", "addresses", "meeting", "statusHistory", "provenance");

  private static final String[] EMPTY_ROW = emptyRow();

  /** The forms' names by ordinal, as the enumeration type writes them ({@code BEFORE_EVENT} → {@code before-event}). */
  static final String[] FORMS = Arrays.stream(Deadline.Form.values())
      .map(f -> f.name().toLowerCase(Locale.ROOT).replace('_', '-'))
      .toArray(String[]::new);

  /** Writes the header and one row per recommendation; the stream is flushed, not closed. */
  static void write(List<Recommendation> recommendations, OutputStream out) {
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(Utf8.writer(out));
    csv.writeRecord(HEADER);
    for (int i = 0; i < recommendations.size(); i++) {
      csv.writeRecord(row(recommendations.get(i)));
    }
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String[] row(Recommendation r) {
    String[] row = EMPTY_ROW.clone();
    row[0] = r.id().value();
    row[1] = r.type().value();
    row[2] = french(r.statement());
    row[3] = idOrEmpty(r.pillar().orElse(null));
    absent(r.audience().orElse(null));
    row[5] = refs(r.lead());
    absent(r.supporting());
    row[7] = orEmpty(r.responsibleAsWritten().orElse(null));
    Deadline deadline = r.deadline().orElse(null);
    if (deadline != null) {
      deadline(deadline, row);
    }
    absent(r.horizon().orElse(null));
    LocalizedText point = r.discussionPoint().orElse(null);
    if (point != null) {
      row[22] = french(point);
    }
    absent(r.addresses());
    row[24] = idOrEmpty(r.meeting().orElse(null));
    absent(r.statusHistory());
    absent(r.provenance());
    return row;
  }

  private static void deadline(Deadline d, String[] row) {
    row[8] = orEmpty(d.asWritten().orElse(null));
    row[9] = FORMS[d.form().ordinal()];
    absent(d.date().orElse(null));
    row[11] = orEmpty(d.event().orElse(null));
    absent(d.eventRef().orElse(null));
    absent(d.period().orElse(null));
    absent(d.reference().orElse(null));
  }

  /** The French text of {@code text}, which holds no other language in the benchmark data. */
  static String french(LocalizedText text) {
    ImmutableSortedMap<String, String> byLanguage = text.byLanguage();
    if (byLanguage.size() != 1) {
      throw new UnsupportedOperationException("only French text: " + byLanguage.keySet());
    }
    return byLanguage.get("fr");
  }

  /** A JSON array of the ids, as Keneya writes a list of references in one cell. */
  private static String refs(java.util.List<? extends Ref<?>> refs) {
    if (refs.size() == 1) {
      return "[\"" + refs.get(0).id().value() + "\"]";
    }
    StringBuilder cell = new StringBuilder(16 * refs.size()).append('[');
    for (int i = 0; i < refs.size(); i++) {
      cell.append(i == 0 ? "\"" : ",\"").append(refs.get(i).id().value()).append('"');
    }
    return refs.isEmpty() ? "" : cell.append(']').toString();
  }

  private static String idOrEmpty(Ref<?> ref) {
    return ref == null ? "" : ref.id().value();
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  /** Refuses a value the benchmark data leaves out: a writer by hand of this data reads it, but has nothing to write. */
  static void absent(Object value) {
    if (value != null && !(value instanceof List && ((List<?>) value).isEmpty())) {
      throw new UnsupportedOperationException("a property the benchmark data leaves empty: " + value);
    }
  }

  private static String[] emptyRow() {
    String[] row = new String[HEADER.size()];
    Arrays.fill(row, "");
    return row;
  }
}
