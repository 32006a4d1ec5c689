package org.keneya.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.value.DateRange;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Ref;
import org.keneya.model.Actor;
import org.keneya.model.Framework;
import org.keneya.model.HealthCodelists;
import org.keneya.model.HealthModel;
import org.keneya.model.Meeting;
import org.keneya.model.Pillar;
import org.keneya.model.Recommendation;

/**
 * The data every codec benchmark uses: N recommendations with 100 actors, a framework of 6 pillars
 * and one meeting per 100 recommendations, shaped like the seeds' (French statement, one or two
 * lead actors, the responsible structures as written, a deadline before an event, a pillar and the
 * meeting it came from, sometimes a discussion point), and the equivalent plain Java records that
 * a user would map by hand with Jackson databind, Gson or jackson-dataformat-csv.
 */
final class Fixtures {
  private Fixtures() {}

  /** The registry every benchmark reads and writes with: the health model's kinds. */
  static final KindRegistry REGISTRY = KindRegistry.of(new HealthModel());

  static final int ACTORS = 100;
  static final int PILLARS = 6;
  static final int RECOMMENDATIONS_PER_MEETING = 100;

  static int meetings(int recommendations) {
    return Math.max(1, recommendations / RECOMMENDATIONS_PER_MEETING);
  }

  static Dataset dataset(int recommendations) {
    List<Entity> entities = new ArrayList<>();
    for (int i = 0; i < ACTORS; i++) {
      entities.add(actor(i));
    }
    entities.add(framework());
    for (int i = 0; i < PILLARS; i++) {
      entities.add(pillar(i));
    }
    for (int i = 0; i < meetings(recommendations); i++) {
      entities.add(meeting(i));
    }
    for (int i = 0; i < recommendations; i++) {
      entities.add(recommendation(i));
    }
    return Dataset.of(REGISTRY, entities);
  }

  static Framework framework() {
    return Framework.builder().id(Id.of("hbhi")).type(HealthCodelists.FRAMEWORK_PILLARS)
        .name(LocalizedText.fr("D'une charge élevée à un impact élevé")).acronym("HBHI").build();
  }

  static Pillar pillar(int i) {
    return Pillar.builder().id(Id.of("hbhi.p" + (i + 1))).framework(Ref.of("framework", "hbhi")).position(i + 1)
        .code("P" + (i + 1)).name(LocalizedText.fr("Pilier n° " + (i + 1) + " : engagement politique")).build();
  }

  static Meeting meeting(int i) {
    return Meeting.builder().id(Id.of("atelier-" + i)).type(HealthCodelists.WORKSHOP).status(HealthCodelists.HELD)
        .title(LocalizedText.fr("Atelier de validation n° " + i + " du plan « santé communautaire »"))
        .dates(DateRange.of(LocalDate.of(2022, 8, 24), LocalDate.of(2022, 8, 26))).city("Ségou").build();
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
        .deadline(Deadline.beforeEvent("Avant CT 2018", "CT 2018"))
        .pillar(Ref.of("pillar", "hbhi.p" + (i % PILLARS + 1)))
        .meeting(Ref.of("meeting", "atelier-" + i / RECOMMENDATIONS_PER_MEETING));
    if (i % 3 == 0) {
      r.addLead(Actor.ref("actor-" + ((i + 1) % ACTORS)));
      r.discussionPoint(LocalizedText.fr("La fonctionnalité de la logistique roulante"));
    }
    return r.build();
  }

  // ---- the equivalent records, as a user would write them for a mapping library

  record DeadlineRecord(String asWritten, String form, String event) {}

  record ActorRecord(String id, String type, Map<String, String> name, String acronym) {}

  record FrameworkRecord(String id, String type, Map<String, String> name, String acronym) {}

  record PillarRecord(String id, String framework, int position, String code, Map<String, String> name) {}

  record DatesRecord(String start, String end) {}

  record MeetingRecord(String id, String type, Map<String, String> title, String status, DatesRecord dates, String city) {}

  record RecommendationRecord(
      String id, String type, Map<String, String> statement, String pillar, List<String> lead, String responsibleAsWritten,
      DeadlineRecord deadline, Map<String, String> discussionPoint, String meeting) {}

