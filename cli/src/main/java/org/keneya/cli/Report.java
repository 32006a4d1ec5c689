package org.keneya.cli;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.keneya.core.data.Dataset;
import org.keneya.core.followup.FollowUp;
import org.keneya.core.followup.ItemState;
import org.keneya.core.kind.CodeEntry;
import org.keneya.core.kind.Codelist;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.validation.ValidationReport;
import org.keneya.core.value.Id;
import org.keneya.core.value.Ref;
import org.keneya.model.Actor;
import org.keneya.model.HealthCodelists;
import org.keneya.model.Pillar;
import org.keneya.model.Recommendation;

/**
 * What {@code keneya report} shows, computed once from a dataset in one language and rendered as
 * text ({@link TextReport}) or HTML ({@link HtmlReport}): sections of notes, tables and bar charts.
 * Everything is ordered explicitly (by position, id, count), so the same dataset, date and language
 * give the same report. The follow-up sections (the as-of state, deadlines, timeline) are {@link
 * FollowUpSections}'s, the budgets {@link BudgetSection}'s.
 */
final class Report {
  /** What a table or chart shows for a figure the data does not give: never 0. */
  static final String ABSENT = "—";

  /** A piece of a section, in order. */
  sealed interface Block permits Note, Table, Chart {}

  /** A sentence. */
  record Note(String text) implements Block {}

  /** A column; numbers are right-aligned; {@code maxText} (0: none) truncates long text in plain-text output. */
  record Column(String name, boolean numeric, int maxText) {
    /** A text column. */
    static Column text(String name) {
      return new Column(name, false, 0);
    }

    /** A text column cut at {@code maxText} characters in plain text. */
    static Column text(String name, int maxText) {
      return new Column(name, false, maxText);
    }

    /** A column of figures. */
    static Column number(String name) {
      return new Column(name, true, 0);
    }
  }

  /** One row; a flagged row shows something the reader must check (a stated figure that disagrees). */
  record Row(List<String> cells, boolean flagged, boolean total) {
    /** A plain row. */
    static Row of(String... cells) {
      return new Row(List.of(cells), false, false);
    }

    /** A total row. */
    static Row total(String... cells) {
      return new Row(List.of(cells), false, true);
    }
  }

  /** A table with its caption. */
  record Table(String caption, List<Column> columns, List<Row> rows) implements Block {
    /** This table without the columns, after the first, that are blank or absent in every row. */
    Table withoutBlankColumns() {
      List<Integer> kept = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        int column = i;
        if (i == 0 || rows.stream().anyMatch(r -> !isEmpty(r.cells().get(column)))) {
          kept.add(i);
        }
      }
      return new Table(caption, kept.stream().map(columns::get).toList(), rows.stream()
          .map(r -> new Row(kept.stream().map(r.cells()::get).toList(), r.flagged(), r.total()))
          .toList());
    }

