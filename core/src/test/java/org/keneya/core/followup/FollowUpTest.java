package org.keneya.core.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keneya.core.followup.Chores.person;
import static org.keneya.core.followup.Chores.step;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.DomainModelException;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.FollowUpRoles;
import org.keneya.core.value.Code;
import org.keneya.core.value.DateRange;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.PartialDate;
import org.keneya.core.value.Ref;

/**
 * Core's follow-up queries on a domain described by hand (chores): the status as of a date from a
 * dated history, overdue and due-soon items with how their date was derived, the items no date can
 * be derived for and why, progress per theme and per responsible actor and role.
 */
class FollowUpTest {
  private static final Ref<Chores.Room> KITCHEN = Ref.of("room", "kitchen");
  private static final Ref<Chores.Room> ATTIC = Ref.of("room", "attic");

  private static Chores.Chore chore(String id, List<Ref<Chores.Person>> owners, List<Ref<Chores.Person>> helpers,
      Ref<Chores.Room> room, Deadline due, Deadline roughly, Chores.Step... steps) {
    return new Chores.Chore(Id.of(id), owners, helpers, room, due, roughly, List.of(steps), null);
  }

  private static final Dataset HOUSE = Dataset.of(Chores.REGISTRY, List.of(
      new Chores.Person(Id.of("ana")), new Chores.Person(Id.of("ben")), new Chores.Person(Id.of("cal")),
      new Chores.Room(Id.of("kitchen")), new Chores.Room(Id.of("attic")),
      new Chores.Gathering(Id.of("g1"), DateRange.of(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 12))),
      new Chores.Gathering(Id.of("g2"), DateRange.of(PartialDate.ofMonth(2025, 6), PartialDate.ofMonth(2025, 6))),
      chore("c1", List.of(person("ana")), List.of(person("ben")), KITCHEN,
          Deadline.onDate("by 1 March", LocalDate.of(2025, 3, 1)), null,
          step("2025-01-05", "todo"), step("2025-02-10", "doing")),
      chore("c2", List.of(person("ben")), List.of(), KITCHEN,
          Deadline.builder().asWritten("before the gathering").form(Deadline.Form.BEFORE_EVENT).event("the gathering")
              .eventRef(Ref.of("gathering", "g1")).build(), null,
          step("2025-03-02", "done")),
      chore("c3", List.of(), List.of(), ATTIC, Deadline.unspecified("some day"),
          Deadline.within("within 6 months", Period.ofMonths(6), LocalDate.of(2024, 10, 1))),
      chore("c4", List.of(person("cal")), List.of(), null, Deadline.unspecified("when we can"), null),
      chore("c5", List.of(person("ana")), List.of(), null, Deadline.beforeEvent("before the party", "the party"), null),
      new Chores.Chore(Id.of("c6"), List.of(person("cal")), List.of(), null, null,
          Deadline.builder().asWritten("within a month").form(Deadline.Form.WITHIN).period(Period.ofMonths(1)).build(),
          List.of(), Ref.of("gathering", "g1")),
      chore("c7", List.of(), List.of(), null, Deadline.builder().asWritten("at the summer party").form(Deadline.Form.AT_EVENT)
          .event("the summer party").eventRef(Ref.of("gathering", "g2")).build(), null)));

  private static final FollowUp FOLLOW_UP = FollowUp.of(HOUSE, Clock.fixed(
      LocalDate.of(2025, 3, 5).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

  private static final LocalDate MARCH_5 = LocalDate.of(2025, 3, 5);

  private static List<String> ids(List<ItemState> items) {
    return items.stream().map(i -> i.entity().id().value()).toList();
  }

  private static ItemState state(String id, LocalDate date) {
    return FOLLOW_UP.asOf(date).stream().filter(i -> i.entity().id().value().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void todayIsTheClocksDate() {
    assertEquals(MARCH_5, FOLLOW_UP.today());
    assertEquals(List.of(Chores.CHORE), FOLLOW_UP.kinds());
  }

  @Test
  void theStatusAsOfADateIsTheLatestStepOnOrBeforeIt() {
    ItemState before = state("c1", LocalDate.of(2025, 1, 4));
    assertTrue(before.status().isEmpty());
    assertTrue(before.isOpen());
    assertEquals(Code.of("todo"), state("c1", LocalDate.of(2025, 1, 5)).status().orElseThrow());
    ItemState later = state("c1", MARCH_5);
    assertEquals(Code.of("doing"), later.status().orElseThrow());
    assertEquals(LocalDate.of(2025, 2, 10), later.statusDate().orElseThrow());
    assertTrue(state("c2", LocalDate.of(2025, 3, 1)).isOpen());
    assertFalse(state("c2", LocalDate.of(2025, 3, 2)).isOpen()); // "done" is tagged closing
  }

  @Test
  void overdueItemsComeWithHowTheirDateWasDerived() {
    List<ItemState> overdue = FOLLOW_UP.overdue(MARCH_5);
    assertEquals(List.of("c1"), ids(overdue));
    DueDate due = overdue.get(0).due();
    assertEquals(LocalDate.of(2025, 3, 1), due.date().orElseThrow());
    assertEquals(DueDate.Basis.DATE, due.basis());
    assertEquals("due \"by 1 March\": due 2025-03-01", due.reason());
    assertEquals(List.of("c1", "c3"), ids(FOLLOW_UP.overdue(LocalDate.of(2025, 4, 2))));
    assertEquals(List.of(), ids(FOLLOW_UP.overdue(LocalDate.of(2025, 3, 1)))); // due that day: not yet overdue
  }

  @Test
  void aDeadlineBeforeAnEventIsDueOnTheFirstDayOfTheEventsRecord() {
    DueDate due = state("c2", LocalDate.of(2025, 3, 1)).due();
    assertEquals(LocalDate.of(2025, 3, 10), due.date().orElseThrow());
    assertEquals(DueDate.Basis.EVENT_RECORD, due.basis());
    assertEquals(Ref.of("gathering", "g1"), due.event().orElseThrow());
    assertEquals("due \"before the gathering\": before \"the gathering\" (gathering:g1), which starts 2025-03-10",
        due.reason());
  }

  @Test
  void aDeadlineAtAnEventKnownToTheMonthIsDueOnItsLastDaySayingSo() {
    DueDate due = state("c7", MARCH_5).due();
    assertEquals(LocalDate.of(2025, 6, 30), due.date().orElseThrow());
    assertEquals(DueDate.Basis.EVENT_RECORD, due.basis());
    assertEquals("due \"at the summer party\": at \"the summer party\" (gathering:g2), known only as 2025-06: read as its "
        + "last day, 2025-06-30", due.reason());
    assertTrue(state("c7", LocalDate.of(2025, 6, 30)).isDueWithin(0));
    assertTrue(state("c7", LocalDate.of(2025, 7, 1)).isOverdue());
  }

  @Test
  void aLaterDeadlinePropertyDecidesWhenTheFirstGivesNoDate() {
    DueDate due = state("c3", MARCH_5).due();
    assertEquals(LocalDate.of(2025, 4, 1), due.date().orElseThrow());
    assertEquals("roughly", due.property().orElseThrow());
    assertEquals(DueDate.Basis.WITHIN_PERIOD, due.basis());
    assertEquals("roughly \"within 6 months\": P6M from 2024-10-01, due 2025-04-01", due.reason());
  }

  @Test
  void aPeriodWithNoStartRunsFromTheEndOfTheEventTheItemCameFrom() {
    DueDate due = state("c6", MARCH_5).due();
    assertEquals(LocalDate.of(2025, 4, 12), due.date().orElseThrow());
    assertEquals(DueDate.Basis.WITHIN_PERIOD, due.basis());
    assertEquals("roughly \"within a month\": P1M from gathering:g1, which ends 2025-03-12, due 2025-04-12", due.reason());
  }

  @Test
  void dueSoonCountsTheDayItselfAndTheDaysThatFollow() {
    assertEquals(List.of("c1", "c2"), ids(FOLLOW_UP.dueWithin(LocalDate.of(2025, 3, 1), 9)));
    assertEquals(List.of("c1"), ids(FOLLOW_UP.dueWithin(LocalDate.of(2025, 3, 1), 8)));
    assertEquals(List.of("c3"), ids(FOLLOW_UP.dueWithin(MARCH_5, 30))); // c2 is closed by then
    assertThrows(IllegalArgumentException.class, () -> FOLLOW_UP.dueWithin(MARCH_5, -1));
  }

  @Test
  void itemsWithNoDerivableDateAreListedWithTheReason() {
    List<ItemState> undated = FOLLOW_UP.undated(MARCH_5);
    assertEquals(List.of("c4", "c5"), ids(undated));
    assertEquals("due \"when we can\": no date can be derived from the wording", undated.get(0).due().reason());
    assertEquals("due \"before the party\": no date can be derived, \"the party\" names no record with a date",
        undated.get(1).due().reason());
    assertTrue(undated.stream().noneMatch(ItemState::isOverdue));
  }

  @Test
  void progressPerResponsibleActorCountsEachRoleApartAndTheItemsOfNoOne() {
    assertEquals(List.of(
            new Progress(person("ana"), "owner", 2, 0, 1),
            new Progress(person("ben"), "owner", 0, 1, 0),
            new Progress(person("ben"), "helper", 1, 0, 1),
            new Progress(person("cal"), "owner", 2, 0, 0),
            new Progress(null, null, 2, 0, 0)),
        FOLLOW_UP.progressByResponsible(MARCH_5));
  }

  @Test
  void progressPerThemeCountsEveryItemOnce() {
    assertEquals(List.of(
            new Progress(ATTIC, null, 1, 0, 0),
            new Progress(KITCHEN, null, 1, 1, 1),
            new Progress(null, null, 4, 0, 0)),
        FOLLOW_UP.progressByTheme(MARCH_5));
  }

  @Test
  void aRoleNamingAMissingPropertyOrOneOfTheWrongTypeIsRefusedNamingIt() {
    DomainModelException missing = assertThrows(DomainModelException.class, () -> EntityKind.of("chore", "Chore",
        Chores.CHORE.struct(), List.of(), FollowUpRoles.builder().due("deadline").build()));
    assertEquals("chore.deadline: a deadline names a property that does not exist", missing.getMessage());
    DomainModelException type = assertThrows(DomainModelException.class, () -> EntityKind.of("chore", "Chore",
        Chores.CHORE.struct(), List.of(), FollowUpRoles.builder().due("owners").build()));
    assertTrue(type.getMessage().startsWith("chore.owners: a deadline is a "), type.getMessage());
    DomainModelException history = assertThrows(DomainModelException.class, () -> EntityKind.of("chore", "Chore",
        Chores.CHORE.struct(), List.of(), FollowUpRoles.builder().statusHistory("steps", "date", "status").build()));
    assertEquals("chore.steps.status: the status history's status names a property that does not exist",
        history.getMessage());
  }
}
