package org.keneya.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.keneya.core.data.Dataset;
import org.keneya.core.value.DateRange;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Ref;
import org.keneya.model.Actor;
import org.keneya.model.Framework;
import org.keneya.model.Meeting;
import org.keneya.model.Pillar;
import org.keneya.model.Recommendation;

/**
 * The cells of Keneya's workbook of the benchmark data written by hand: each entity's cells taken
 * with a direct getter call, at the column Keneya's sheet has them, as text, numbers and dates
 * (the benchmark data has no boolean cell), into a {@link Cells} — raw FastExcel or POI's
 * streaming writer ({@link XlsxBaselines}). Not part of the library: it is what the baselines of
 * {@link XlsxBenchmark} write, the least work that gives the same sheets and cells.
 *
 * <p>What does not depend on the data — the sheets' names and order, their header rows and the
 * about sheet's cells — is a {@link Template} taken once from Keneya's workbook, as {@link
 * HandWrittenCsv} has its header as a constant. The cells of the entities are this class's own
 * work: the kinds' sheets ({@code actor}, {@code framework}, {@code pillar}, {@code meeting},
 * {@code recommendation}) and the one list sheet the data fills ({@code recommendation.lead}: the
 * owner's id, the position from 1, the actor's id). It handles what {@link Fixtures} fills and
 * refuses the rest, but reads every property, as a writer of this workbook must; every other
 * sheet gets its header only. Left out: the header comments, the dropdowns and the column widths
 * Keneya computes from the longest text.
 *
 * <pre>{@code
 * HandWrittenXlsx.write(template, dataset, cells); // then cells.finish(out)
 * }</pre>
 */
final class HandWrittenXlsx {
  private HandWrittenXlsx() {}

  /** The format dates are shown in, as Keneya writes them. */
  static final String DATE_FORMAT = "dd/mm/yyyy";

  /** The header cells' fill, as Keneya writes them (bold, this colour). */
  static final String HEADER_FILL = "DDEBF7";

  /**
   * Where the cells go, sheet after sheet and row after row, in order: a sheet's rows are written
   * in ascending order and a sheet is done when the next one starts (as POI's streaming writer
   * needs).
   */
  interface Cells {
    /** Starts the sheet at {@code index} of the template's sheets. */
    void sheet(int index);

    /** Writes the header row (bold, filled) and freezes it. */
    void header(String[] names);

    /** Starts row {@code r}, from 0 (the header's). */
    void row(int r);

    /** A text cell in column {@code c} of the current row. */
    void text(int c, String text);

    /** A number cell. */
    void number(int c, int number);

    /** A date cell, shown {@value #DATE_FORMAT}. */
    void date(int c, LocalDate date);
  }

  /**
   * What a workbook of the benchmark's registry holds whatever its data: the sheets in order, each
   * sheet's header, and the about sheet's rows (its cells a {@link String} or an {@link Integer},
   * null where empty; by row index from 0).
   */
  record Template(List<String> sheets, List<String[]> headers, List<Object[]> about) {
    /** The template of a workbook as {@link XlsxBaselines#fastexcelRead} reads it: its first sheet is the about sheet. */
    static Template of(List<XlsxBaselines.SheetCells> workbook) {
      List<String> sheets = new ArrayList<>();
      List<String[]> headers = new ArrayList<>();
      for (XlsxBaselines.SheetCells sheet : workbook) {
        sheets.add(sheet.name());
        Object[] first = sheet.rows().get(0).cells();
        String[] header = new String[first.length];
        for (int c = 0; c < first.length; c++) {
          header[c] = (String) first[c];
        }
        headers.add(header);
      }
      List<Object[]> about = new ArrayList<>();
      for (XlsxBaselines.RowCells row : workbook.get(0).rows()) {
        while (about.size() < row.index()) {
          about.add(new Object[0]); // a blank row
        }
        Object[] cells = row.cells().clone();
        for (int c = 0; c < cells.length; c++) {
          if (cells[c] instanceof BigDecimal number) {
            cells[c] = number.intValueExact(); // the rows of each sheet
          }
        }
        about.add(cells);
      }
      return new Template(List.copyOf(sheets), List.copyOf(headers), List.copyOf(about));
    }
  }

  /** Writes every sheet of {@code template} into {@code cells}, the entities of {@code dataset} by hand. */
  static void write(Template template, Dataset dataset, Cells cells) {
    for (int i = 0; i < template.sheets().size(); i++) {
      cells.sheet(i);
      if (i == 0) {
        about(template.about(), cells);
        continue;
      }
      cells.header(template.headers().get(i));
      switch (template.sheets().get(i)) {
        case "actor" -> actors(dataset.entities(Actor.KIND), cells);
        case "framework" -> frameworks(dataset.entities(Framework.KIND), cells);
        case "pillar" -> pillars(dataset.entities(Pillar.KIND), cells);
        case "meeting" -> meetings(dataset.entities(Meeting.KIND), cells);
        case "recommendation" -> recommendations(dataset.entities(Recommendation.KIND), cells);
        case "recommendation.lead" -> leads(dataset.entities(Recommendation.KIND), cells);
        default -> { } // a kind the data has none of, or a list it leaves empty (checked on its owner's sheet)
      }
    }
  }

  private static void about(List<Object[]> rows, Cells cells) {
    for (int r = 0; r < rows.size(); r++) {
      Object[] row = rows.get(r);
      if (row.length == 0) {
        continue;
      }
      cells.row(r);
      for (int c = 0; c < row.length; c++) {
        if (row[c] instanceof String text) {
          cells.text(c, text);
        } else if (row[c] instanceof Integer number) {
          cells.number(c, number);
        }
      }
    }
  }