  record KindsRecord(
      List<ActorRecord> actor, List<FrameworkRecord> framework, List<PillarRecord> pillar, List<MeetingRecord> meeting,
      List<RecommendationRecord> recommendation) {}

  record DatasetRecord(String format, int version, KindsRecord kinds) {}

  /**
   * One flat CSV row per recommendation, as a user would declare it to map Keneya's table: every
   * column of the table in its order, {@code null} for an empty cell (the 16 columns of properties
   * this data leaves absent included, as a mapping of the same table must have them).
   */
  record RecommendationRow(
      String id, String type, String statementFr, String pillar, String audience, String lead, String supporting,
      String responsibleAsWritten,
      String deadlineAsWritten, String deadlineForm, String deadlineDate, String deadlineEvent, String deadlineEventRef,
      String deadlinePeriod, String deadlineReference,
      String horizonAsWritten, String horizonForm, String horizonDate, String horizonEvent, String horizonEventRef,
      String horizonPeriod, String horizonReference,
      String discussionPointFr, String addresses, String meeting, String statusHistory, String provenance) {}

  static DatasetRecord records(int recommendations) {
    List<ActorRecord> actors = new ArrayList<>();
    for (int i = 0; i < ACTORS; i++) {
      Actor a = actor(i);
      actors.add(new ActorRecord(a.id().value(), a.type().value(), fr(a.name().text()), a.acronym().orElseThrow()));
    }
    Framework f = framework();
    List<FrameworkRecord> frameworks = List.of(
        new FrameworkRecord(f.id().value(), f.type().value(), fr(f.name().text()), f.acronym().orElseThrow()));
    List<PillarRecord> pillars = new ArrayList<>();
    for (int i = 0; i < PILLARS; i++) {
      Pillar p = pillar(i);
      pillars.add(new PillarRecord(p.id().value(), "hbhi", p.position(), p.code().orElseThrow(), fr(p.name().text())));
    }
    List<MeetingRecord> meetings = new ArrayList<>();
    for (int i = 0; i < meetings(recommendations); i++) {
      Meeting m = meeting(i);
      meetings.add(new MeetingRecord(m.id().value(), m.type().value(), fr(m.title().text()), m.status().value(),
          new DatesRecord("2022-08-24", "2022-08-26"), m.city().orElseThrow()));
    }
    List<RecommendationRecord> recs = new ArrayList<>();
    for (int i = 0; i < recommendations; i++) {
      Recommendation r = recommendation(i);
      recs.add(new RecommendationRecord(
          r.id().value(), r.type().value(), fr(r.statement().text()), r.pillar().orElseThrow().id().value(),
          r.lead().stream().map(ref -> ref.id().value()).toList(), r.responsibleAsWritten().orElseThrow(),
          new DeadlineRecord("Avant CT 2018", "before-event", "CT 2018"),
          r.discussionPoint().map(t -> fr(t.text())).orElse(null), r.meeting().orElseThrow().id().value()));
    }
    return new DatasetRecord("keneya-dataset", 1, new KindsRecord(actors, frameworks, pillars, meetings, recs));
  }

  static List<RecommendationRow> rows(int recommendations) {
    List<RecommendationRow> rows = new ArrayList<>();
    for (int i = 0; i < recommendations; i++) {
      Recommendation r = recommendation(i);
      rows.add(new RecommendationRow(
          r.id().value(), r.type().value(), r.statement().text(), r.pillar().orElseThrow().id().value(), null,
          "[" + String.join(",", r.lead().stream().map(ref -> "\"" + ref.id().value() + "\"").toList()) + "]", null,
          r.responsibleAsWritten().orElseThrow(),
          "Avant CT 2018", "before-event", null, "CT 2018", null, null, null,
          null, null, null, null, null, null, null,
          r.discussionPoint().map(LocalizedText::text).orElse(null), null, r.meeting().orElseThrow().id().value(),
          null, null));
    }
    return rows;
  }

  private static Map<String, String> fr(String text) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("fr", text);
    return m;
  }
}
