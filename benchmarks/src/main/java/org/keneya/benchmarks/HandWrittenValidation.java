package org.keneya.benchmarks;

import com.google.common.base.Preconditions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.value.Code;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.Ref;
import org.keneya.model.Actor;
import org.keneya.model.Framework;
import org.keneya.model.HealthCodelists;
import org.keneya.model.Meeting;
import org.keneya.model.Pillar;
import org.keneya.model.Recommendation;

/**
 * The floor of validating Keneya's model objects: the checks {@link Dataset#validate()} makes of
 * the {@link Fixtures} dataset — duplicate ids, references that resolve, codes in their codelists,
 * a deadline's event a meeting — written by hand for the five kinds the fixtures fill, with the
 * getters called directly, one hash set of the dataset's references and one per codelist: no walk
 * over the kinds' descriptions, no paths, no violations built (it counts them).
 *
 * <p>It shows what the memory hierarchy does to validation's growth from 1,000 to 100,000
 * recommendations, apart from anything Keneya's validator does: {@link #readOnly} reads only the
 * bytes every validator must read (each id, each reference's id, each code), {@link #count} adds
 * the checks. Both grow from 1,000 to 100,000 by far more than a hundredfold, because 1,000
 * recommendations stay in the processor's caches when validated again and again, and 100,000 do
 * not (BENCHMARKS.md has the figures).
 *
 * <pre>{@code
 * HandWrittenValidation byHand = new HandWrittenValidation(Fixtures.dataset(1_000));
 * byHand.count();   // 0: the fixtures are valid
 * }</pre>
 *
 * <p>Not part of the library: it throws {@link UnsupportedOperationException} on a property the
 * fixtures never set rather than skipping it, and {@link #checkSameVerdict} checks it against
 * Keneya's validator on planted errors.
 */
final class HandWrittenValidation {
  private final Dataset dataset;
  private final Set<Ref<?>> references = new HashSet<>(); // built once, as the dataset's own index
  private final Set<Code> actorTypes;
  private final Set<Code> frameworkTypes;
  private final Set<Code> meetingTypes;
  private final Set<Code> meetingStatuses;
  private final Set<Code> recommendationTypes;
  private final Set<Code> audiences;
  private int violations;

  HandWrittenValidation(Dataset dataset) {
    this.dataset = dataset;
    actorTypes = codes(HealthCodelists.ACTOR_TYPE);
    frameworkTypes = codes(HealthCodelists.FRAMEWORK_TYPE);
    meetingTypes = codes(HealthCodelists.MEETING_TYPE);
    meetingStatuses = codes(HealthCodelists.MEETING_STATUS);
    recommendationTypes = codes(HealthCodelists.RECOMMENDATION_TYPE);
    audiences = codes(HealthCodelists.AUDIENCE);
    for (EntityKind<?> kind : dataset.kinds()) {
      for (Entity entity : dataset.entities(kind)) {
        references.add(kind.ref(entity.id()));
      }
    }
  }

  private Set<Code> codes(String codelist) {
    return new HashSet<>(dataset.registry().codelist(codelist).orElseThrow().codes());
  }

  /** The number of violations in the dataset: duplicate ids, dangling references, unknown codes, non-meeting events. */
  int count() {
    violations = 0;
    actors(dataset.entities(Actor.KIND));
    frameworks(dataset.entities(Framework.KIND));
    pillars(dataset.entities(Pillar.KIND));
    meetings(dataset.entities(Meeting.KIND));
    recommendations(dataset.entities(Recommendation.KIND));
    return violations;
  }

  private void actors(List<Actor> actors) {
    @Nullable Id previous = null;
    for (int i = 0; i < actors.size(); i++) {
      Actor a = actors.get(i);
      previous = id(a.id(), previous);
      code(a.type(), actorTypes);
      unsupported(a.level().orElse(null) == null && a.parent().orElse(null) == null && a.provenance().isEmpty());
    }
  }

  private void frameworks(List<Framework> frameworks) {
    @Nullable Id previous = null;
    for (int i = 0; i < frameworks.size(); i++) {
      Framework f = frameworks.get(i);
      previous = id(f.id(), previous);
      code(f.type(), frameworkTypes);
      unsupported(f.provenance().isEmpty());
    }
  }

  private void pillars(List<Pillar> pillars) {
    @Nullable Id previous = null;
    for (int i = 0; i < pillars.size(); i++) {
      Pillar p = pillars.get(i);
      previous = id(p.id(), previous);
      reference(p.framework());
      unsupported(p.provenance().isEmpty());
    }
  }

