package org.keneya.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.value.Code;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.Ref;
import org.keneya.model.Actor;
import org.keneya.model.Budget;
import org.keneya.model.Finding;
import org.keneya.model.HealthCodelists;
import org.keneya.model.Meeting;
import org.keneya.model.Programme;
import org.keneya.model.Recommendation;

/**
 * Pins what was transcribed from 003_aeb5e62f863db837.txt, the report of the PRODESS technical
 * committee held on 30–31 May 2017 at the IERGG « Maison des Ainés » (document {@code
 * prodess-ct-2017}). Every count below was made by reading the document; the method is given
 * with each assertion.
 */
class ProdessCt2017SeedTest {
  private static final SeedDocument DOC = SeedDocument.PRODESS_CT_2017;
  private final Dataset all = Seeds.load();

  private static long count(List<Finding> findings, Code type) {
    return findings.stream().filter(f -> f.type().equals(type)).count();
  }

  private static long countRecs(List<Recommendation> recs, Code type) {
    return recs.stream().filter(r -> r.type().equals(type)).count();
  }

  private Recommendation rec(int n) {
    return all.get(Ref.<Recommendation>of("recommendation", "prodess-ct-2017.r" + n)).orElseThrow();
  }

  @Test
  void recommendationsAreTheFiveRowsOfTheTable() {
    ImmutableList<Recommendation> recs = Seeds.citing(DOC, Recommendation.class);
    // The table after « les recommandations suivantes ont été formulées » has 5 rows
    // (discussion point | recommendation | structure | deadline); it is the only list of
    // recommendations. No action points or next steps are in the document.
    assertEquals(5, recs.size(), "5 table rows");
    assertEquals(5, countRecs(recs, HealthCodelists.RECOMMENDATION), "all 5 are recommendations");
    assertEquals(0, countRecs(recs, HealthCodelists.ACTION_POINT), "no action point");
    assertEquals(0, countRecs(recs, HealthCodelists.NEXT_STEP), "no next step");
    // The status of the Comité de suivi's November 2016 recommendations was presented but is
    // not in the text: no status history is recorded.
    assertTrue(recs.stream().allMatch(r -> r.statusHistory().isEmpty()), "no status reported in the document");
    assertTrue(recs.stream().allMatch(r -> r.meeting().isPresent() && r.discussionPoint().isPresent()
        && r.responsibleAsWritten().isPresent() && !r.lead().isEmpty()), "every row has its point, structure and lead");
  }

  @Test
  void theFirstRowKeepsItsResponsibleAndDeadlineAsWritten() {
    Recommendation r1 = rec(1);
    assertEquals("DNDS/MSAH", r1.responsibleAsWritten().orElseThrow());
    assertEquals(List.of(Actor.ref("dnds")), r1.lead());
    Deadline deadline = r1.deadline().orElseThrow();
    assertEquals("Avant CT 2018", deadline.asWritten().orElseThrow());
    assertEquals(Deadline.Form.BEFORE_EVENT, deadline.form());
    assertEquals("CT 2018", deadline.event().orElseThrow());
    assertTrue(deadline.eventRef().isEmpty(), "the document does not describe CT 2018: no meeting record");
    assertEquals(
        "Le financement du plan stratégique de promotion socio-économique des personnes en situation de handicap",
        r1.discussionPoint().orElseThrow().text());
  }

  @Test
  void theThirdRowIsDueAtCt2018ItselfAndTheFifthIsForTheDfms() {
    Recommendation r3 = rec(3);
    assertEquals("CPS/SSDSPF", r3.responsibleAsWritten().orElseThrow());
    assertEquals(List.of(Actor.ref("cps-sante")), r3.lead());
    assertEquals("CT 2018", r3.deadline().orElseThrow().asWritten().orElseThrow());
    assertEquals("CT 2018", r3.deadline().orElseThrow().event().orElseThrow());
    Recommendation r5 = rec(5);
    assertEquals("Les DFM", r5.responsibleAsWritten().orElseThrow());
    assertEquals("Élaborer un plan de renouvellement de la logistique roulante", r5.statement().text());
  }

