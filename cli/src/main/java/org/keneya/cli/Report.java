package org.keneya.cli;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.CodeEntry;
import org.keneya.core.kind.Codelist;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.validation.ValidationReport;
import org.keneya.core.value.Code;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;
import org.keneya.core.value.Rate;
import org.keneya.core.value.Ref;
import org.keneya.core.value.StatedRate;
import org.keneya.model.Actor;
import org.keneya.model.Amounts;
import org.keneya.model.Budget;
import org.keneya.model.BudgetLine;
import org.keneya.model.BudgetMeasure;
import org.keneya.model.BudgetRate;
import org.keneya.model.Framework;
import org.keneya.model.HealthCodelists;
import org.keneya.model.Pillar;
import org.keneya.model.Recommendation;

/**
 * What {@code keneya report} shows, computed once from a dataset and rendered as text ({@link
 * TextReport}) or HTML ({@link HtmlReport}): sections of notes, tables and bar charts. Everything is
 * ordered explicitly (by position, id, count), so the same dataset and as-of date give the same
 * report.
 */
final class Report {
  static final String NONE_NAMED = "(none named)";
  static final String NOT_REPORTED = "not reported";
  static final String NO_PILLAR = "(no pillar or theme)";

  /** A piece of a section, in order. */
  sealed interface Block permits Note, Table, Chart {}

  /** A sentence. */
  record Note(String text) implements Block {}

  /** A column; numbers are right-aligned; {@code maxText} (0: none) truncates long text in plain-text output. */
  record Column(String name, boolean numeric, int maxText) {
    static Column text(String name) {
      return new Column(name, false, 0);
    }

    static Column text(String name, int maxText) {
      return new Column(name, false, maxText);
    }

    static Column number(String name) {
      return new Column(name, true, 0);
    }
  }

  /** One row; a flagged row shows something the reader must check (a stated figure that disagrees). */
  record Row(List<String> cells, boolean flagged, boolean total) {}

