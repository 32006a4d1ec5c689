package org.keneya.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.validation.ValidationReport;
import org.keneya.core.validation.Violation;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;
import org.keneya.core.value.Rate;
import org.keneya.core.value.Ref;
import org.keneya.core.value.StatedRate;

/**
 * The ANTIM budgets as the 18th board session's report (seed 002) states them: 2023 by source with
 * every amount and stated rate, and the 2024 forecast with its stated variation.
 *
 * <p>"Au 31 décembre 2023, sur une prévision budgétaire de 1 140 657 000 FCFA, l'Agence a mobilisé
 * 589 779 041 FCFA soit 52% de taux de mobilisation. Les ressources de l'État ont été notifiées à
 * 51% soit 440 213 000 FCFA sur une prévision de 860 657 000 FCFA et l'Agence a mobilisé 96% du
 * montant à hauteur de 422 284 190 FCFA et a exécuté à 99% pour un montant de 420 003 642 F CFA. Les
 * ressources propres ont été mobilisées à 30% soit 36 168 157 FCFA sur une prévision de 120 000 000
 * FCFA et a exécuté à 72% soit 26 048 914 F CFA. Les ressources des partenaires ont été mobilisées à
 * 82% soit 131 326 694 F CFA sur une prévision de 160 000 000 F CFA et exécuté à 98% (128 640 719
 * FCFA). Le budget prévisionnel … 2024 est arrêté … à la somme de 1 139 721 000 FCFA contre 1 140
 * 657 000 FCFA en 2023 soit une variation de moins 11%."
 */
class AntimBudget2023Test {
  private static final Ref<Actor> ANTIM = Actor.ref("antim");

  static Money xof(long amount) {
    return Money.of(amount, "XOF");
  }

  static BudgetRate rate(BudgetMeasure numerator, BudgetMeasure denominator, String asWritten, String percent) {
    return BudgetRate.of(numerator, denominator, StatedRate.of(asWritten, percent));
  }

  static Budget budget2023() {
    BudgetLine state = BudgetLine.builder()
        .source(HealthCodelists.STATE)
        .amounts(Amounts.builder().forecast(xof(860_657_000)).notified(xof(440_213_000))
            .mobilized(xof(422_284_190)).executed(xof(420_003_642)).build())
        // "notifiées à 51%": notified over forecast
        .addStatedRates(rate(BudgetMeasure.NOTIFIED, BudgetMeasure.FORECAST, "notifiées à 51%", "51"))
        // "mobilisé 96% du montant": mobilized over the notified amount
        .addStatedRates(rate(BudgetMeasure.MOBILIZED, BudgetMeasure.NOTIFIED, "mobilisé 96% du montant", "96"))
        // "exécuté à 99%": executed over mobilized
        .addStatedRates(rate(BudgetMeasure.EXECUTED, BudgetMeasure.MOBILIZED, "exécuté à 99%", "99"))
        .build();
    BudgetLine own = BudgetLine.builder()
        .source(HealthCodelists.OWN_RESOURCES)
        .amounts(Amounts.builder().forecast(xof(120_000_000)).mobilized(xof(36_168_157))
            .executed(xof(26_048_914)).build())
        .addStatedRates(rate(BudgetMeasure.MOBILIZED, BudgetMeasure.FORECAST, "mobilisées à 30%", "30"))
        .addStatedRates(rate(BudgetMeasure.EXECUTED, BudgetMeasure.MOBILIZED, "exécuté à 72%", "72"))
        .build();
    BudgetLine partners = BudgetLine.builder()
        .source(HealthCodelists.PARTNERS)
        .amounts(Amounts.builder().forecast(xof(160_000_000)).mobilized(xof(131_326_694))
            .executed(xof(128_640_719)).build())
        .addStatedRates(rate(BudgetMeasure.MOBILIZED, BudgetMeasure.FORECAST, "mobilisées à 82%", "82"))
        .addStatedRates(rate(BudgetMeasure.EXECUTED, BudgetMeasure.MOBILIZED, "exécuté à 98%", "98"))
        .build();
    return Budget.builder()
        .id(Id.of("antim-2023"))
        .owner(ANTIM)
        .fiscalYear(2023)
        .currency(Money.currency("XOF"))
        .addLines(state, own, partners)
        .statedTotals(Amounts.builder().forecast(xof(1_140_657_000)).mobilized(xof(589_779_041)).build())
        .addStatedRates(rate(BudgetMeasure.MOBILIZED, BudgetMeasure.FORECAST, "soit 52% de taux de mobilisation", "52"))
        .build();
  }

