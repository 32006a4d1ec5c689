package org.keneya.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.model.Actor;
import org.keneya.model.HealthCodelists;
import org.keneya.model.Recommendation;

/**
 * The data every codec benchmark uses: N recommendations with 100 actors, shaped like the seeds'
 * (French statement, one or two lead actors, the responsible structures as written, a deadline
 * before an event, sometimes a discussion point), and the equivalent plain Java records that a user
 * would map by hand with Jackson databind, Gson or jackson-dataformat-csv.
 */
final class Fixtures {
  private Fixtures() {}

  static final int ACTORS = 100;

  static Dataset dataset(int recommendations) {
    List<Entity> entities = new ArrayList<>();
    for (int i = 0; i < ACTORS; i++) {
      entities.add(actor(i));
    }
    for (int i = 0; i < recommendations; i++) {
      entities.add(recommendation(i));
    }
    return Dataset.of(KindRegistry.load(), entities);
  }

  static Actor actor(int i) {
    return Actor.builder().id(Id.of("actor-" + i)).type(HealthCodelists.DIRECTORATE)
        .name(LocalizedText.fr("Direction régionale de la santé n° " + i)).acronym("DRS" + i).build();
  }

  static Recommendation recommendation(int i) {
    Recommendation.Builder r = Recommendation.builder()
        .id(Id.of("r" + i))
        .type(HealthCodelists.RECOMMENDATION)
        .statement(LocalizedText.fr("Élaborer un plan de renouvellement de la logistique roulante, « priorité » n° " + i))
        .addLead(Actor.ref("actor-" + (i % ACTORS)))
        .responsibleAsWritten("DRS/DRSV/DRA/DREF/Partenaires")
        .deadline(Deadline.beforeEvent("Avant CT 2018", "CT 2018"));
    if (i % 3 == 0) {
      r.addLead(Actor.ref("actor-" + ((i + 1) % ACTORS)));
      r.discussionPoint(LocalizedText.fr("La fonctionnalité de la logistique roulante"));
    }
    return r.build();
  }

  // ---- the equivalent records, as a user would write them for a mapping library

  record DeadlineRecord(String asWritten, String form, String event) {}

  record ActorRecord(String id, String type, Map<String, String> name, String acronym) {}

  record RecommendationRecord(
      String id, String type, Map<String, String> statement, List<String> lead, String responsibleAsWritten,
      DeadlineRecord deadline, Map<String, String> discussionPoint) {}

  record KindsRecord(List<ActorRecord> actor, List<RecommendationRecord> recommendation) {}

  record DatasetRecord(String format, int version, KindsRecord kinds) {}

  /** One flat CSV row per recommendation, the same columns as Keneya's table of the same data. */
  record RecommendationRow(
      String id, String type, String statementFr, String lead, String responsibleAsWritten,
      String deadlineAsWritten, String deadlineForm, String deadlineEvent, String discussionPointFr) {}

  static DatasetRecord records(int recommendations) {
    List<ActorRecord> actors = new ArrayList<>();
    for (int i = 0; i < ACTORS; i++) {
      Actor a = actor(i);
      actors.add(new ActorRecord(a.id().value(), a.type().value(), fr(a.name().text()), a.acronym().orElseThrow()));
    }
    List<RecommendationRecord> recs = new ArrayList<>();
    for (int i = 0; i < recommendations; i++) {
      Recommendation r = recommendation(i);
      recs.add(new RecommendationRecord(
          r.id().value(), r.type().value(), fr(r.statement().text()),
          r.lead().stream().map(ref -> ref.id().value()).toList(), r.responsibleAsWritten().orElseThrow(),
          new DeadlineRecord("Avant CT 2018", "before-event", "CT 2018"),
          r.discussionPoint().map(t -> fr(t.text())).orElse(null)));
    }
    return new DatasetRecord("keneya-dataset", 1, new KindsRecord(actors, recs));
  }

  static List<RecommendationRow> rows(int recommendations) {
    List<RecommendationRow> rows = new ArrayList<>();
    for (int i = 0; i < recommendations; i++) {
      Recommendation r = recommendation(i);
      rows.add(new RecommendationRow(
          r.id().value(), r.type().value(), r.statement().text(),
          "[" + String.join(",", r.lead().stream().map(ref -> "\"" + ref.id().value() + "\"").toList()) + "]",
          r.responsibleAsWritten().orElseThrow(), "Avant CT 2018", "before-event", "CT 2018",
          r.discussionPoint().map(LocalizedText::text).orElse("")));
    }
    return rows;
  }

  private static Map<String, String> fr(String text) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("fr", text);
    return m;
  }
}
