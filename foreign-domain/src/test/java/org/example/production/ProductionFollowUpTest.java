package org.example.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.example.theatre.Actor;
import org.example.theatre.TheatreModel;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.followup.DueDate;
import org.keneya.core.followup.FollowUp;
import org.keneya.core.followup.ItemState;
import org.keneya.core.followup.Progress;
import org.keneya.core.kind.FollowUpRoles;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.value.Code;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.Ref;
import org.keneya.io.json.JsonCodec;

/**
 * A user's own kinds, declared with the follow-up annotations and no health type anywhere, are
 * followed up by core's queries as the health model's recommendations are: status as of a date,
 * overdue with the reason, a deadline before a rehearsal dated from the rehearsal's record,
 * progress per assignee and checker.
 */
class ProductionFollowUpTest {
  private static final KindRegistry REGISTRY = KindRegistry.of(new TheatreModel(), new ProductionModel());
  private static final Ref<Actor> AWA = Ref.of("actor", "awa");
  private static final Ref<Actor> JEAN = Ref.of("actor", "jean");
  private static final LocalDate MAY_20 = LocalDate.of(2026, 5, 20);

  private static final Dataset SHOW = Dataset.of(REGISTRY, List.of(
      new Actor(Id.of("awa"), "Awa Diarra", null, LocalDate.of(2009, 10, 3), null, List.of(), null),
      new Actor(Id.of("jean"), "Jean Traoré", null, LocalDate.of(2018, 2, 14), null, List.of(), null),
      new Rehearsal(Id.of("generale"), "Générale", LocalDate.of(2026, 5, 18)),
      new Fix(Id.of("door"), "La porte du décor grince", List.of(AWA), List.of(JEAN),
          Deadline.builder().asWritten("avant la générale").form(Deadline.Form.BEFORE_EVENT).event("la générale")
              .eventRef(Ref.of("rehearsal", "generale")).build(),
          List.of(new FixState(LocalDate.of(2026, 5, 2), Code.of("reported")),
              new FixState(LocalDate.of(2026, 5, 10), Code.of("started")))),
      new Fix(Id.of("light"), "Projecteur 3 en panne", List.of(JEAN), List.of(),
          Deadline.onDate("le 30 mai", LocalDate.of(2026, 5, 30)),
          List.of(new FixState(LocalDate.of(2026, 5, 2), Code.of("reported")),
              new FixState(LocalDate.of(2026, 5, 19), Code.of("fixed"))))));

  private static final FollowUp FOLLOW_UP = FollowUp.of(SHOW, Clock.fixed(MAY_20.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

  @Test
  void theAnnotationsDeclareTheRoles() {
    assertEquals(FollowUpRoles.builder().responsible("assignee", "assignees").responsible("checker", "checkers")
        .due("due").statusHistory("states", "on", "state").build(), Fix.KIND.roles());
    assertEquals(FollowUpRoles.builder().occurs("day").build(), Rehearsal.KIND.roles());
    assertTrue(Actor.KIND.roles().isEmpty());
  }

  @Test
  void aFixDueBeforeTheDressRehearsalIsOverdueTheDayAfterItWithTheReason() {
    List<ItemState> overdue = FOLLOW_UP.overdue(FOLLOW_UP.today());
    assertEquals(List.of(Ref.of("fix", "door")), overdue.stream().map(ItemState::ref).toList());
    DueDate due = overdue.get(0).due();
    assertEquals(DueDate.Basis.EVENT_RECORD, due.basis());
    assertEquals(LocalDate.of(2026, 5, 18), due.date().orElseThrow());
    assertEquals("due \"avant la générale\": before \"la générale\" (rehearsal:generale), which starts 2026-05-18",
        due.reason());
    assertEquals(Code.of("started"), overdue.get(0).status().orElseThrow());
  }

  @Test
  void aFixedFixIsClosedFromTheDayItWasFixed() {
    ItemState before = state("light", LocalDate.of(2026, 5, 18));
    ItemState after = state("light", LocalDate.of(2026, 5, 19));
    assertTrue(before.isOpen());
    assertTrue(before.isDueWithin(12));
    assertFalse(after.isOpen());
    assertFalse(after.isDueWithin(12));
  }

  @Test
  void progressIsCountedPerAssigneeAndPerCheckerApart() {
    assertEquals(List.of(
            "actor:awa as assignee: 1 open (1 overdue), 0 closed",
            "actor:jean as assignee: 0 open (0 overdue), 1 closed",
            "actor:jean as checker: 1 open (1 overdue), 0 closed"),
        FOLLOW_UP.progressByResponsible(MAY_20).stream().map(Progress::toString).toList());
  }

  @Test
  void theSameAnswersAfterAJsonRoundTrip() {
    JsonCodec json = JsonCodec.create(REGISTRY);
    Dataset back = json.fromBytes(json.toBytes(SHOW));
    assertEquals(FOLLOW_UP.progressByResponsible(MAY_20), FollowUp.of(back).progressByResponsible(MAY_20));
  }

  private static ItemState state(String id, LocalDate date) {
    return FOLLOW_UP.asOf(date).stream().filter(i -> i.entity().id().value().equals(id)).findFirst().orElseThrow();
  }
}
