package org.keneya.core.internal.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.DateRange;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;
import org.keneya.core.value.Provenance;

/** The format-neutral rule of a table's columns, with a toy encoding of lists in cells. */
class LayoutTest {
  /** A nested value whose only property is optional: present-but-empty needs a presence column. */
  record Extra(Optional<String> note) {}

  record Line(
      String name,
      LocalizedText title,
      Money amount,
      @Nullable DateRange period,
      @Nullable Extra extra,
      @Nullable Deadline deadline,
      List<Provenance> sources,
      List<String> tags,
      Optional<List<String>> notes) {}

  @SuppressWarnings("unchecked")
  private static final StructType<Extra> EXTRA =
      StructType.<Extra, Object[]>builder("extra", Extra.class, () -> new Object[1],
              p -> new Extra(p[0] == null ? Optional.empty() : (Optional<String>) p[0]))
          .add("note", ValueType.optional(ValueType.string()), Extra::note, (p, v) -> p[0] = v)
          .build();

  @SuppressWarnings("unchecked")
  private static final StructType<Line> LINE =
      StructType.<Line, Object[]>builder("line", Line.class, () -> new Object[9],
              p -> new Line((String) p[0], (LocalizedText) p[1], (Money) p[2], (DateRange) p[3], (Extra) p[4],
                  (Deadline) p[5], p[6] == null ? List.of() : (List<Provenance>) p[6],
                  p[7] == null ? List.of() : (List<String>) p[7],
                  p[8] == null ? Optional.empty() : (Optional<List<String>>) p[8]))
          .add("name", ValueType.string(), Line::name, (p, v) -> p[0] = v)
          .add("title", ValueType.localizedText(), Line::title, (p, v) -> p[1] = v)
          .add("amount", ValueType.money(), Line::amount, (p, v) -> p[2] = v)
          .addOptional("period", ValueType.dateRange(), Line::period, (p, v) -> p[3] = v)
          .addOptional("extra", EXTRA, Line::extra, (p, v) -> p[4] = v)
          .addOptional("deadline", ValueType.deadline(), Line::deadline, (p, v) -> p[5] = v)
          .add("sources", ValueType.list(ValueType.provenance()), Line::sources, (p, v) -> p[6] = v)
          .add("tags", ValueType.list(ValueType.string()), Line::tags, (p, v) -> p[7] = v)
          .add("notes", ValueType.optional(ValueType.list(ValueType.string())), Line::notes, (p, v) -> p[8] = v)
          .build();

  /** Lists of strings as {@code (a|b)}, lists of sources as the documents' ids: a format of the test's own. */
  static final WholeValueCells PIPES = (column, optional, limits) -> new WholeValueCell() {
    @Override
    public String write(Object value) {
      List<String> texts = ((List<?>) value).stream()
          .map(v -> v instanceof Provenance ? ((Provenance) v).document().id().value() : (String) v)
          .toList();
      return "(" + String.join("|", texts) + ")";
    }

    @Override
    public Object read(String cell, Layout.RowPlace place) {
      if (!cell.startsWith("(") || !cell.endsWith(")")) {
        throw place.error(column.name(), "not in parentheses");
      }
      String inside = cell.substring(1, cell.length() - 1);
      List<String> texts = inside.isEmpty() ? List.of() : Arrays.asList(inside.split("\\|", -1));
      return column.name().equals("sources")
          ? texts.stream().map(Provenance::of).collect(ImmutableList.toImmutableList())
          : ImmutableList.copyOf(texts);
    }
  };

  private static final Layout<Line> LAYOUT = Layout.of(LINE, List.of("fr", "en"), PIPES);

  private static Line line(String name) {
    return new Line(name, LocalizedText.of("fr", "Titre", "en", "Title"), Money.of(1500, "XOF"), null, null, null,
        List.of(), List.of(), Optional.empty());
  }

