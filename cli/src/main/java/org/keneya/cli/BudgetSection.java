package org.keneya.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.keneya.cli.Report.Bar;
import org.keneya.cli.Report.Block;
import org.keneya.cli.Report.Chart;
import org.keneya.cli.Report.Column;
import org.keneya.cli.Report.Note;
import org.keneya.cli.Report.Row;
import org.keneya.cli.Report.Section;
import org.keneya.cli.Report.Table;
import org.keneya.core.value.Money;
import org.keneya.core.value.Rate;
import org.keneya.core.value.StatedRate;
import org.keneya.model.Amounts;
import org.keneya.model.Budget;
import org.keneya.model.BudgetLine;
import org.keneya.model.BudgetMeasure;
import org.keneya.model.BudgetRate;
import org.keneya.model.HealthCodelists;

/**
 * The budget execution section of a report: per budget, its amounts by funding source, every rate
 * the source states checked against the amounts, and a chart. An amount the data does not give is
 * written {@link Report#ABSENT} and drawn as no bar, never as 0.
 */
final class BudgetSection {
  private final ReportContext context;

  BudgetSection(ReportContext context) {
    this.context = context;
  }

  /** The label {@code key} in the report's language. */
  private String label(ReportLabel key, Object... args) {
    return context.label(key, args);
  }

