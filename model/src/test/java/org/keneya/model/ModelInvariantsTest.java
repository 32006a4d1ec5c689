package org.keneya.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.validation.Violation;
import org.keneya.core.value.DateRange;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;

/** Builders of the model refuse invalid values with a message naming the field. */
class ModelInvariantsTest {

  private static Actor.Builder dgs() {
    return Actor.builder().id(Id.of("dgs")).type(HealthCodelists.DIRECTORATE).acronym("DGS")
        .name(LocalizedText.fr("Direction Générale de la Santé"));
  }

  @Test
  void budgetsRefuseNegativeAmounts() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Amounts.builder().forecast(Money.of(-1, "XOF")).build());
    assertEquals("Amounts.forecast: must not be negative, was -1", e.getMessage());
  }

  @Test
  void budgetsRefuseACurrencyMismatch() {
    BudgetLine euros = BudgetLine.builder().source(HealthCodelists.PARTNERS)
        .amounts(Amounts.builder().forecast(Money.of(100, "EUR")).build()).build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Budget.builder().id(Id.of("b")).owner(Actor.ref("antim")).fiscalYear(2023)
            .currency(Money.currency("XOF")).addLines(euros).build());
    assertEquals("Budget.lines[0].amounts: is in EUR but the budget is in XOF", e.getMessage());
    assertThrows(InvalidValueException.class,
        () -> Amounts.builder().forecast(Money.of(1, "XOF")).executed(Money.of(1, "EUR")).build());
  }

  @Test
  void budgetsRefuseAStatedRateOverAMissingAmount() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> BudgetLine.builder().source(HealthCodelists.STATE)
            .amounts(Amounts.builder().forecast(Money.of(100, "XOF")).build())
            .addStatedRates(AntimBudget2023Test.rate(BudgetMeasure.MOBILIZED, BudgetMeasure.FORECAST, "10%", "10"))
            .build());
    assertEquals("BudgetLine.statedRates[0]: states mobilized/forecast but the MOBILIZED amount is missing or zero",
        e.getMessage());
  }

  @Test
  void meetingsRefuseAnEndBeforeTheStartAndTheSameActorTwice() {
    assertThrows(InvalidValueException.class,
        () -> DateRange.of(LocalDate.of(2022, 8, 26), LocalDate.of(2022, 8, 24)));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Meeting.builder().id(Id.of("m")).type(HealthCodelists.WORKSHOP).status(HealthCodelists.HELD)
            .title(LocalizedText.fr("Atelier"))
            .addParticipants(Participation.of(Actor.ref("insp"), HealthCodelists.ORGANISER))
            .addParticipants(Participation.of(Actor.ref("insp"), HealthCodelists.PARTICIPANT))
            .build());
    assertEquals("Meeting.participants: lists an actor twice; give one participation several roles instead",
        e.getMessage());
  }

  @Test
  void participationNeedsARole() {
    assertEquals("Participation.roles: must not be empty",
        assertThrows(InvalidValueException.class, () -> Participation.of(Actor.ref("insp"))).getMessage());
  }

  @Test
  void actorsRefuseToBeTheirOwnParentAndValidationFindsLongerCycles() {
    assertEquals("Actor.parent: dgs cannot be its own parent",
        assertThrows(InvalidValueException.class, () -> dgs().parent(Actor.ref("dgs")).build()).getMessage());
    Actor a = dgs().parent(Actor.ref("desr")).build();
    Actor b = Actor.builder().id(Id.of("desr")).type(HealthCodelists.DIRECTORATE)
        .name(LocalizedText.fr("DESR")).parent(Actor.ref("dgs")).build();
    assertEquals(
        List.of("ERROR parent-cycle actor:desr parent: desr is its own ancestor through actor:desr",
            "ERROR parent-cycle actor:dgs parent: dgs is its own ancestor through actor:dgs"),
        Dataset.of(KindRegistry.load(), List.of(a, b)).validate().violations().stream()
            .map(Violation::toString).toList());
  }

  @Test
  void pillarsArePositionedFromOne() {
    assertEquals("Pillar.position: must be 1 or more, was 0",
        assertThrows(InvalidValueException.class,
            () -> Pillar.builder().id(Id.of("p")).framework(org.keneya.core.value.Ref.of("framework", "f"))
                .position(0).name(LocalizedText.fr("P")).build()).getMessage());
  }
}