  @Test
  void nestedValuesFlattenIntoDottedColumnsAndLocalizedTextIntoOneColumnPerLanguage() {
    assertEquals(List.of("name", "title.en", "title.fr", "amount.amount", "amount.currency", "period.start",
            "period.end", "extra", "extra.note", "deadline.asWritten", "deadline.form", "deadline.date",
            "deadline.event", "deadline.eventRef", "deadline.period", "deadline.reference", "sources", "tags",
            "notes"),
        LAYOUT.header());
    assertEquals(List.of("en", "fr"), LAYOUT.languages());
    Column amount = LAYOUT.columns().get(3);
    assertEquals(Column.Type.SCALAR, amount.type());
    assertTrue(amount.required());
    assertEquals(Column.Type.PRESENCE, LAYOUT.columns().get(7).type());
    assertEquals(Column.Type.VALUE, LAYOUT.columns().get(17).type());
    assertTrue(LAYOUT.columns().get(1).isText());
    assertTrue(LAYOUT.columns().get(0).isText());
    assertFalse(amount.isText());
  }

  @Test
  void eachValueIsWrittenAsCellsAndReadBack() {
    assertRoundTrip(line("a"), "a", "Title", "Titre", "1500", "XOF", "", "", "", "", "", "", "", "", "", "", "", "",
        "", "");
    Line full = new Line("b", LocalizedText.fr("Seulement"), Money.of("12.50", "EUR"),
        DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)), new Extra(Optional.empty()),
        Deadline.onDate("avant fin 2024", LocalDate.of(2024, 12, 31)), List.of(Provenance.of("doc-1")),
        List.of("x", "y"), Optional.of(List.of()));
    String[] row = LAYOUT.write(full);
    assertEquals("", row[1]);
    assertEquals("Seulement", row[2]);
    assertEquals("12.50", row[3]);
    assertEquals("2024-01-01", row[5]);
    assertEquals("true", row[7], "an empty nested value is marked present");
    assertEquals("", row[8]);
    assertEquals("(doc-1)", row[16]);
    assertEquals("(x|y)", row[17]);
    assertEquals("()", row[18], "an optional empty list has the format's cell");
    assertEquals(full, LAYOUT.read(row, new Layout.RowPlace("line.csv", 2)));
  }

  @Test
  void aRequiredEmptyListIsAnEmptyCellAndAnAbsentOptionalListToo() {
    String[] row = LAYOUT.write(line("c"));
    assertEquals("", row[17]);
    assertEquals("", row[18]);
    assertEquals(line("c"), LAYOUT.read(row, new Layout.RowPlace("line.csv", 2)));
  }

  /** A value whose nested value is required, and made of optional values only. */
  record Holder(String name, Extra extra) {}

  private static final StructType<Holder> HOLDER =
      StructType.<Holder, Object[]>builder("holder", Holder.class, () -> new Object[2],
              p -> new Holder((String) p[0], (Extra) p[1]))
          .add("name", ValueType.string(), Holder::name, (p, v) -> p[0] = v)
          .add("extra", EXTRA, Holder::extra, (p, v) -> p[1] = v)
          .build();

  @Test
  void aRequiredNestedValueOfAbsentOptionalValuesReadsBackAsItself() {
    // all its cells empty: it is present (required), with nothing in it — not a missing value
    Layout<Holder> layout = Layout.generic(HOLDER, List.of(), PIPES);
    Holder empty = new Holder("h", new Extra(Optional.empty()));
    String[] row = layout.write(empty);
    assertEquals(List.of("h", ""), Arrays.asList(row));
    assertEquals(empty, layout.read(row, new Layout.RowPlace("holder.csv", 2)));
  }

  @Test
  void aCellRefusedIsReportedAtItsRowAndColumn() {
    String[] row = LAYOUT.write(line("d"));
    row[3] = "douze";
    MalformedInputException e = assertThrows(MalformedInputException.class,
        () -> LAYOUT.read(row, new Layout.RowPlace("line.csv", 7)));
    assertTrue(e.getMessage().contains("line.csv") && e.getMessage().contains("7")
        && e.getMessage().contains("amount.amount"), e.getMessage());

    String[] missing = LAYOUT.write(line("e"));
    missing[4] = "";
    e = assertThrows(MalformedInputException.class, () -> LAYOUT.read(missing, new Layout.RowPlace("line.csv", 3)));
    assertTrue(e.getMessage().contains("amount.currency") && e.getMessage().contains("required"), e.getMessage());
  }

  @Test
  void aListLongerThanTheLimitIsRefusedWhateverItsEncoding() {
    Layout<Line> strict = Layout.forHeader(LINE, LAYOUT.header(), ReadLimits.builder().maxListLength(2).build(), PIPES);
    String[] row = strict.write(line("f"));
    row[17] = "(a|b|c)";
    MalformedInputException e = assertThrows(MalformedInputException.class,
        () -> strict.read(row, new Layout.RowPlace("line.csv", 2)));
    assertTrue(e.getMessage().contains("tags") && e.getMessage().contains("maxListLength"), e.getMessage());
  }

  @Test
  void theLanguagesOfAReadLayoutAreTheOnesItsHeaderNames() {
    Layout<Line> read = Layout.forHeader(LINE, List.of("name", "title.de", "title.fr", "amount.amount"), ReadLimits.defaults(), PIPES);
    assertEquals(List.of("de", "fr"), read.languages());
    Set<String> languages = new TreeSet<>();
    Layout.collectLanguages(LINE, line("g"), languages);
    assertEquals(Set.of("en", "fr"), languages);
  }

  @Test
  void specializedStructWritersWriteTheCellsOfTheGenericWalk() {
    Layout<Line> generic = Layout.generic(LINE, List.of("en", "fr"), PIPES);
    Line full = new Line("h", LocalizedText.en("Only"), Money.of(3, "XOF"), null, new Extra(Optional.of("n")),
        Deadline.onDate("2025", LocalDate.of(2025, 1, 1)), List.of(), List.of("t"), Optional.of(List.of("u")));
    for (Line value : List.of(line("h"), full)) {
      assertArrayEquals(generic.write(value), LAYOUT.write(value), value::toString);
    }
    assertTrue(LAYOUT.isSpecialized());
    assertFalse(generic.isSpecialized());
  }

  @Test
  void aCacheKeepsOneLayoutPerTypeAndLanguagesAndTwoCachesShareNone() {
    Layout.Cache cache = new Layout.Cache(true);
    Layout<Line> first = cache.of(LINE, List.of("fr", "en"), PIPES);
    assertSame(first, cache.of(LINE, List.of("en", "fr"), PIPES));
    assertNotSame(first, new Layout.Cache(true).of(LINE, List.of("fr", "en"), PIPES));
    assertTrue(first.isSpecialized());
  }

  @Test
  void aCacheOfGenericLayoutsWritesTheSameCellsUnspecialized() {
    Layout<Line> generic = new Layout.Cache(false).of(LINE, List.of("fr", "en"), PIPES);
    assertArrayEquals(LAYOUT.write(line("h")), generic.write(line("h")));
    assertFalse(generic.isSpecialized());
  }

  @Test
  void aStructWithMorePropertiesThanTheTemplateHasSlotsIsWrittenByTheGenericWalk() {
    int size = StructTemplate.SLOTS + 1;
    StructType.Builder<Object[], Object[]> wide = StructType.builder("wide", Object[].class, () -> new Object[size], p -> p);
    for (int i = 0; i < size; i++) {
      int at = i;
      wide.add("p" + i, ValueType.string(), p -> (String) p[at], (p, v) -> p[at] = v);
    }
    Layout<Object[]> layout = Layout.of(wide.build(), List.of(), PIPES);
    Object[] value = new Object[size];
    Arrays.setAll(value, i -> "v" + i);

    assertArrayEquals(value, layout.write(value));
    assertFalse(layout.isSpecialized());
  }

  private static void assertRoundTrip(Line value, String... cells) {
    String[] row = LAYOUT.write(value);
    assertArrayEquals(cells, row, "cells of " + value);
    assertEquals(value, LAYOUT.read(row, new Layout.RowPlace("line.csv", 2)), "read back");
  }
}
