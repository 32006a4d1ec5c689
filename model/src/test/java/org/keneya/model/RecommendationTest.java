package org.keneya.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.kind.CodeEntry;
import org.keneya.core.kind.Codelist;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.validation.Violation;
import org.keneya.core.value.Code;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Ref;

class RecommendationTest {

  /** "Mettre en place une commission de réflexion sur la problématique de la gestion des ASC — DNS — Avant CT 2018". */
  static Recommendation.Builder ct2017r2() {
    return Recommendation.builder()
        .id(Id.of("prodess-ct-2017.r2"))
        .type(HealthCodelists.RECOMMENDATION)
        .statement(LocalizedText.fr("Mettre en place une commission de réflexion sur la problématique de la gestion des ASC"))
        .addLead(Actor.ref("dns"))
        .responsibleAsWritten("DNS")
        .deadline(Deadline.beforeEvent("Avant CT 2018", "CT 2018"))
        .discussionPoint(LocalizedText.fr("La gestion des ASC"));
  }

  @Test
  void buildsFromTheDocumentsWording() {
    Recommendation r = ct2017r2().build();
    assertEquals("DNS", r.responsibleAsWritten().orElseThrow());
    assertEquals(Optional.of("Avant CT 2018"), r.deadline().flatMap(Deadline::asWritten));
    assertEquals(Optional.empty(), r.status());
  }

  @Test
  void refusesABlankStatementNamingTheField() {
    InvalidValueException e = assertThrows(
        InvalidValueException.class, () -> ct2017r2().statement(LocalizedText.fr(" ")).build());
    assertEquals("LocalizedText.fr: must not be blank", e.getMessage());
  }

  @Test
  void refusesAMissingStatementNamingTheField() {
    InvalidValueException e = assertThrows(
        InvalidValueException.class,
        () -> Recommendation.builder().id(Id.of("r1")).type(HealthCodelists.RECOMMENDATION).build());
    assertTrue(e.getMessage().contains("statement"), e.getMessage());
  }

