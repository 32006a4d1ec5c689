package org.keneya.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.core.followup.DueDate;
import org.keneya.core.followup.FollowUp;
import org.keneya.core.followup.ItemState;
import org.keneya.core.followup.Progress;
import org.keneya.core.value.Ref;

/**
 * Core's follow-up queries on the seeds, through the roles the health model declares: every
 * recommendation is followed up; none reports a status, and none has a deadline a date can be
 * derived from today (the PRODESS committee's « Avant CT 2018 » names a meeting the seeds do not
 * hold, the symposium's horizons run from a symposium the document does not date), so nothing is
 * overdue and every item is listed as undated with its reason, never with a guessed date.
 */
class SeedsFollowUpTest {
  private static final FollowUp FOLLOW_UP = FollowUp.of(Seeds.load());
  private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

  private static ItemState item(String id) {
    return FOLLOW_UP.asOf(AS_OF).stream().filter(i -> i.entity().id().value().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void everyRecommendationIsFollowedUpAndOpen() {
    List<ItemState> items = FOLLOW_UP.asOf(AS_OF);
    assertEquals(81, items.size());
    assertTrue(items.stream().allMatch(ItemState::isOpen));
    assertEquals(List.of(), FOLLOW_UP.overdue(AS_OF));
    assertEquals(81, FOLLOW_UP.undated(AS_OF).size());
  }

  @Test
  void theReasonNoDateCanBeDerivedIsGiven() {
    DueDate ct2018 = item("prodess-ct-2017.r1").due();
    assertEquals(DueDate.Basis.NONE, ct2018.basis());
    assertEquals("deadline \"Avant CT 2018\": no date can be derived, \"CT 2018\" names no record with a date",
        ct2018.reason());
    assertEquals("horizon \"Qu'est-ce qui est réalisable dans les 6 prochains mois?\": no date can be derived, "
        + "meeting:symposium-sante-communautaire has no date in the dataset", item("symposium-sante-communautaire.a1").due().reason());
    assertEquals("deadline \"avant juin\": no date can be derived from the wording",
        item("symposium-sante-communautaire.a12").due().reason());
  }

  @Test
  void progressIsCountedPerLeadAndSupportingActorAndPerPillar() {
    List<Progress> byActor = FOLLOW_UP.progressByResponsible(AS_OF);
    assertEquals("actor:desr as lead: 4 open (0 overdue), 0 closed", find(byActor, "actor:desr").toString());
    assertEquals("actor:cfct as supporting: 1 open (0 overdue), 0 closed", find(byActor, "actor:cfct").toString());
    assertEquals("(none): 53 open (0 overdue), 0 closed", byActor.get(byActor.size() - 1).toString());
    List<Progress> byPillar = FOLLOW_UP.progressByTheme(AS_OF);
    assertEquals("pillar:sante-communautaire.politique-coordination: 5 open (0 overdue), 0 closed",
        find(byPillar, "pillar:sante-communautaire.politique-coordination").toString());
    assertEquals(81, byPillar.stream().mapToInt(Progress::total).sum()); // each item counted once by theme
  }

  private static Progress find(List<Progress> progress, String group) {
    return progress.stream().filter(p -> p.group().map(Ref::toString).orElse("").equals(group)).findFirst().orElseThrow();
  }
}