  /** The section, budgets by owner, then fiscal year. */
  Section section() {
    List<Budget> budgets = new ArrayList<>(context.dataset().entities(Budget.class));
    budgets.sort(Comparator.<Budget, String>comparing(b -> context.actor(b.owner()))
        .thenComparingInt(Budget::fiscalYear)
        .thenComparing(Budget::id));
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
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Note(label(ReportLabel.BUDGETS_NOTE,
        context.count(budgets.size(), ReportLabel.BUDGETS_ONE, ReportLabel.BUDGETS_MANY),
        context.formats().number(disagreements),
        context.count(stated, ReportLabel.STATED_FIGURES_ONE, ReportLabel.STATED_FIGURES_MANY),
        label(context.singular(disagreements) ? ReportLabel.DISAGREES_ONE : ReportLabel.DISAGREES_MANY),
        disagreements > 0 ? label(ReportLabel.FLAGGED) : "")));
    blocks.addAll(perBudget);
    return new Section("budgets", label(ReportLabel.BUDGETS), blocks);
  }

  /** The funding source of a line, by its codelist label. */
  private String source(BudgetLine line) {
    return context.codeLabel(HealthCodelists.FUNDING_SOURCE, line.source());
  }

  /** What a measure is called: Forecast, Prévu… */
  private String measure(BudgetMeasure measure) {
    return label(switch (measure) {
      case FORECAST -> ReportLabel.MEASURE_FORECAST;
      case NOTIFIED -> ReportLabel.MEASURE_NOTIFIED;
      case MOBILIZED -> ReportLabel.MEASURE_MOBILIZED;
      case EXECUTED -> ReportLabel.MEASURE_EXECUTED;
    });
  }

  /** The amounts of a budget per funding source, the total of its lines and its stated totals. */
  private Table amountsTable(Budget budget) {
    List<Row> rows = new ArrayList<>();
    for (BudgetLine line : budget.lines()) {
      rows.add(amountsRow(source(line), line.funder().map(context::shortActor).orElse(""), line.amounts(), false, false));
    }
    if (!budget.lines().isEmpty()) {
      rows.add(amountsRow(label(ReportLabel.TOTAL_OF_LINES), "", budget.totals(), false, true));
    }
    budget.statedTotals().ifPresent(statedTotals -> {
      boolean disagrees = !budget.lines().isEmpty() && disagrees(statedTotals, budget.totals());
      // not a total row: for a budget known only by its stated totals (a forecast) it is the table's one row
      rows.add(amountsRow(label(disagrees ? ReportLabel.STATED_TOTALS_DISAGREE : ReportLabel.STATED_TOTALS), "",
          statedTotals, disagrees, false));
    });
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text(label(ReportLabel.COLUMN_FUNDING_SOURCE)));
    columns.add(Column.text(label(ReportLabel.COLUMN_FUNDER)));
    for (BudgetMeasure measure : BudgetMeasure.values()) {
      columns.add(Column.number(measure(measure)));
    }
    columns.add(Column.number(label(ReportLabel.COLUMN_EXECUTION_RATE)));
    return new Table(caption(budget), columns, rows).withoutBlankColumns();
  }

  /** The budget's owner, fiscal year, currency and id. */
  private String caption(Budget budget) {
    return label(ReportLabel.BUDGET_CAPTION, context.actor(budget.owner()), budget.fiscalYear(),
        budget.currency().getCurrencyCode(), budget.id());
  }

  /** Whether a stated total differs from the total of the lines, where both are given. */
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

  /** A row of amounts and their execution rate, {@link Report#ABSENT} where one is not given. */
  private Row amountsRow(String label, String funder, Amounts amounts, boolean flagged, boolean total) {
    Optional<Rate> execution = amounts.executed().flatMap(executed -> amounts.forecast()
        .filter(forecast -> forecast.signum() != 0)
        .map(forecast -> Rate.of(executed, forecast)));
    List<String> cells = new ArrayList<>(List.of(label, funder));
    for (BudgetMeasure measure : BudgetMeasure.values()) {
      cells.add(amounts.get(measure).map(context.formats()::money).orElse(Report.ABSENT));
    }
    cells.add(execution.map(context.formats()::percent).orElse(Report.ABSENT));
    return new Row(cells, flagged, total);
  }

  /** Every rate the source states for a budget, computed from the amounts and checked. */
  private Table ratesTable(Budget budget) {
    List<Row> rows = new ArrayList<>();
    for (BudgetLine line : budget.lines()) {
      for (BudgetRate rate : line.statedRates()) {
        rate.compute(line.amounts()).ifPresent(r -> rows.add(rateRow(source(line), basis(rate), r)));
      }
    }
    for (BudgetRate rate : budget.statedRates()) {
      rate.compute(budget.totals()).ifPresent(r -> rows.add(rateRow(label(ReportLabel.WHOLE_BUDGET), basis(rate), r)));
    }
    budget.previous().flatMap(context.dataset()::get).ifPresent(previous -> budget.variationFrom(previous).ifPresent(
        r -> rows.add(rateRow(label(ReportLabel.VARIATION_FROM, previous.fiscalYear(), previous.id()),
            label(ReportLabel.FORECAST_CHANGE), r))));
    return new Table(label(ReportLabel.RATES_CAPTION, budget.id()),
        List.of(Column.text(label(ReportLabel.COLUMN_APPLIES_TO)), Column.text(label(ReportLabel.COLUMN_BASIS)),
            Column.number(label(ReportLabel.COLUMN_COMPUTED)), Column.number(label(ReportLabel.COLUMN_STATED)),
            Column.text(label(ReportLabel.COLUMN_AS_WRITTEN), 30), Column.text(label(ReportLabel.COLUMN_CHECK))),
        rows);
  }

  /** {@code Mobilized / Forecast}: the measures a rate divides, in the report's language. */
  private String basis(BudgetRate rate) {
    return measure(rate.numerator()) + " / " + measure(rate.denominator());
  }

  /** A rate computed and as stated, flagged when they disagree. */
  private Row rateRow(String appliesTo, String basis, Rate rate) {
    Optional<StatedRate> stated = rate.stated();
    String check = stated.isEmpty() ? label(ReportLabel.CHECK_NOT_STATED)
        : rate.agreesWithStated() ? label(ReportLabel.CHECK_AGREES)
        : label(ReportLabel.CHECK_DISAGREES, context.formats().percent(rate.computedAsStated().orElseThrow()));
    return new Row(List.of(appliesTo, basis, context.formats().percent(rate),
        stated.map(s -> context.formats().percent(s.percent())).orElse(""),
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
    bars.add(bar(label(budget.lines().isEmpty() ? ReportLabel.STATED_TOTALS : ReportLabel.TOTAL), budget.totals(), measures));
    return Optional.of(new Chart(label(ReportLabel.BUDGET_CHART, caption(budget)),
        measures.stream().map(this::measure).toList(), false, bars));
  }

  /** A bar per measure; a measure the amounts lack is no bar, not a bar of 0. */
  private Bar bar(String label, Amounts amounts, List<BudgetMeasure> measures) {
    List<Optional<BigDecimal>> values = measures.stream().map(m -> amounts.get(m).map(Money::amount)).toList();
    List<String> texts = measures.stream().map(m -> amounts.get(m).map(context.formats()::money).orElse(Report.ABSENT))
        .toList();
    return new Bar(label, values, texts, "");
  }
}