    /** Blank, or a figure the data does not give. */
    private static boolean isEmpty(String cell) {
      return cell.isBlank() || cell.equals(ABSENT);
    }
  }

  /**
   * One bar of a chart: a value per series, empty where the data gives none (drawn as no bar and
   * written {@link #ABSENT}), each value as the language writes it, and the total of a stacked bar.
   */
  record Bar(String label, List<Optional<BigDecimal>> values, List<String> texts, String total) {}

  /** A horizontal bar chart: series stacked in one bar, or drawn side by side (grouped). */
  record Chart(String title, List<String> series, boolean stacked, List<Bar> bars) implements Block {}

  /** A section: its anchor, its heading and its blocks. */
  record Section(String id, String title, List<Block> blocks) {}

  private final String source;
  private final LocalDate asOf;
  private final ReportContext context;
  private final List<Section> sections;

  private Report(String source, LocalDate asOf, ReportContext context, List<Section> sections) {
    this.source = source;
    this.asOf = asOf;
    this.context = context;
    this.sections = sections;
  }

  /** Where the data comes from, as the reader should read it. */
  String source() {
    return source;
  }

  /** The date the report is as of. */
  LocalDate asOf() {
    return asOf;
  }

  /** The report's language. */
  ReportLanguage language() {
    return context.labels().language();
  }

  /** The label {@code key} in the report's language. */
  String label(ReportLabel key, Object... args) {
    return context.label(key, args);
  }

  /** The date as the report's language writes it. */
  String date(LocalDate date) {
    return context.formats().date(date);
  }

  /** The sections, in order. */
  List<Section> sections() {
    return sections;
  }

  /**
   * The report on {@code dataset} as of a date, in {@code language}, listing as due soon what falls
   * due within {@code dueWithin} days.
   */
  static Report of(Dataset dataset, LocalDate asOf, ReportLanguage language, int dueWithin, String source) {
    ReportContext context = new ReportContext(dataset, ReportLabels.of(language));
    // the follow-up's "today" is the as-of date, so that nothing depends on the day the report is made
    FollowUp followUp = FollowUp.of(dataset, Clock.fixed(asOf.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    List<Section> sections = new ArrayList<>();
    Builder builder = new Builder(context, followUp, asOf);
    FollowUpSections followUpSections = new FollowUpSections(context, followUp, asOf, dueWithin);
    sections.add(builder.overview());
    sections.add(followUpSections.asOf());
    sections.add(builder.byPillar());
    sections.add(builder.byActor());
    sections.add(builder.byStatus());
    sections.add(followUpSections.deadlines());
    sections.add(followUpSections.timeline());
    sections.add(new BudgetSection(context).section());
    return new Report(source, asOf, context, List.copyOf(sections));
  }

  /** Computes the sections on the recommendations as a whole: counts by kind, pillar, actor and status. */
  private static final class Builder {
    private final ReportContext context;
    private final Dataset dataset;
    private final LocalDate asOf;
    private final List<Recommendation> recommendations;
    private final Map<Id, ItemState> states = new LinkedHashMap<>();
    private final Optional<Codelist> statuses;

    Builder(ReportContext context, FollowUp followUp, LocalDate asOf) {
      this.context = context;
      this.dataset = context.dataset();
      this.asOf = asOf;
      this.recommendations = dataset.entities(Recommendation.class);
      for (ItemState state : followUp.asOf(asOf)) {
        if (state.kind().equals(Recommendation.KIND)) {
          states.put(state.entity().id(), state);
        }
      }
      this.statuses = dataset.registry().codelist(HealthCodelists.RECOMMENDATION_STATUS);
    }

    /** The label {@code key} in the report's language. */
    private String label(ReportLabel key, Object... args) {
      return context.label(key, args);
    }

    /** A count as the report's language writes it. */
    private String number(long n) {
      return context.formats().number(n);
    }

    /** Open on the as-of date: no status reported by then, or one that does not close it. */
    private boolean isOpen(Recommendation r) {
      ItemState state = states.get(r.id());
      return state == null || state.isOpen();
    }

    /** Open with a due date before the as-of date. */
    private boolean isOverdue(Recommendation r) {
      ItemState state = states.get(r.id());
      return state != null && state.isOverdue();
    }

    /** How many of {@code these} are open on the as-of date. */
    private long open(List<Recommendation> these) {
      return these.stream().filter(this::isOpen).count();
    }

    /** How many of {@code these} are overdue on the as-of date. */
    private long overdue(List<Recommendation> these) {
      return these.stream().filter(this::isOverdue).count();
    }

    /** Entities by kind, and the validation summary. */
    Section overview() {
      List<Row> rows = new ArrayList<>();
      for (EntityKind<?> kind : dataset.kinds()) {
        rows.add(Row.of(context.kindName(kind), kind.name(), number(dataset.entities(kind).size())));
      }
      rows.add(Row.total(label(ReportLabel.TOTAL), "", number(dataset.size())));
      ValidationReport validation = dataset.validate();
      String summary = context.count(validation.errors().size(), ReportLabel.ERRORS_ONE, ReportLabel.ERRORS_MANY)
          + ", " + context.count(validation.warnings().size(), ReportLabel.WARNINGS_ONE, ReportLabel.WARNINGS_MANY);
      List<Block> blocks = new ArrayList<>();
      blocks.add(new Note(label(validation.violations().isEmpty() ? ReportLabel.VALIDATION : ReportLabel.VALIDATION_PROBLEMS,
          summary)));
      blocks.add(new Table(label(ReportLabel.ENTITIES_BY_KIND),
          List.of(Column.text(label(ReportLabel.COLUMN_KIND)), Column.text(label(ReportLabel.COLUMN_KIND_NAME)),
              Column.number(label(ReportLabel.COLUMN_ENTITIES))), rows));
      return new Section("overview", label(ReportLabel.OVERVIEW), blocks);
    }

    /** Recommendations per pillar, pillars by framework and position, as a table and a chart. */
    Section byPillar() {
      Map<Optional<Ref<Pillar>>, List<Recommendation>> grouped = new LinkedHashMap<>();
      for (Recommendation r : recommendations) {
        grouped.computeIfAbsent(r.pillar(), k -> new ArrayList<>()).add(r);
      }
      List<Pillar> pillars = new ArrayList<>(dataset.entities(Pillar.class));
      pillars.sort(Comparator.<Pillar, Id>comparing(p -> p.framework().id())
          .thenComparingInt(Pillar::position)
          .thenComparing(Pillar::id));
      List<Row> rows = new ArrayList<>();
      List<Bar> bars = new ArrayList<>();
      for (Pillar p : pillars) {
        List<Recommendation> these = grouped.getOrDefault(Optional.of(Pillar.KIND.ref(p)), List.of());
        String name = p.code().map(c -> c + " ").orElse("") + context.text(p.name());
        rows.add(pillarRow(context.framework(p.framework()), name, these));
        if (!these.isEmpty()) {
          bars.add(openClosed(context.pillar(p), these));
        }
      }
      // references to pillars the data does not hold, then recommendations under no pillar
      for (Map.Entry<String, List<Recommendation>> missing : missingPillars(grouped).entrySet()) {
        rows.add(pillarRow("", label(ReportLabel.NOT_IN_DATA, missing.getKey()), missing.getValue()));
      }
      List<Recommendation> none = grouped.getOrDefault(Optional.<Ref<Pillar>>empty(), List.of());
      if (!none.isEmpty()) {
        rows.add(pillarRow("", label(ReportLabel.NO_PILLAR), none));
        bars.add(openClosed(label(ReportLabel.NO_PILLAR), none));
      }
      rows.add(Row.total(label(ReportLabel.TOTAL), "", number(recommendations.size()), number(open(recommendations)),
          number(overdue(recommendations))));
      List<Block> blocks = new ArrayList<>();
      blocks.add(new Note(label(ReportLabel.PILLARS_NOTE,
          context.count(recommendations.size(), ReportLabel.RECOMMENDATIONS_ONE, ReportLabel.RECOMMENDATIONS_MANY),
          context.count(pillars.size(), ReportLabel.PILLARS_ONE, ReportLabel.PILLARS_MANY),
          context.formats().date(asOf))));
      blocks.add(new Table(label(ReportLabel.BY_PILLAR),
          List.of(Column.text(label(ReportLabel.COLUMN_FRAMEWORK)), Column.text(label(ReportLabel.COLUMN_PILLAR), 60),
              Column.number(label(ReportLabel.COLUMN_RECOMMENDATIONS)), Column.number(label(ReportLabel.COLUMN_OPEN)),
              Column.number(label(ReportLabel.COLUMN_OVERDUE))),
          rows));
      if (!bars.isEmpty()) {
        blocks.add(new Chart(label(ReportLabel.BY_PILLAR),
            List.of(label(ReportLabel.SERIES_OPEN), label(ReportLabel.SERIES_CLOSED)), true, bars));
      }
      return new Section("pillars", label(ReportLabel.BY_PILLAR), blocks);
    }

    /** The recommendations per pillar the data does not hold, by the pillar's id. */
    private Map<String, List<Recommendation>> missingPillars(Map<Optional<Ref<Pillar>>, List<Recommendation>> grouped) {
      Map<String, List<Recommendation>> missing = new TreeMap<>();
      grouped.forEach((ref, these) -> {
        if (ref.isPresent() && !dataset.contains(ref.get())) {
          missing.put(ref.get().id().value(), these);
        }
      });
      return missing;
    }

    /** A pillar's counts: all, open, overdue. */
    private Row pillarRow(String framework, String pillar, List<Recommendation> these) {
      return Row.of(framework, pillar, number(these.size()), number(open(these)), number(overdue(these)));
    }

    /** A stacked bar of open and closed recommendations. */
    private Bar openClosed(String label, List<Recommendation> these) {
      long open = open(these);
      long closed = these.size() - open;
      return new Bar(label, List.of(Optional.of(BigDecimal.valueOf(open)), Optional.of(BigDecimal.valueOf(closed))),
          List.of(number(open), number(closed)), number(these.size()));
    }

    /** Recommendations per lead actor, the most first. */
    Section byActor() {
      Map<Ref<Actor>, List<Recommendation>> byLead = new TreeMap<>();
      List<Recommendation> noLead = new ArrayList<>();
      for (Recommendation r : recommendations) {
        if (r.lead().isEmpty()) {
          noLead.add(r);
        }
        for (Ref<Actor> lead : r.lead()) {
          byLead.computeIfAbsent(lead, k -> new ArrayList<>()).add(r);
        }
      }
      List<Map.Entry<Ref<Actor>, List<Recommendation>>> ordered = new ArrayList<>(byLead.entrySet());
      ordered.sort(Comparator.<Map.Entry<Ref<Actor>, List<Recommendation>>>comparingInt(e -> -e.getValue().size())
          .thenComparing(e -> context.actor(e.getKey()))
          .thenComparing(Map.Entry::getKey));
      List<Row> rows = new ArrayList<>();
      for (Map.Entry<Ref<Actor>, List<Recommendation>> e : ordered) {
        rows.add(actorRow(context.actor(e.getKey()), e.getValue()));
      }
      if (!noLead.isEmpty()) {
        rows.add(actorRow(label(ReportLabel.NONE_NAMED), noLead));
      }
      List<Block> blocks = new ArrayList<>();
      blocks.add(new Note(label(ReportLabel.ACTORS_NOTE)));
      blocks.add(new Table(label(ReportLabel.BY_LEAD),
          List.of(Column.text(label(ReportLabel.COLUMN_LEAD_ACTOR), 50),
              Column.number(label(ReportLabel.COLUMN_RECOMMENDATIONS)), Column.number(label(ReportLabel.COLUMN_OPEN)),
              Column.number(label(ReportLabel.COLUMN_OVERDUE)),
              Column.text(label(ReportLabel.COLUMN_RESPONSIBLE_AS_WRITTEN), 50)),
          rows));
      return new Section("actors", label(ReportLabel.BY_ACTOR), blocks);
    }

    /** An actor's counts, with the responsible structures as written. */
    private Row actorRow(String label, List<Recommendation> these) {
      Set<String> asWritten = new TreeSet<>();
      these.forEach(r -> r.responsibleAsWritten().ifPresent(asWritten::add));
      return Row.of(label, number(these.size()), number(open(these)), number(overdue(these)), String.join("; ", asWritten));
    }

    /** Recommendations per status as of the date, in the codelist's order, then unknown codes and none. */
    Section byStatus() {
      Map<String, Long> counts = new LinkedHashMap<>();
      Map<String, String> codes = new LinkedHashMap<>();
      statuses.ifPresent(list -> {
        for (CodeEntry entry : list.entries()) {
          counts.put(context.text(entry.label()), 0L);
          codes.put(context.text(entry.label()), entry.code().value());
        }
      });
      Map<String, Long> unknown = new TreeMap<>();
      long notReported = 0;
      for (Recommendation r : recommendations) {
        ItemState state = states.get(r.id());
        if (state == null || state.status().isEmpty()) {
          notReported++;
        } else if (statuses.flatMap(s -> s.entry(state.status().get())).isPresent()) {
          counts.merge(context.codeLabel(HealthCodelists.RECOMMENDATION_STATUS, state.status().get()), 1L, Long::sum);
        } else {
          unknown.merge(state.status().get().value(), 1L, Long::sum);
        }
      }
      unknown.forEach((code, n) -> {
        counts.put(code, n);
        codes.put(code, code);
      });
      String notReportedLabel = label(ReportLabel.NOT_REPORTED);
      counts.put(notReportedLabel, notReported);
      codes.put(notReportedLabel, "");
      List<Row> rows = new ArrayList<>();
      List<Bar> bars = new ArrayList<>();
      counts.forEach((status, n) -> {
        rows.add(Row.of(status, codes.get(status), number(n), context.formats().percent(n, recommendations.size())));
        bars.add(new Bar(status, List.of(Optional.of(BigDecimal.valueOf(n))), List.of(number(n)), number(n)));
      });
      rows.add(Row.total(label(ReportLabel.TOTAL), "", number(recommendations.size()),
          recommendations.isEmpty() ? "" : context.formats().percent(BigDecimal.valueOf(100).setScale(2))));
      List<Block> blocks = new ArrayList<>();
      blocks.add(new Note(label(ReportLabel.STATUSES_NOTE, context.formats().date(asOf), notReportedLabel)));
      blocks.add(new Table(label(ReportLabel.BY_STATUS),
          List.of(Column.text(label(ReportLabel.COLUMN_STATUS)), Column.text(label(ReportLabel.COLUMN_CODE)),
              Column.number(label(ReportLabel.COLUMN_RECOMMENDATIONS)), Column.number(label(ReportLabel.COLUMN_SHARE))),
          rows));
      blocks.add(new Chart(label(ReportLabel.BY_STATUS), List.of(label(ReportLabel.SERIES_RECOMMENDATIONS)), false, bars));
      return new Section("statuses", label(ReportLabel.BY_STATUS), blocks);
    }
  }
}
