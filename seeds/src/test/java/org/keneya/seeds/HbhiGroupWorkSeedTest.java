package org.keneya.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.keneya.core.value.Code;
import org.keneya.core.value.Ref;
import org.keneya.model.Actor;
import org.keneya.model.Budget;
import org.keneya.model.Finding;
import org.keneya.model.HealthCodelists;
import org.keneya.model.Meeting;
import org.keneya.model.Pillar;
import org.keneya.model.Recommendation;

/**
 * Pins what was transcribed from 000_d5682461a1d8ca3d.txt, the Mali group work on the four HBHI
 * pillars (document {@code hbhi-mali-travaux-de-groupe}). Counts were made by reading the document:
 * each {@code - item} inside a « Conclusions » cell is one conclusion, each paragraph of a
 * « Défis/Challenges » cell one challenge, each {@code - P<n>:} line one action point, each bullet
 * under « Les partenaires doivent: » one recommendation for global partners.
 */
class HbhiGroupWorkSeedTest {
  private static final SeedDocument DOC = SeedDocument.HBHI_GROUP_WORK;

  private static Map<String, Long> byPillar(List<Finding> findings, Code type) {
    return findings.stream().filter(f -> f.type().equals(type))
        .collect(Collectors.groupingBy(f -> f.pillar().orElseThrow().id().value(), Collectors.counting()));
  }

  @Test
  void fourPillarsOfTheHbhiFramework() {
    ImmutableList<Pillar> pillars = Seeds.citing(DOC, Pillar.class);
    assertEquals(List.of("P1", "P2", "P3", "P4"), pillars.stream().map(p -> p.code().orElseThrow()).toList());
    assertEquals("Engagement Politique", pillars.get(0).name().get("fr").orElseThrow());
    assertEquals("Political engagement", pillars.get(0).name().get("en").orElseThrow());
  }

  @Test
  void conclusionsAndChallengesPerPillar() {
    ImmutableList<Finding> findings = Seeds.citing(DOC, Finding.class);
    assertEquals(23, findings.size());
    // Conclusions: P1 five « - » items, P2 three, P3 five, P4 three (the last cut off after « l'Asso »).
    assertEquals(Map.of("hbhi.p1", 5L, "hbhi.p2", 3L, "hbhi.p3", 5L, "hbhi.p4", 3L), byPillar(findings, HealthCodelists.CONCLUSION));
    // Challenges: P1 two <p> paragraphs, P2 two, P3 one, P4 two.
    assertEquals(Map.of("hbhi.p1", 2L, "hbhi.p2", 2L, "hbhi.p3", 1L, "hbhi.p4", 2L), byPillar(findings, HealthCodelists.CHALLENGE));
    Finding osp = findings.stream().filter(f -> f.id().value().equals("hbhi-travaux-de-groupe.f6")).findFirst().orElseThrow();
    assertEquals("Disponibilité de certains médicaments au niveau communautaire : liée à l'insuffisance dans le remplissage du logiciel OSP Santé.",
        osp.statement().text());
    assertEquals("l'insuffisance dans le remplissage du logiciel OSP Santé", osp.cause().orElseThrow().text());
  }

  @Test
  void sevenActionPointsForTheCountryAndTwoRecommendationsForGlobalPartners() {
    ImmutableList<Recommendation> recs = Seeds.citing(DOC, Recommendation.class);
    List<Recommendation> actions = recs.stream().filter(r -> r.type().equals(HealthCodelists.ACTION_POINT)).toList();
    List<Recommendation> global = recs.stream().filter(r -> r.type().equals(HealthCodelists.RECOMMENDATION)).toList();
    assertEquals(7, actions.size(), "P1 ×2, P2 ×2, P3 ×1, P4 ×2");
    assertEquals(2, global.size(), "two bullets under « Les partenaires doivent: »");
    assertTrue(actions.stream().allMatch(r -> r.audience().orElseThrow().equals(HealthCodelists.COUNTRY) && r.pillar().isPresent()));
    assertTrue(global.stream().allMatch(r -> r.audience().orElseThrow().equals(HealthCodelists.GLOBAL_PARTNERS)));
    assertEquals(Map.of("hbhi.p1", 2L, "hbhi.p2", 2L, "hbhi.p3", 1L, "hbhi.p4", 2L),
        actions.stream().collect(Collectors.groupingBy(r -> r.pillar().orElseThrow().id().value(), Collectors.counting())));
    assertTrue(recs.stream().allMatch(r -> r.deadline().isEmpty()), "the document gives no deadline");
  }

  @Test
  void theGroupWorkRecordsWhatTheDocumentCutsOff() {
    Meeting groupWork = Seeds.citing(DOC, Meeting.class).get(0);
    assertEquals(1, Seeds.citing(DOC, Meeting.class).size());
    assertTrue(groupWork.gaps().stream().anyMatch(g -> g.text().contains("l'Asso")), groupWork.gaps()::toString);
  }

  @Test
  void theSubDirectorateSitsUnderTheDgsUnderTheMinistry() {
    Actor desr = Seeds.load().get(Actor.ref("desr")).orElseThrow();
    assertEquals(Ref.of("actor", "dgs"), desr.parent().orElseThrow());
    assertTrue(desr.aliases().contains("SDESR"));
    assertEquals(Ref.of("actor", "msas"), Seeds.load().get(Actor.ref("dgs")).orElseThrow().parent().orElseThrow());
    assertEquals(4, Seeds.citing(DOC, Actor.class).size(), "MSAS, DGS, SDESR and the SG of the MSAS");
    assertEquals(0, Seeds.citing(DOC, Budget.class).size(), "no budget figure in the document");
  }
}