  @Test
  void findingsByType() {
    ImmutableList<Finding> findings = Seeds.citing(DOC, Finding.class);
    // 6 challenges: the bullets after « des défis restent encore à relever parmi lesquels » (EDSM VI,
    // RH reforms, ASC integration, sustainable financing, global health security, demography/FP).
    assertEquals(6, count(findings, HealthCodelists.CHALLENGE), "6 défis of the PTF coordinator");
    // 3 strengths: items i) to iii) of the FENASCOM president's speech.
    assertEquals(3, count(findings, HealthCodelists.STRENGTH), "items i), ii), iii)");
    // 5 weaknesses: the exchange points that state a problem (faiblesse du taux…, incohérence…,
    // rupture de stock…, non respect du SDADME, décès maternels au niveau des EPH).
    assertEquals(5, count(findings, HealthCodelists.WEAKNESS), "5 exchange points stating a problem");
    // 1 conclusion: the committee validated the 2016 reports and 2018 programming.
    assertEquals(1, count(findings, HealthCodelists.CONCLUSION), "the closing validation");
    assertEquals(15, findings.size());
  }

  @Test
  void oneMeetingHeldOnTheThirtiethAndThirtyFirstOfMay2017() {
    ImmutableList<Meeting> meetings = Seeds.citing(DOC, Meeting.class);
    // Only the CT 2017 is described; CT 2018 and the Comité de suivi of November 2016 are only named.
    assertEquals(1, meetings.size());
    Meeting ct = meetings.get(0);
    assertEquals(Id.of("prodess-ct-2017"), ct.id());
    assertEquals(HealthCodelists.TECHNICAL_COMMITTEE, ct.type());
    assertEquals(HealthCodelists.HELD, ct.status());
    assertEquals(LocalDate.of(2017, 5, 30), ct.dates().orElseThrow().start());
    assertEquals(LocalDate.of(2017, 5, 31), ct.dates().orElseThrow().end());
    assertEquals("Bamako", ct.city().orElseThrow());
    assertEquals("IERGG «\u00a0Maison des Ainés\u00a0»", ct.venue().orElseThrow());
    assertEquals(Ref.of("programme", "prodess"), ct.programme().orElseThrow());
    // Co-chaired by the Secretaries General of the three departments in charge of PRODESS.
    assertEquals(
        List.of(Actor.ref("sg-mshp"), Actor.ref("sg-msah"), Actor.ref("sg-mpfef")),
        ct.withRole(HealthCodelists.CO_CHAIR));
    // 3 agenda items + 5 communications + 23 exchange points, in document order.
    assertEquals(31, ct.discussionPoints().size());
    // Announced but absent: the status of the Nov. 2016 recommendations, the expected results,
    // the syntheses, the communications' content, the outcome of the exchanges.
    assertEquals(5, ct.gaps().size());
  }

  @Test
  void actorsProgrammesAndBudgets() {
    // 44 actors, one per structure, group or person-in-a-role named in the document: 4 ministries
    // (MSHP, MSAH, MPFEF, MEF), 5 people in a role (3 secretaries general, the USAID representative,
    // the FENASCOM president), 10 directorates (DNS, DNPSES, DNDS, DNPF, DNPEF, DRH/SS-DS, CPS, DGB,
    // CSLP, DNPD), 2 agencies (ACCT, LNS), 2 civil-society bodies (FENASCOM, UTM), 1 partner
    // (USAID), 1 union and 19 collectives (DRS, CADD, DFM, ASACO, ASC, EPH, PTF, OSC…).
    assertEquals(44, Seeds.citing(DOC, Actor.class).size());
    // PRODESS, PRODESS III, the 2015-2024 disability plan, CREDD, SDADME, EDSM VI.
    assertEquals(6, Seeds.citing(DOC, Programme.class).size());
    assertEquals(Ref.of("programme", "prodess"),
        all.get(Ref.<Programme>of("programme", "prodess-iii")).orElseThrow().parent().orElseThrow());
    // The document gives no budget figure.
    assertEquals(0, Seeds.citing(DOC, Budget.class).stream().mapToInt(b -> b.lines().size()).sum());
    Actor cps = all.get(Actor.ref("cps-sante")).orElseThrow();
    assertTrue(cps.isKnownAs("CPS/SS DS PF") && cps.isKnownAs("CPS/SSDSPF"), "both spellings resolve to cps-sante");
  }

  @Test
  void theDocumentsRecordsValidateOnTheirOwn() {
    Dataset doc = Seeds.document(DOC);
    assertTrue(doc.validate().errors().isEmpty(), doc.validate()::toString);
  }
}