  record Table(String caption, List<Column> columns, List<Row> rows) implements Block {
    /** This table without the columns, after the first, that are blank in every row. */
    Table withoutBlankColumns() {
      List<Integer> kept = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        int column = i;
        if (i == 0 || rows.stream().anyMatch(r -> !r.cells().get(column).isBlank())) {
          kept.add(i);
        }
      }
      return new Table(caption, kept.stream().map(columns::get).toList(), rows.stream()
          .map(r -> new Row(kept.stream().map(r.cells()::get).toList(), r.flagged(), r.total()))
          .toList());
    }
  }

  /** One bar of a chart: a value per series. */
  record Bar(String label, List<BigDecimal> values) {}

  /** A horizontal bar chart: series stacked in one bar, or drawn side by side (grouped). */
  record Chart(String title, List<String> series, boolean stacked, boolean money, List<Bar> bars) implements Block {}

  record Section(String id, String title, List<Block> blocks) {}

  private final String source;
  private final LocalDate asOf;
  private final List<Section> sections;

  private Report(String source, LocalDate asOf, List<Section> sections) {
    this.source = source;
    this.asOf = asOf;
    this.sections = sections;
  }

  String source() {
    return source;
  }

  LocalDate asOf() {
    return asOf;
  }

  List<Section> sections() {
    return sections;
  }

  /** The report on {@code dataset} as of a date, with texts in {@code language} where the data has it. */
  static Report of(Dataset dataset, LocalDate asOf, String language, String source) {
    return new Builder(dataset, asOf, language).build(source);
  }

  // ---- formatting shared by both renderers

  /** {@code 1,140,657,000}: grouped by thousands with commas, whatever the default locale. */
  static String amount(BigDecimal value) {
    String plain = value.toPlainString();
    boolean negative = plain.startsWith("-");
    String digits = negative ? plain.substring(1) : plain;
    int dot = digits.indexOf('.');
    String whole = dot < 0 ? digits : digits.substring(0, dot);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(',');
      }
      grouped.append(whole.charAt(i));
    }
    return (negative ? "-" : "") + grouped + (dot < 0 ? "" : digits.substring(dot));
  }

  static String amount(Optional<Money> money) {
    return money.map(m -> amount(m.amount())).orElse("");
  }

  /** {@code 1 budget}, {@code 3 budgets}. */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** {@code 51.71%}: two decimals, half even. */
  static String percent(Rate rate) {
    return rate.percent(2, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }

  static String percent(long part, long whole) {
    return whole == 0 ? "" : percent(Rate.of(BigDecimal.valueOf(part), BigDecimal.valueOf(whole)));
  }

  /** Computes every section. */
  private static final class Builder {
    private final Dataset dataset;
    private final LocalDate asOf;
    private final String language;
    private final ImmutableList<Recommendation> recommendations;
    private final Optional<Codelist> statuses;

    Builder(Dataset dataset, LocalDate asOf, String language) {
      this.dataset = dataset;
      this.asOf = asOf;
      this.language = language;
      this.recommendations = dataset.entities(Recommendation.class);
      this.statuses = dataset.registry().codelist(HealthCodelists.RECOMMENDATION_STATUS);
    }

    Report build(String source) {
      List<Section> sections = new ArrayList<>();
      sections.add(overview());
      sections.add(byPillar());
      sections.add(byActor());
      sections.add(byStatus());
      sections.add(pastDue());
      sections.add(budgets());
      return new Report(source, asOf, List.copyOf(sections));
    }

    private String text(LocalizedText text) {
      return text.get(language, "fr");
    }

    private boolean isOpen(Recommendation r) {
      return statuses.map(r::isOpen).orElse(true);
    }

    private boolean isPastDue(Recommendation r) {
      return r.deadline().map(d -> d.isOverdue(asOf)).orElse(false) && isOpen(r);
    }

    private String actor(Ref<Actor> ref) {
      return dataset.get(ref)
          .map(a -> a.acronym().map(acronym -> acronym + " — " + text(a.name())).orElse(text(a.name())))
          .orElse(ref.id() + " (not in the data)");
    }

    private String shortActor(Ref<Actor> ref) {
      return dataset.get(ref).map(a -> a.acronym().orElse(text(a.name()))).orElse(ref.id().value());
    }

    private String framework(Ref<Framework> ref) {
      return dataset.get(ref).map(f -> f.acronym().orElse(text(f.name()))).orElse(ref.id().value());
    }

    private String pillar(Pillar p) {
      return p.code().map(c -> c + " ").orElse("") + text(p.name());
    }

    private String codeLabel(String codelist, Code code) {
      return dataset.registry().codelist(codelist).flatMap(l -> l.entry(code))
          .map(e -> text(e.label()))
          .orElse(code.value());
    }

    private String status(Recommendation r) {
      return r.status().map(s -> codeLabel(HealthCodelists.RECOMMENDATION_STATUS, s)).orElse(NOT_REPORTED);
    }

    // ---- sections

    private Section overview() {
      List<Block> blocks = new ArrayList<>();
      List<Row> rows = new ArrayList<>();
      for (EntityKind<?> kind : dataset.kinds()) {
        rows.add(row(kind.name(), kind.label(), String.valueOf(dataset.entities(kind).size())));
      }
      rows.add(total("Total", "", String.valueOf(dataset.size())));
      ValidationReport validation = dataset.validate();
      blocks.add(new Note("Validation: " + validation.summary()
          + (validation.violations().isEmpty() ? "." : " (run keneya validate for the list)."
          )));
      blocks.add(new Table("Entities by kind",
          List.of(Column.text("Kind"), Column.text("Label"), Column.number("Entities")), rows));
      return new Section("overview", "Overview", blocks);
    }

    private Section byPillar() {
      Map<Optional<Ref<Pillar>>, List<Recommendation>> grouped = new LinkedHashMap<>();
      for (Recommendation r : recommendations) {
        grouped.computeIfAbsent(r.pillar(), k -> new ArrayList<>()).add(r);
      }
      List<Pillar> pillars = new ArrayList<>(dataset.entities(Pillar.class));
      pillars.sort(Comparator.<Pillar, org.keneya.core.value.Id>comparing(p -> p.framework().id())
          .thenComparingInt(Pillar::position)
          .thenComparing(Pillar::id));
      List<Row> rows = new ArrayList<>();
      List<Bar> bars = new ArrayList<>();
      for (Pillar p : pillars) {
        List<Recommendation> these = grouped.getOrDefault(Optional.of(Pillar.KIND.ref(p)), List.of());
        rows.add(pillarRow(framework(p.framework()), pillar(p), these));
        if (!these.isEmpty()) {
          bars.add(openClosed(p.code().orElse(text(p.name())), these));
        }
      }
      // references to pillars the data does not hold, then recommendations under no pillar
      for (Map.Entry<String, List<Recommendation>> missing : missingPillars(grouped).entrySet()) {
        rows.add(pillarRow("", missing.getKey() + " (not in the data)", missing.getValue()));
      }
      List<Recommendation> none = grouped.getOrDefault(Optional.<Ref<Pillar>>empty(), List.of());
      if (!none.isEmpty()) {
        rows.add(pillarRow("", NO_PILLAR, none));
        bars.add(openClosed(NO_PILLAR, none));
      }
      rows.add(new Row(List.of("Total", "", String.valueOf(recommendations.size()),
          String.valueOf(recommendations.stream().filter(this::isOpen).count()),
          String.valueOf(recommendations.stream().filter(this::isPastDue).count())), false, true));
      List<Block> blocks = new ArrayList<>();
      blocks.add(new Note(count(recommendations.size(), "recommendation") + " (action points and next steps included); "
          + (pillars.size() == 1 ? "1 pillar or theme" : pillars.size() + " pillars or themes") + ". Open: no status reported, or a status not tagged \""
          + HealthCodelists.CLOSING + "\". Past due: open, with a deadline before " + asOf + "."));
      blocks.add(new Table("Recommendations by pillar or theme",
          List.of(Column.text("Framework"), Column.text("Pillar or theme", 60), Column.number("Recommendations"),
              Column.number("Open"), Column.number("Past due")),
          rows));
      if (!bars.isEmpty()) {
        blocks.add(new Chart("Recommendations by pillar or theme", List.of("open", "closed"), true, false, bars));
      }
      return new Section("pillars", "Recommendations by pillar or theme", blocks);
    }

    private Map<String, List<Recommendation>> missingPillars(Map<Optional<Ref<Pillar>>, List<Recommendation>> grouped) {
      Map<String, List<Recommendation>> missing = new TreeMap<>();
      grouped.forEach((ref, these) -> {
        if (ref.isPresent() && !dataset.contains(ref.get())) {
          missing.put(ref.get().id().value(), these);
        }
      });
      return missing;
    }

    private Row pillarRow(String framework, String pillar, List<Recommendation> these) {
      return row(framework, pillar, String.valueOf(these.size()),
          String.valueOf(these.stream().filter(this::isOpen).count()),
          String.valueOf(these.stream().filter(this::isPastDue).count()));
    }

    private Bar openClosed(String label, List<Recommendation> these) {
      long open = these.stream().filter(this::isOpen).count();
      return new Bar(label, List.of(BigDecimal.valueOf(open), BigDecimal.valueOf(these.size() - open)));
    }

    private Section byActor() {
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
          .thenComparing(e -> actor(e.getKey()))
          .thenComparing(Map.Entry::getKey));
      List<Row> rows = new ArrayList<>();
      for (Map.Entry<Ref<Actor>, List<Recommendation>> e : ordered) {
        rows.add(actorRow(actor(e.getKey()), e.getValue()));
      }
      if (!noLead.isEmpty()) {
        rows.add(actorRow(NONE_NAMED, noLead));
      }
      List<Block> blocks = new ArrayList<>();
      blocks.add(new Note("Each lead actor named by a recommendation, with the responsible structures as the source"
          + " wrote them; a recommendation with several leads counts once for each."));
      blocks.add(new Table("Recommendations by responsible actor (lead)",
          List.of(Column.text("Lead actor", 50), Column.number("Recommendations"), Column.number("Open"),
              Column.number("Past due"), Column.text("Responsible as written", 50)),
          rows));
      return new Section("actors", "Recommendations by responsible actor", blocks);
    }

    private Row actorRow(String label, List<Recommendation> these) {
      Set<String> asWritten = new TreeSet<>();
      these.forEach(r -> r.responsibleAsWritten().ifPresent(asWritten::add));
      return row(label, String.valueOf(these.size()),
          String.valueOf(these.stream().filter(this::isOpen).count()),
          String.valueOf(these.stream().filter(this::isPastDue).count()),
          String.join("; ", asWritten));
    }

    private Section byStatus() {
      Map<String, Long> counts = new LinkedHashMap<>();
      Map<String, String> codes = new LinkedHashMap<>();
      statuses.ifPresent(list -> {
        for (CodeEntry entry : list.entries()) {
          counts.put(text(entry.label()), 0L);
          codes.put(text(entry.label()), entry.code().value());
        }
      });
      Map<String, Long> unknown = new TreeMap<>();
      long notReported = 0;
      for (Recommendation r : recommendations) {
        if (r.status().isEmpty()) {
          notReported++;
        } else if (statuses.flatMap(s -> s.entry(r.status().get())).isPresent()) {
          counts.merge(status(r), 1L, Long::sum);
        } else {
          unknown.merge(r.status().get().value(), 1L, Long::sum);
        }
      }
      unknown.forEach((code, n) -> {
        counts.put(code, n);
        codes.put(code, code);
      });
      counts.put(NOT_REPORTED, notReported);
      codes.put(NOT_REPORTED, "");
      List<Row> rows = new ArrayList<>();
      List<Bar> bars = new ArrayList<>();
      counts.forEach((label, n) -> {
        rows.add(row(label, codes.get(label), String.valueOf(n), percent(n, recommendations.size())));
        bars.add(new Bar(label, List.of(BigDecimal.valueOf(n))));
      });
      rows.add(total("Total", "", String.valueOf(recommendations.size()), recommendations.isEmpty() ? "" : "100.00%"));
      List<Block> blocks = new ArrayList<>();
      blocks.add(new Note("The latest implementation status reported for each recommendation (\"" + NOT_REPORTED
          + "\" when none was)."));
      blocks.add(new Table("Recommendations by status",
          List.of(Column.text("Status"), Column.text("Code"), Column.number("Recommendations"), Column.number("Share")),
          rows));
      blocks.add(new Chart("Recommendations by status", List.of("recommendations"), false, false, bars));
      return new Section("statuses", "Recommendations by status", blocks);
    }

    private Section pastDue() {
      long dated = recommendations.stream().filter(r -> r.deadline().flatMap(Deadline::dueDate).isPresent()).count();
      List<Recommendation> overdue = recommendations.stream()
          .filter(r -> r.deadline().map(d -> d.isOverdue(asOf)).orElse(false))
          .collect(Collectors.toList());
      List<Recommendation> open = overdue.stream().filter(this::isOpen)
          .sorted(Comparator.<Recommendation, LocalDate>comparing(r -> r.deadline().flatMap(Deadline::dueDate).orElseThrow())
              .thenComparing(Recommendation::id))
          .collect(Collectors.toList());
      List<Row> rows = new ArrayList<>();
      for (Recommendation r : open) {
        Deadline deadline = r.deadline().orElseThrow();
        LocalDate due = deadline.dueDate().orElseThrow();
        rows.add(row(r.id().value(), due.toString(), String.valueOf(ChronoUnit.DAYS.between(due, asOf)),
            deadline.asWritten().orElse(""),
            r.lead().isEmpty() ? r.responsibleAsWritten().orElse(NONE_NAMED)
                : r.lead().stream().map(this::shortActor).collect(Collectors.joining(", ")),
            status(r), text(r.statement())));
      }
      List<Block> blocks = new ArrayList<>();
      blocks.add(new Note(dated + " of " + count(recommendations.size(), "recommendation")
          + (dated == 1 ? " has" : " have") + " a deadline with a known date; "
          + open.size() + (open.size() == 1 ? " is" : " are") + " past due as of " + asOf + " and not closed"
          + (overdue.size() > open.size() ? " (" + (overdue.size() - open.size()) + " more past their deadline "
              + (overdue.size() - open.size() == 1 ? "is" : "are") + " closed)" : "")
          + "."));
      if (!rows.isEmpty()) {
        blocks.add(new Table("Deadlines past due as of " + asOf,
            List.of(Column.text("Recommendation"), Column.text("Due"), Column.number("Days late"),
                Column.text("Deadline as written", 30), Column.text("Lead", 30), Column.text("Status"),
                Column.text("Statement", 70)),
            rows));
      }
      return new Section("past-due", "Deadlines past due as of " + asOf, blocks);
    }

    private Section budgets() {
      List<Budget> budgets = new ArrayList<>(dataset.entities(Budget.class));
      budgets.sort(Comparator.<Budget, String>comparing(b -> actor(b.owner()))
          .thenComparingInt(Budget::fiscalYear)
          .thenComparing(Budget::id));
      List<Block> blocks = new ArrayList<>();
      int disagreements = 0;
      int stated = 0;
      List<Block> perBudget = new ArrayList<>();
      for (Budget budget : budgets) {
        perBudget.add(amountsTable(budget));
        Table rates = ratesTable(budget);
        if (!rates.rows().isEmpty()) {
          perBudget.add(rates);
          stated += rates.rows().size();
          disagreements += (int) rates.rows().stream().filter(Row::flagged).count();
        }
        chart(budget).ifPresent(perBudget::add);
      }
      blocks.add(new Note(count(budgets.size(), "budget") + " by owner and fiscal year, by funding source. Every rate is computed"
          + " exactly from the amounts and compared with the figure the source states, rounded as the source rounds it: "
          + disagreements + " of " + count(stated, "stated figure") + (disagreements == 1 ? " disagrees" : " disagree")
          + (disagreements > 0 ? " (flagged)." : ".")));
      blocks.addAll(perBudget);
      return new Section("budgets", "Budget execution", blocks);
    }

    private String source(BudgetLine line) {
      return codeLabel(HealthCodelists.FUNDING_SOURCE, line.source());
    }

    private Table amountsTable(Budget budget) {
      List<Row> rows = new ArrayList<>();
      for (BudgetLine line : budget.lines()) {
        rows.add(amountsRow(source(line), line.funder().map(this::shortActor).orElse(""), line.amounts(), false, false));
      }
      if (!budget.lines().isEmpty()) {
        rows.add(amountsRow("Total of the lines", "", budget.totals(), false, true));
      }
      budget.statedTotals().ifPresent(statedTotals -> {
        boolean disagrees = !budget.lines().isEmpty() && disagrees(statedTotals, budget.totals());
        // not a total row: for a budget known only by its stated totals (a forecast) it is the table's one row
        rows.add(amountsRow(disagrees ? "Stated totals (disagree with the lines)" : "Stated totals", "", statedTotals,
            disagrees, false));
      });
      return new Table(caption(budget),
          List.of(Column.text("Funding source"), Column.text("Funder"), Column.number("Forecast"),
              Column.number("Notified"), Column.number("Mobilized"), Column.number("Executed"),
              Column.number("Executed / forecast")),
          rows).withoutBlankColumns();
    }

    private String caption(Budget budget) {
      return actor(budget.owner()) + " — fiscal year " + budget.fiscalYear() + " (" + budget.currency().getCurrencyCode()
          + ", budget " + budget.id() + ")";
    }

    private static boolean disagrees(Amounts stated, Amounts computed) {
      for (BudgetMeasure measure : BudgetMeasure.values()) {
        Optional<Money> s = stated.get(measure);
        Optional<Money> c = computed.get(measure);
        if (s.isPresent() && c.isPresent() && !s.get().equals(c.get())) {
          return true;
        }
      }
      return false;
    }

    private static Row amountsRow(String label, String funder, Amounts amounts, boolean flagged, boolean total) {
      Optional<Rate> execution = amounts.executed().flatMap(executed -> amounts.forecast()
          .filter(forecast -> forecast.signum() != 0)
          .map(forecast -> Rate.of(executed, forecast)));
      return new Row(List.of(label, funder, amount(amounts.forecast()), amount(amounts.notified()),
          amount(amounts.mobilized()), amount(amounts.executed()), execution.map(Report::percent).orElse("")),
          flagged, total);
    }

    private Table ratesTable(Budget budget) {
      List<Row> rows = new ArrayList<>();
      for (BudgetLine line : budget.lines()) {
        for (BudgetRate rate : line.statedRates()) {
          rate.compute(line.amounts()).ifPresent(r -> rows.add(rateRow(source(line), rate.basis(), r)));
        }
      }
      for (BudgetRate rate : budget.statedRates()) {
        rate.compute(budget.totals()).ifPresent(r -> rows.add(rateRow("Whole budget", rate.basis(), r)));
      }
      budget.previous().flatMap(dataset::get).ifPresent(previous -> budget.variationFrom(previous).ifPresent(
          r -> rows.add(rateRow("Variation from " + previous.fiscalYear() + " (" + previous.id() + ")",
              "forecast change", r))));
      return new Table("Rates of " + budget.id() + ": computed from the amounts, against the figures stated",
          List.of(Column.text("Applies to"), Column.text("Basis"), Column.number("Computed"), Column.number("Stated"),
              Column.text("As written", 30), Column.text("Check")),
          rows);
    }

    private static Row rateRow(String appliesTo, String basis, Rate rate) {
      Optional<StatedRate> stated = rate.stated();
      String check = stated.isEmpty() ? "not stated"
          : rate.agreesWithStated() ? "agrees"
          : "DISAGREES: rounds to " + rate.computedAsStated().orElseThrow().toPlainString() + "%";
      return new Row(List.of(appliesTo, basis, percent(rate),
          stated.map(s -> s.percent().toPlainString() + "%").orElse(""),
          stated.map(StatedRate::asWritten).orElse(""), check),
          !rate.agreesWithStated(), false);
    }

    /** Grouped bars of the amounts given, per line and in total; empty when the budget gives no amount. */
    private Optional<Chart> chart(Budget budget) {
      List<BudgetMeasure> measures = new ArrayList<>();
      List<Amounts> all = new ArrayList<>();
      budget.lines().forEach(l -> all.add(l.amounts()));
      all.add(budget.totals());
      for (BudgetMeasure measure : BudgetMeasure.values()) {
        if (all.stream().anyMatch(a -> a.get(measure).isPresent())) {
          measures.add(measure);
        }
      }
      if (measures.isEmpty()) {
        return Optional.empty();
      }
      List<Bar> bars = new ArrayList<>();
      for (BudgetLine line : budget.lines()) {
        bars.add(bar(source(line), line.amounts(), measures));
      }
      bars.add(bar(budget.lines().isEmpty() ? "Stated totals" : "Total", budget.totals(), measures));
      return Optional.of(new Chart("Budget execution: " + caption(budget),
          measures.stream().map(m -> m.name().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toList()),
          false, true, bars));
    }

    private static Bar bar(String label, Amounts amounts, List<BudgetMeasure> measures) {
      return new Bar(label, measures.stream()
          .map(m -> amounts.get(m).map(Money::amount).orElse(BigDecimal.ZERO))
          .collect(Collectors.toList()));
    }

    private static Row row(String... cells) {
      return new Row(List.of(cells), false, false);
    }

    private static Row total(String... cells) {
      return new Row(List.of(cells), false, true);
    }
  }
}
