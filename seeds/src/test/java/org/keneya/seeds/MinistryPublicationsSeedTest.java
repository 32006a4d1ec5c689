package org.keneya.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.core.validation.Violation;
import org.keneya.core.value.Money;
import org.keneya.core.value.Rate;
import org.keneya.core.value.Ref;
import org.keneya.model.Actor;
import org.keneya.model.Budget;
import org.keneya.model.BudgetLine;
import org.keneya.model.BudgetRate;
import org.keneya.model.HealthCodelists;
import org.keneya.model.Meeting;
import org.keneya.model.Recommendation;

/**
 * Pins what was transcribed from 002_88fc3a3758348a61.txt, the ministry's publications page
 * (document {@code msds-publications}). Counted by reading: six reports of meetings (ANTIM's 18th
 * board session, the JEE/SPAR workshop, the perception-guide workshop, the RSU workshop, the PRUSS
 * training in Gao, the ANTIM–FENASCOM signing); recommendations are the two rows of the PRUSS table
 * and the five « prochaines étapes » bullets of the signing; budget lines are the three sources of
 * ANTIM's 2023 execution (State, own resources, partners); the 2024 forecast has no line.
 */
class MinistryPublicationsSeedTest {
  private static final SeedDocument DOC = SeedDocument.MINISTRY_PUBLICATIONS;

  private static Budget budget(String id) {
    return Seeds.load().get(Ref.<Budget>of("budget", id)).orElseThrow();
  }

  @Test
  void countsMadeByReadingTheDocument() {
    assertEquals(6, Seeds.citing(DOC, Meeting.class).size());
    List<Recommendation> recs = Seeds.citing(DOC, Recommendation.class);
    assertEquals(2, recs.stream().filter(r -> r.type().equals(HealthCodelists.RECOMMENDATION)).count());
    assertEquals(5, recs.stream().filter(r -> r.type().equals(HealthCodelists.NEXT_STEP)).count());
    assertEquals(2, Seeds.citing(DOC, Budget.class).size());
    assertEquals(3, Seeds.citing(DOC, Budget.class).stream().mapToInt(b -> b.lines().size()).sum());
    assertEquals(40, Seeds.citing(DOC, Actor.class).size());
  }

  @Test
  void everyStatedRateOf2023IsRecomputedFromTheAmountsAndAgrees() {
    Budget antim = budget("antim-2023");
    List<Rate> rates = new ArrayList<>(antim.rates());
    for (BudgetLine line : antim.lines()) {
      for (BudgetRate stated : line.statedRates()) {
        rates.add(stated.compute(line.amounts()).orElseThrow());
      }
    }
    // « soit 52% de taux de mobilisation »; State « notifiées à 51% », « mobilisé 96% du montant », « exécuté à 99% »;
    // own resources « mobilisées à 30% », « exécuté à 72% »; partners « mobilisées à 82% », « exécuté à 98% ».
    assertEquals(List.of("52", "51", "96", "99", "30", "72", "82", "98"),
        rates.stream().map(r -> r.computedAsStated().orElseThrow().toPlainString()).toList());
    assertTrue(rates.stream().allMatch(Rate::agreesWithStated));
    assertEquals(new BigDecimal("51.7052"), rates.get(0).percent(4, RoundingMode.HALF_UP), "589 779 041 / 1 140 657 000");
    assertEquals(Money.of(574_693_275, "XOF"), antim.totals().executed().orElseThrow(), "executed: the sum of the three lines");
  }

  @Test
  void theStatedMinusElevenPercentIsTheOneWarningWithBothFigures() {
    Rate variation = budget("antim-2024").variationFrom(budget("antim-2023")).orElseThrow();
    assertEquals(new BigDecimal("-0.082058"), variation.percent(6, RoundingMode.HALF_UP), "(1 139 721 000 − 1 140 657 000) / 1 140 657 000");
    assertFalse(variation.agreesWithStated());
    assertEquals(
        List.of("WARNING stated-variation-disagrees budget:antim-2024 statedVariation: forecast/previous forecast: "
            + "stated -11% (\"soit une variation de moins 11%\") but -936000 / 1140657000 = -0.0821%, which rounds to 0%"),
        Seeds.report().warnings().stream().map(Violation::toString).toList());
  }

  @Test
  void theRsuAndPrussWorkshopsAreOneRecordEachCitingBothPages() {
    for (String id : List.of("atelier-rsu-2022", "atelier-pruss-gao-2022")) {
      Meeting meeting = Seeds.load().get(Ref.<Meeting>of("meeting", id)).orElseThrow();
      assertEquals(List.of("msds-publications", "msds-ateliers"),
          meeting.provenance().stream().map(p -> p.document().id().value()).distinct().toList(), id);
    }
    Meeting pruss = Seeds.load().get(Ref.<Meeting>of("meeting", "atelier-pruss-gao-2022")).orElseThrow();
    assertEquals(LocalDate.of(2022, 8, 24), pruss.dates().orElseThrow().start());
    Recommendation train = Seeds.load().get(Ref.<Recommendation>of("recommendation", "atelier-pruss-gao-2022.r2")).orElseThrow();
    assertEquals("DRS/DRSV/DRA/DREF/Partenaires", train.responsibleAsWritten().orElseThrow());
    assertEquals(4, train.lead().size());
    Meeting rsu = Seeds.load().get(Ref.<Meeting>of("meeting", "atelier-rsu-2022")).orElseThrow();
    assertTrue(rsu.gaps().stream().anyMatch(g -> g.text().contains("recommendations")), "announced, not in the text");
  }

  @Test
  void theSigningsNextStepsKeepTheirResponsibleAsWritten() {
    Recommendation equipment = Seeds.load()
        .get(Ref.<Recommendation>of("recommendation", "signature-convention-antim-fenascom-2022.n4")).orElseThrow();
    assertEquals("PROJET SANDI/ANTIM", equipment.responsibleAsWritten().orElseThrow());
    assertEquals(List.of(Actor.ref("projet-sandi"), Actor.ref("antim")), equipment.lead());
  }
}