  @Test
  void refusesNullArgumentsAsInvalidValues() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ct2017r2().statement(null));
    assertTrue(e.getMessage().contains("statement"), e.getMessage());
  }

  @Test
  void refusesAnActorBothLeadAndSupporting() {
    InvalidValueException e = assertThrows(
        InvalidValueException.class, () -> ct2017r2().addSupporting(Actor.ref("dns")).build());
    assertEquals("Recommendation.supporting: [actor:dns] also listed as lead", e.getMessage());
  }

  @Test
  void statusHistoryIsAppendOnlyAndDated() {
    Recommendation r = ct2017r2().build()
        .withStatusUpdate(StatusUpdate.of(LocalDate.of(2017, 11, 15), HealthCodelists.IN_PROGRESS))
        .withStatusUpdate(StatusUpdate.of(LocalDate.of(2018, 5, 2), HealthCodelists.COMPLETED));
    assertEquals(Optional.of(HealthCodelists.COMPLETED), r.status());
    assertEquals(Optional.of(HealthCodelists.IN_PROGRESS), r.statusAsOf(LocalDate.of(2018, 1, 1)));
    assertEquals(Optional.empty(), r.statusAsOf(LocalDate.of(2017, 1, 1)));
    InvalidValueException e = assertThrows(
        InvalidValueException.class,
        () -> r.withStatusUpdate(StatusUpdate.of(LocalDate.of(2018, 1, 1), HealthCodelists.DISCONTINUED)));
    assertEquals(
        "Recommendation.statusHistory[2].date: 2018-01-01 is before the previous update (2018-05-02): the history is append-only",
        e.getMessage());
  }

  @Test
  void openOrClosedIsDecidedByTheStatusCodelistsTags() {
    Recommendation done = ct2017r2().build()
        .withStatusUpdate(StatusUpdate.of(LocalDate.of(2018, 5, 2), HealthCodelists.COMPLETED));
    assertFalse(done.isOpen(HealthCodelists.RECOMMENDATION_STATUSES));
    assertTrue(ct2017r2().build().isOpen(HealthCodelists.RECOMMENDATION_STATUSES));

    Codelist mine = Codelist.builder().name(HealthCodelists.RECOMMENDATION_STATUS).label(LocalizedText.en("Status"))
        .addEntries(CodeEntry.of("open", "Open", "Ouverte", HealthCodelists.OPEN))
        .addEntries(CodeEntry.of("closed", "Closed", "Clôturée", HealthCodelists.CLOSING))
        .build();
    Recommendation closed = ct2017r2().build()
        .withStatusUpdate(StatusUpdate.of(LocalDate.of(2018, 5, 2), Code.of("closed")));
    assertFalse(closed.isOpen(mine));
  }

  @Test
  void aUsersOwnStatusVocabularyValidatesThroughTheRegistry() {
    Codelist mine = Codelist.builder().name(HealthCodelists.RECOMMENDATION_STATUS).label(LocalizedText.en("Status"))
        .addEntries(CodeEntry.of("closed", "Closed", "Clôturée", HealthCodelists.CLOSING))
        .build();
    KindRegistry registry = KindRegistry.builder().addAll(KindRegistry.load().models()).replaceCodelist(mine).build();
    Actor dns = Actor.builder().id(Id.of("dns")).type(HealthCodelists.DIRECTORATE)
        .name(LocalizedText.fr("Direction Nationale de la Santé")).acronym("DNS").build();
    Recommendation closed = ct2017r2().build()
        .withStatusUpdate(StatusUpdate.of(LocalDate.of(2018, 5, 2), Code.of("closed")));
    Recommendation completed = ct2017r2().id(Id.of("r3")).build()
        .withStatusUpdate(StatusUpdate.of(LocalDate.of(2018, 5, 2), HealthCodelists.COMPLETED));
    assertEquals(
        List.of("ERROR unknown-code recommendation:r3 statusHistory[0].status: \"completed\" is not in codelist recommendation-status [closed]"),
        Dataset.of(registry, List.of(dns, closed, completed)).validate().violations().stream()
            .map(Violation::toString).toList());
  }

  @Test
  void aDeadlineBeforeAnEventMustReferToAMeeting() {
    Recommendation r = ct2017r2()
        .deadline(Deadline.builder().from(Deadline.beforeEvent("Avant CT 2018", "CT 2018"))
            .eventRef(Ref.of("actor", "dns")).build())
        .build();
    Actor dns = Actor.builder().id(Id.of("dns")).type(HealthCodelists.DIRECTORATE)
        .name(LocalizedText.fr("Direction Nationale de la Santé")).build();
    assertEquals(
        List.of("ERROR not-an-event recommendation:prodess-ct-2017.r2 deadline.eventRef: actor:dns is neither a meeting nor an event"),
        Dataset.of(KindRegistry.load(), List.of(dns, r)).validate().violations().stream()
            .map(Violation::toString).toList());
  }

  @Test
  void aBuilderRefusesNullNamingTheKindAndAttribute() {
    InvalidValueException element = assertThrows(InvalidValueException.class, () -> Recommendation.builder().addLead((Ref<Actor>) null));
    assertEquals("Recommendation.lead: must not hold a null element", element.getMessage());
    InvalidValueException statement = assertThrows(InvalidValueException.class, () -> Recommendation.builder().statement(null));
    assertEquals("Recommendation.statement: must not be null", statement.getMessage());
    InvalidValueException list = assertThrows(InvalidValueException.class,
        () -> Recommendation.builder().addAllSupporting(java.util.Arrays.asList(Actor.ref("dns"), null)));
    assertEquals("Recommendation.supporting", list.place().toString());
  }

  @Test
  void aMissingAttributeIsNamedWithItsKind() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Recommendation.builder().id(Id.of("r1")).type(HealthCodelists.RECOMMENDATION).build());
    assertEquals("Recommendation.statement: is required", e.getMessage());
  }
}