  private static void actors(List<Actor> actors, Cells cells) {
    for (int i = 0; i < actors.size(); i++) {
      Actor a = actors.get(i);
      cells.row(i + 1);
      cells.text(0, a.id().value());
      cells.text(1, a.type().value());
      cells.text(2, HandWrittenCsv.french(a.name()));
      optionalText(cells, 3, a.acronym().orElse(null));
      HandWrittenCsv.absent(a.aliases());
      HandWrittenCsv.absent(a.level().orElse(null));
      HandWrittenCsv.absent(a.parent().orElse(null));
      HandWrittenCsv.absent(a.title().orElse(null));
      HandWrittenCsv.absent(a.provenance());
    }
  }

  private static void frameworks(List<Framework> frameworks, Cells cells) {
    for (int i = 0; i < frameworks.size(); i++) {
      Framework f = frameworks.get(i);
      cells.row(i + 1);
      cells.text(0, f.id().value());
      cells.text(1, f.type().value());
      cells.text(2, HandWrittenCsv.french(f.name()));
      optionalText(cells, 3, f.acronym().orElse(null));
      HandWrittenCsv.absent(f.description().orElse(null));
      HandWrittenCsv.absent(f.provenance());
    }
  }

  private static void pillars(List<Pillar> pillars, Cells cells) {
    for (int i = 0; i < pillars.size(); i++) {
      Pillar p = pillars.get(i);
      cells.row(i + 1);
      cells.text(0, p.id().value());
      cells.text(1, p.framework().id().value());
      cells.number(2, p.position());
      optionalText(cells, 3, p.code().orElse(null));
      cells.text(4, HandWrittenCsv.french(p.name()));
      HandWrittenCsv.absent(p.provenance());
    }
  }

  private static void meetings(List<Meeting> meetings, Cells cells) {
    for (int i = 0; i < meetings.size(); i++) {
      Meeting m = meetings.get(i);
      cells.row(i + 1);
      cells.text(0, m.id().value());
      cells.text(1, m.type().value());
      cells.text(2, HandWrittenCsv.french(m.title()));
      cells.text(3, m.status().value());
      DateRange dates = m.dates().orElse(null);
      if (dates != null) {
        cells.date(4, dates.start());
        cells.date(5, dates.end());
      }
      HandWrittenCsv.absent(m.venue().orElse(null));
      optionalText(cells, 7, m.city().orElse(null));
      HandWrittenCsv.absent(m.programme().orElse(null));
      HandWrittenCsv.absent(m.participants());
      HandWrittenCsv.absent(m.generalObjectives());
      HandWrittenCsv.absent(m.specificObjectives());
      HandWrittenCsv.absent(m.discussionPoints());
      HandWrittenCsv.absent(m.gaps());
      HandWrittenCsv.absent(m.provenance());
    }
  }

  private static void recommendations(List<Recommendation> recommendations, Cells cells) {
    for (int i = 0; i < recommendations.size(); i++) {
      Recommendation r = recommendations.get(i);
      cells.row(i + 1);
      cells.text(0, r.id().value());
      cells.text(1, r.type().value());
      cells.text(2, HandWrittenCsv.french(r.statement()));
      optionalId(cells, 3, r.pillar().orElse(null));
      HandWrittenCsv.absent(r.audience().orElse(null));
      optionalText(cells, 5, r.responsibleAsWritten().orElse(null));
      Deadline deadline = r.deadline().orElse(null);
      if (deadline != null) {
        optionalText(cells, 6, deadline.asWritten().orElse(null));
        cells.text(7, HandWrittenCsv.FORMS[deadline.form().ordinal()]);
        HandWrittenCsv.absent(deadline.date().orElse(null));
        optionalText(cells, 9, deadline.event().orElse(null));
        HandWrittenCsv.absent(deadline.eventRef().orElse(null));
        HandWrittenCsv.absent(deadline.period().orElse(null));
        HandWrittenCsv.absent(deadline.reference().orElse(null));
      }
      HandWrittenCsv.absent(r.horizon().orElse(null));
      LocalizedText point = r.discussionPoint().orElse(null);
      if (point != null) {
        cells.text(20, HandWrittenCsv.french(point));
      }
      optionalId(cells, 21, r.meeting().orElse(null));
      HandWrittenCsv.absent(r.supporting()); // the lists on sheets of their own: lead's is written next
      HandWrittenCsv.absent(r.addresses());
      HandWrittenCsv.absent(r.statusHistory());
      HandWrittenCsv.absent(r.provenance());
    }
  }

  /** The sheet of the recommendations' leads: a row per lead, keyed by the recommendation's id and the lead's position. */
  private static void leads(List<Recommendation> recommendations, Cells cells) {
    int row = 1;
    for (int i = 0; i < recommendations.size(); i++) {
      Recommendation r = recommendations.get(i);
      List<Ref<Actor>> lead = r.lead();
      String id = r.id().value();
      for (int p = 0; p < lead.size(); p++) {
        cells.row(row++);
        cells.text(0, id);
        cells.number(1, p + 1);
        cells.text(2, lead.get(p).id().value());
      }
    }
  }

  private static void optionalText(Cells cells, int c, String text) {
    if (text != null) {
      cells.text(c, text);
    }
  }

  private static void optionalId(Cells cells, int c, Ref<?> ref) {
    if (ref != null) {
      cells.text(c, ref.id().value());
    }
  }
}