  private void meetings(List<Meeting> meetings) {
    @Nullable Id previous = null;
    for (int i = 0; i < meetings.size(); i++) {
      Meeting m = meetings.get(i);
      previous = id(m.id(), previous);
      code(m.type(), meetingTypes);
      code(m.status(), meetingStatuses);
      unsupported(m.participants().isEmpty() && m.programme().orElse(null) == null && m.provenance().isEmpty());
    }
  }

  private void recommendations(List<Recommendation> recommendations) {
    @Nullable Id previous = null;
    for (int i = 0; i < recommendations.size(); i++) {
      Recommendation r = recommendations.get(i);
      previous = id(r.id(), previous);
      code(r.type(), recommendationTypes);
      reference(r.pillar().orElse(null));
      Code audience = r.audience().orElse(null);
      if (audience != null) {
        code(audience, audiences);
      }
      List<Ref<Actor>> lead = r.lead();
      for (int j = 0; j < lead.size(); j++) {
        reference(lead.get(j));
      }
      event(r.deadline().orElse(null));
      event(r.horizon().orElse(null));
      reference(r.meeting().orElse(null));
      unsupported(r.supporting().isEmpty() && r.addresses().isEmpty() && r.statusHistory().isEmpty()
          && r.provenance().isEmpty());
    }
  }

  private Id id(Id id, @Nullable Id previous) {
    if (id.equals(previous)) { // in id order, as the dataset keeps them
      violations++;
    }
    return id;
  }

  private void code(Code code, Set<Code> codelist) {
    if (!codelist.contains(code)) {
      violations++;
    }
  }

  private void reference(@Nullable Ref<?> ref) {
    if (ref != null && !references.contains(ref)) {
      violations++;
    }
  }

  private void event(@Nullable Deadline deadline) {
    Ref<?> event = deadline == null ? null : deadline.eventRef().orElse(null);
    if (event != null) {
      reference(event);
      if (!event.kind().equals(Meeting.KIND.name())) {
        violations++;
      }
    }
  }

  private static void unsupported(boolean onlyWhatTheFixturesSet) {
    if (!onlyWhatTheFixturesSet) {
      throw new UnsupportedOperationException("a property the fixtures never set: not validated by hand");
    }
  }

  /**
   * A sum over the bytes every validator of this dataset must read and nothing else: the last
   * character of each entity's id (duplicates), of each reference's id (resolution) and of each
   * code — the memory validation cannot avoid touching, read in the tightest loop.
   */
  int readOnly() {
    int sum = 0;
    for (Actor a : dataset.entities(Actor.KIND)) {
      sum += last(a.id().value()) + last(a.type().value());
    }
    for (Framework f : dataset.entities(Framework.KIND)) {
      sum += last(f.id().value()) + last(f.type().value());
    }
    for (Pillar p : dataset.entities(Pillar.KIND)) {
      sum += last(p.id().value()) + last(p.framework());
    }
    for (Meeting m : dataset.entities(Meeting.KIND)) {
      sum += last(m.id().value()) + last(m.type().value()) + last(m.status().value());
    }
    List<Recommendation> recommendations = dataset.entities(Recommendation.KIND);
    for (int i = 0; i < recommendations.size(); i++) { // each recommendation read once
      Recommendation r = recommendations.get(i);
      sum += last(r.id().value()) + last(r.type().value()) + last(r.pillar().orElse(null)) + last(r.meeting().orElse(null));
      List<Ref<Actor>> lead = r.lead();
      for (int j = 0; j < lead.size(); j++) {
        sum += last(lead.get(j));
      }
      Deadline deadline = r.deadline().orElse(null);
      sum += deadline == null ? 0 : last(deadline.eventRef().orElse(null));
    }
    return sum;
  }

  private static int last(@Nullable Ref<?> ref) {
    return ref == null ? 0 : last(ref.id().value());
  }

  private static int last(String text) {
    return text.charAt(text.length() - 1);
  }

  /**
   * Checks that this validator by hand finds what Keneya's finds: none in the fixtures, and one for
   * each error planted in them (a duplicate id, a dangling reference, an unknown code).
   */
  static void checkSameVerdict() {
    Dataset valid = Fixtures.dataset(300);
    Preconditions.checkState(new HandWrittenValidation(valid).count() == 0 && valid.validate().isValid());
    Dataset planted = valid.toBuilder()
        .add(Fixtures.recommendation(7)) // a second r7
        .add(Recommendation.builder().from(Fixtures.recommendation(300)).meeting(Ref.of("meeting", "nowhere")).build())
        .add(Actor.builder().from(Fixtures.actor(100)).type(Code.of("unknown-type")).build())
        .build();
    int keneya = planted.validate().errors().size();
    int byHand = new HandWrittenValidation(planted).count();
    Preconditions.checkState(keneya == 3 && byHand == 3, "Keneya found %s errors, the validator by hand %s", keneya, byHand);
  }
}
