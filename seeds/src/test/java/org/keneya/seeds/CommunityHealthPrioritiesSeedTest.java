package org.keneya.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Ref;
import org.keneya.model.Actor;
import org.keneya.model.Budget;
import org.keneya.model.Finding;
import org.keneya.model.HealthCodelists;
import org.keneya.model.Meeting;
import org.keneya.model.Pillar;
import org.keneya.model.Recommendation;

/**
 * Pins what was transcribed from 001_e4eaf8f36648a0e8.txt, the community-health priorities by
 * thematic area (document {@code sante-communautaire-priorites}). Counted by reading: each « • »
 * bullet under « réalisable dans les 6 prochains mois » (8) and « réalisable dans l'année suivante »
 * (7) is one action point with that horizon, each bullet under « prochaines étapes » (2) a next
 * step; a bullet's thematic area is the label it starts with, or the last label above it.
 */
class CommunityHealthPrioritiesSeedTest {
  private static final SeedDocument DOC = SeedDocument.COMMUNITY_HEALTH_PRIORITIES;
  private static final String M = "symposium-sante-communautaire";

  private static Recommendation rec(String suffix) {
    return Seeds.load().get(Ref.<Recommendation>of("recommendation", M + "." + suffix)).orElseThrow();
  }

  @Test
  void fifteenPrioritiesAndTwoNextSteps() {
    ImmutableList<Recommendation> recs = Seeds.citing(DOC, Recommendation.class);
    assertEquals(17, recs.size());
    List<Recommendation> priorities = recs.stream().filter(r -> r.type().equals(HealthCodelists.ACTION_POINT)).toList();
    assertEquals(15, priorities.size());
    assertEquals(2, recs.stream().filter(r -> r.type().equals(HealthCodelists.NEXT_STEP)).count());
    assertEquals(8, priorities.stream().filter(r -> r.horizon().orElseThrow().period().orElseThrow().equals(Period.ofMonths(6))).count());
    assertEquals(7, priorities.stream().filter(r -> r.horizon().orElseThrow().period().orElseThrow().equals(Period.ofYears(1))).count());
    assertEquals(0, Seeds.citing(DOC, Finding.class).size(), "the document states priorities, not findings");
    assertEquals(0, Seeds.citing(DOC, Budget.class).size(), "no budget figure in the document");
  }

  @Test
  void sevenThematicAreasAsWritten() {
    List<String> areas = Seeds.citing(DOC, Pillar.class).stream()
        .sorted(Comparator.comparing(Pillar::position)) // in the document's order; entities come in id order
        .map(p -> p.name().get("fr").orElseThrow()).toList();
    assertEquals(List.of("Couts, rentabilite et financement", "Nouveau Nees", "RH & Deploiement", "Suivi et evaluation",
        "Politique et coordination", "Innovations", "Partenariat Secteur Prive"), areas);
  }

  @Test
  void theWordingAndItsTyposAreKeptAndTheResponsibleResolved() {
    Recommendation first = rec("a1");
    assertTrue(first.statement().text().startsWith("Metttre a la disposition des partenaires les engagrements signes"));
    assertEquals("UNICEF", first.responsibleAsWritten().orElseThrow());
    assertEquals(List.of(Actor.ref("unicef")), first.lead());
    // « FENASCO » is an alias of the FENASCOM
    assertTrue(Seeds.load().get(Actor.ref("fenascom")).orElseThrow().aliases().contains("FENASCO"));
    Recommendation task = rec("a14");
    assertEquals("DNS (DESR)", task.responsibleAsWritten().orElseThrow());
    assertEquals(List.of(Actor.ref("desr")), task.lead());
    Recommendation plan = rec("a12");
    assertEquals("avant juin", plan.deadline().flatMap(Deadline::asWritten).orElseThrow());
    assertEquals(Deadline.Form.UNSPECIFIED, plan.deadline().orElseThrow().form(), "the year is not stated");
    Recommendation adhoc = rec("n2");
    assertEquals(Deadline.Form.BEFORE_EVENT, adhoc.deadline().orElseThrow().form());
    assertEquals(List.of(Actor.ref("person-bogoba")), rec("n1").lead());
  }

  @Test
  void theUnansweredQuestionAndTheMissingResponsibleAreRecorded() {
    Meeting symposium = Seeds.citing(DOC, Meeting.class).get(0);
    assertEquals(HealthCodelists.SYMPOSIUM, symposium.type());
    assertTrue(symposium.gaps().stream().anyMatch(g -> g.text().contains("ressources supplémentaires")));
    assertTrue(rec("a13").lead().isEmpty() && rec("a13").responsibleAsWritten().isEmpty(), "« des couts – » and nothing after");
    assertEquals(12, Seeds.citing(DOC, Actor.class).size(), "UNICEF, USAID, Save the Children, AMM, FENASCOM, PSI, DNS, DGS, MSAS, DESR, ASACO, Dr BOGOBA");
  }
}
