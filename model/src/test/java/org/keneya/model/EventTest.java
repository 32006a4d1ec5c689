package org.keneya.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.followup.DueDate;
import org.keneya.core.followup.FollowUp;
import org.keneya.core.kind.FollowUpRoles;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.PartialDate;
import org.keneya.core.value.Ref;

/**
 * Events and decisions: dated as precisely as the source says, and the event a recommendation's
 * deadline is due at, which dates it.
 */
class EventTest {
  private static final KindRegistry REGISTRY = KindRegistry.of(new HealthModel());

  private static final Actor MSDS = Actor.builder().id(Id.of("msds")).type(HealthCodelists.MINISTRY)
      .name(LocalizedText.fr("Ministère de la Santé et du Développement Social")).build();

  /** The letter of agreement between the SanDi project and ANTIM, known to the month. */
  private static final Event LETTER = Event.builder().id(Id.of("lettre-accord-sandi-antim-2023"))
      .type(HealthCodelists.LETTER_OF_AGREEMENT)
      .title(LocalizedText.fr("Signature d'une lettre d'accord entre le projet SanDi et l'ANTIM"))
      .date(PartialDate.ofMonth(2023, 6))
      .addActors(Ref.of("actor", "msds"))
      .build();

  @Test
  void anEventKeepsTheMonthItIsKnownTo() {
    assertEquals("2023-06", LETTER.date().orElseThrow().toString());
    assertEquals(PartialDate.Precision.MONTH, LETTER.date().orElseThrow().precision());
    assertEquals(FollowUpRoles.builder().occurs("date").build(), Event.KIND.roles());
    assertTrue(Dataset.of(REGISTRY, List.of(MSDS, LETTER)).validate().isValid());
  }

  @Test
  void aDeadlineAtTheEventIsDueOnItsLastKnownDay() {
    Recommendation r = Recommendation.builder().id(Id.of("r1")).type(HealthCodelists.RECOMMENDATION)
        .statement(LocalizedText.fr("Présenter le plan à la signature"))
        .deadline(Deadline.builder().asWritten("à la signature de la lettre d'accord").form(Deadline.Form.AT_EVENT)
            .event("signature de la lettre d'accord").eventRef(Ref.of("event", "lettre-accord-sandi-antim-2023")).build())
        .build();
    Dataset dataset = Dataset.of(REGISTRY, List.of(MSDS, LETTER, r));
    assertTrue(dataset.validate().isValid(), dataset.validate().summary());
    FollowUp followUp = FollowUp.of(dataset, Clock.fixed(LocalDate.of(2023, 7, 1).atStartOfDay().toInstant(ZoneOffset.UTC),
        ZoneOffset.UTC));
    DueDate due = followUp.overdue(followUp.today()).get(0).due();
    assertEquals(LocalDate.of(2023, 6, 30), due.date().orElseThrow());
    assertEquals("deadline \"à la signature de la lettre d'accord\": at \"signature de la lettre d'accord\" "
        + "(event:lettre-accord-sandi-antim-2023), known only as 2023-06: read as its last day, 2023-06-30", due.reason());
  }

  @Test
  void anActorNamedTwiceIsRefused() {
    assertThrows(InvalidValueException.class, () -> Event.builder().from(LETTER).addActors(Ref.of("actor", "msds")).build());
  }
}