  static Budget budget2024() {
    return Budget.builder()
        .id(Id.of("antim-2024"))
        .owner(ANTIM)
        .fiscalYear(2024)
        .currency(Money.currency("XOF"))
        .statedTotals(Amounts.builder().forecast(xof(1_139_721_000)).build())
        .previous(Ref.of("budget", "antim-2023"))
        .statedVariation(StatedRate.of("soit une variation de moins 11%", "-11"))
        .build();
  }

  @Test
  void totalsAreTheExactSumsOfTheThreeSources() {
    Amounts totals = budget2023().totals();
    assertEquals(xof(1_140_657_000), totals.forecast().orElseThrow());
    assertEquals(xof(589_779_041), totals.mobilized().orElseThrow());
    assertEquals(xof(574_693_275), totals.executed().orElseThrow());
    assertTrue(totals.notified().isEmpty(), "only the State line gives a notified amount");
  }

  @Test
  void everyRateTheDocumentStatesIsReproducedFromTheAmounts() {
    Budget budget = budget2023();
    List<Rate> rates = new java.util.ArrayList<>(budget.rates());
    budget.lines().forEach(line -> rates.addAll(Budget.compute(line.statedRates(), line.amounts())));
    assertEquals(8, rates.size(), "1 total rate + 3 State + 2 own resources + 2 partners");
    for (Rate rate : rates) {
      assertTrue(rate.agreesWithStated(), rate::toString);
    }
    assertEquals(
        List.of("52", "51", "96", "99", "30", "72", "82", "98"),
        rates.stream().map(r -> r.computedAsStated().orElseThrow().toPlainString()).toList());
    // and the exact figures behind two of them
    assertEquals(new BigDecimal("51.7052"), rates.get(0).percent(4, RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("95.9272"), rates.get(2).percent(4, RoundingMode.HALF_UP));
  }

  @Test
  void the2024VariationIsComputedExactlyAndDisagreesWithTheStatedMinusElevenPercent() {
    Rate variation = budget2024().variationFrom(budget2023()).orElseThrow();
    assertEquals(new BigDecimal("-936000"), variation.numerator());
    assertEquals(new BigDecimal("1140657000"), variation.denominator());
    assertEquals(new BigDecimal("-0.082058"), variation.percent(6, RoundingMode.HALF_UP));
    assertFalse(variation.agreesWithStated());
  }

  @Test
  void validationWarnsOfTheVariationWithBothFiguresAndNothingElse() {
    Actor antim = Actor.builder().id(Id.of("antim")).type(HealthCodelists.AGENCY).acronym("ANTIM")
        .name(LocalizedText.fr("Agence Nationale de Télésanté et d’Informatique Médicale")).build();
    Dataset dataset = Dataset.of(KindRegistry.load(), List.of(antim, budget2023(), budget2024()));
    ValidationReport report = dataset.validate();
    assertTrue(report.isValid(), report::toString);
    assertEquals(
        List.of("WARNING stated-variation-disagrees budget:antim-2024 statedVariation: forecast/previous forecast: "
            + "stated -11% (\"soit une variation de moins 11%\") but -936000 / 1140657000 = -0.0821%, which rounds to 0%"),
        report.warnings().stream().map(Violation::toString).toList());
  }

  @Test
  void aMisstatedLineRateIsAWarningNamingItsPlace() {
    Budget wrong = Budget.builder().from(budget2023())
        .lines(List.of(BudgetLine.builder().from(budget2023().lines().get(1))
            .statedRates(List.of(rate(BudgetMeasure.MOBILIZED, BudgetMeasure.FORECAST, "mobilisées à 40%", "40")))
            .build()))
        .statedTotals(null)
        .statedRates(List.of())
        .build();
    Actor antim = Actor.builder().id(Id.of("antim")).type(HealthCodelists.AGENCY)
        .name(LocalizedText.fr("ANTIM")).build();
    ValidationReport report = Dataset.of(KindRegistry.load(), List.of(antim, wrong)).validate();
    assertEquals(
        List.of("WARNING stated-rate-disagrees budget:antim-2023 lines[0].statedRates[0]: mobilized/forecast: "
            + "stated 40% (\"mobilisées à 40%\") but 36168157 / 120000000 = 30.1401%, which rounds to 30%"),
        report.violations().stream().map(Violation::toString).toList());
  }
}
