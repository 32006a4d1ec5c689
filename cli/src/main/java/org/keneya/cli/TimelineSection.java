package org.keneya.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.keneya.cli.Report.Block;
import org.keneya.cli.Report.Column;
import org.keneya.cli.Report.Note;
import org.keneya.cli.Report.Row;
import org.keneya.cli.Report.Section;
import org.keneya.cli.Report.Table;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.value.DateRange;
import org.keneya.core.value.PartialDate;

/**
 * The timeline of a report: every entity whose kind declares when it occurs (the {@code occurs}
 * follow-up role: meetings today, events and decisions as their kind joins), in date order, with
 * its type, its name in the report's language and its dates as the language writes them; those the
 * data does not date come last.
 */
final class TimelineSection {
  private final ReportContext context;

  TimelineSection(ReportContext context) {
    this.context = context;
  }

  /** One dated (or undated) entry: what the table shows and what it is ordered by. */
  private record Entry(@Nullable LocalDate start, String when, String kind, String type, String name, String id) {}

  /** The section. */
  Section section() {
    List<Entry> entries = new ArrayList<>();
    for (EntityKind<?> kind : context.dataset().kinds()) {
      String occurs = kind.roles().occurs().orElse(null);
      if (occurs != null) {
        for (Entity entity : context.dataset().entities(kind)) {
          entries.add(entry(kind, entity, ReportContext.value(kind, entity, occurs)));
        }
      }
    }
    entries.sort(Comparator.comparing(Entry::start, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
        .thenComparing(Entry::kind)
        .thenComparing(Entry::id));
    List<Row> rows = new ArrayList<>();
    for (Entry e : entries) {
      rows.add(Row.of(e.when(), e.kind(), e.type(), e.name()));
    }
    long dated = entries.stream().filter(e -> e.start() != null).count();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Note(context.label(ReportLabel.TIMELINE_NOTE,
        context.count(dated, ReportLabel.DATED_ENTRIES_ONE, ReportLabel.DATED_ENTRIES_MANY),
        context.formats().number(entries.size() - dated))));
    blocks.add(new Table(context.label(ReportLabel.TIMELINE),
        List.of(Column.text(context.label(ReportLabel.COLUMN_DATE)), Column.text(context.label(ReportLabel.COLUMN_KIND)),
            Column.text(context.label(ReportLabel.COLUMN_TYPE)), Column.text(context.label(ReportLabel.COLUMN_NAME), 80)),
        rows));
    return new Section("timeline", context.label(ReportLabel.TIMELINE), blocks);
  }

  /** A date, a span of days, or, for a value this report does not know how to date, the value as it prints. */
  private Entry entry(EntityKind<?> kind, Entity entity, @Nullable Object when) {
    LocalDate start = null;
    String shown = Report.ABSENT;
    if (when instanceof LocalDate day) {
      start = day;
      shown = context.formats().date(day);
    } else if (when instanceof PartialDate date) {
      start = date.first();
      shown = context.formats().date(date);
    } else if (when instanceof DateRange range) {
      start = range.start();
      shown = context.formats().dates(range);
    } else if (when != null) {
      shown = when.toString();
    }
    return new Entry(start, shown, context.kindName(kind), context.typeLabel(entity).orElse(""), context.name(entity),
        entity.id().value());
  }
}
