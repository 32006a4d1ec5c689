package org.keneya.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.kind.ValueType;

class DeadlineTest {

  @Test
  void keepsTheWordingAndDerivesADueDate() {
    Deadline within = Deadline.within("dans les 6 prochains mois", Period.ofMonths(6), LocalDate.of(2018, 3, 1));
    assertEquals(Optional.of("dans les 6 prochains mois"), within.asWritten());
    assertEquals(Optional.of(LocalDate.of(2018, 9, 1)), within.dueDate());
    assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), Deadline.onDate("fin 2024", LocalDate.of(2024, 12, 31)).dueDate());
  }

  @Test
  void beforeAnEventHasADueDateOnlyOnceTheEventsDateIsKnown() {
    Deadline ct = Deadline.beforeEvent("Avant CT 2018", "CT 2018");
    assertEquals(Optional.empty(), ct.dueDate());
    assertFalse(ct.isOverdue(LocalDate.of(2030, 1, 1)));
    Deadline dated = Deadline.builder().from(ct).date(LocalDate.of(2018, 5, 29))
        .eventRef(Ref.of("event", "review-2018")).build();
    assertTrue(dated.isOverdue(LocalDate.of(2018, 5, 30)));
    assertFalse(dated.isOverdue(LocalDate.of(2018, 5, 29)));
  }

  @Test
  void atAnEventKeepsTheEventsFieldsAndItsDateOnceKnown() {
    Deadline ct = Deadline.atEvent("CT 2018", "CT 2018");
    assertEquals(Deadline.Form.AT_EVENT, ct.form());
    assertEquals(Optional.of("CT 2018"), ct.event());
    assertEquals(Optional.empty(), ct.dueDate());
    Deadline dated = Deadline.builder().from(ct).date(LocalDate.of(2018, 5, 29)).eventRef(Ref.of("event", "review-2018")).build();
    assertEquals(Optional.of(LocalDate.of(2018, 5, 29)), dated.dueDate());
    assertTrue(dated.isOverdue(LocalDate.of(2018, 5, 30)));
    assertEquals("Deadline.event: is required for a AT_EVENT deadline",
        assertThrows(InvalidValueException.class, () -> Deadline.builder().form(Deadline.Form.AT_EVENT).build()).getMessage());
    assertEquals("Deadline.period: does not apply to a AT_EVENT deadline",
        assertThrows(InvalidValueException.class, () -> Deadline.builder().from(ct).period(Period.ofMonths(1)).build())
            .getMessage());
    assertThrows(InvalidValueException.class, () -> Deadline.atEvent("CT 2018", " "));
  }

  @Test
  void itsDescriptionRequiresTheEventBeforeAndAtAnEvent() {
    Deadline read = ValueType.deadline().create(new Object[] {"lors de la prochaine réunion", Deadline.Form.AT_EVENT, null,
        "prochaine réunion", null, null, null});
    assertEquals(Deadline.atEvent("lors de la prochaine réunion", "prochaine réunion"), read);
    assertEquals("at-event", ValueType.enumeration(Deadline.Form.class).format(Deadline.Form.AT_EVENT));
    for (Deadline.Form form : List.of(Deadline.Form.BEFORE_EVENT, Deadline.Form.AT_EVENT)) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> ValueType.deadline().create(new Object[] {"x", form, null, null, null, null, null}));
      assertTrue(e.getMessage().contains("event"), e.getMessage());
    }
  }

  @Test
  void refusesFieldsThatDoNotApplyToTheForm() {
    assertEquals("Deadline.date: is required for a DATE deadline",
        assertThrows(InvalidValueException.class, () -> Deadline.builder().form(Deadline.Form.DATE).build()).getMessage());
    assertEquals("Deadline.period: does not apply to a DATE deadline",
        assertThrows(InvalidValueException.class, () -> Deadline.builder().form(Deadline.Form.DATE)
            .date(LocalDate.of(2024, 1, 1)).period(Period.ofMonths(1)).build()).getMessage());
    assertEquals("Deadline.period: must be positive, was P-6M",
        assertThrows(InvalidValueException.class,
            () -> Deadline.within("x", Period.ofMonths(-6), LocalDate.of(2024, 1, 1))).getMessage());
    assertThrows(InvalidValueException.class, () -> Deadline.unspecified(" "));
  }

  @Test
  void aMissingFormIsReportedAsInvalidValue() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Deadline.builder().asWritten("x").build());
    assertTrue(e.getMessage().contains("form"), e.getMessage());
  }

  @Test
  void aPeriodRunningPastTheLastDateIsRefusedWhenItsReferenceIsKnown() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () ->
        Deadline.within("dans une éternité", Period.ofYears(Integer.MAX_VALUE), LocalDate.of(2018, 3, 1)));
    assertEquals("Deadline.period", e.place().toString());
    Deadline unanchored = Deadline.builder().asWritten("dans une éternité").form(Deadline.Form.WITHIN)
        .period(Period.ofYears(Integer.MAX_VALUE)).build();
    assertEquals(Optional.empty(), unanchored.dueDate());
  }
}
