package org.keneya.model;

import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.keneya.core.annotation.CodeOf;
import org.keneya.core.annotation.Due;
import org.keneya.core.annotation.Kind;
import org.keneya.core.annotation.KindRule;
import org.keneya.core.annotation.NonBlank;
import org.keneya.core.annotation.Origin;
import org.keneya.core.annotation.Responsible;
import org.keneya.core.annotation.StatusHistory;
import org.keneya.core.annotation.Theme;
import org.keneya.core.annotation.UniqueItems;
import org.keneya.core.kind.Codelist;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.Rule;
import org.keneya.core.validation.Checks;
import org.keneya.core.value.Code;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Provenance;
import org.keneya.core.value.Ref;

/**
 * A recommendation, action point or next step: what should be done, under which pillar or theme,
 * for which audience, by whom (lead and supporting actors, plus the wording as written), by when
 * (the {@link Deadline} as written and the horizon it was framed in), in answer to which discussion
 * point and findings, from which meeting — and its implementation status, an append-only dated
 * history.
 *
 * <pre>{@code
 * Recommendation r = Recommendation.builder()
 *     .id(Id.of("prodess-ct-2017.r2"))
 *     .type(HealthCodelists.RECOMMENDATION)
 *     .statement(LocalizedText.fr("Mettre en place une commission de réflexion sur la problématique de la gestion des ASC"))
 *     .addLead(Ref.of("actor", "dns"))
 *     .responsibleAsWritten("DNS")
 *     .deadline(Deadline.beforeEvent("Avant CT 2018", "CT 2018"))
 *     .discussionPoint(LocalizedText.fr("La gestion des ASC"))
 *     .meeting(Ref.of("meeting", "prodess-ct-2017"))
 *     .build();
 * Recommendation later = r.withStatusUpdate(StatusUpdate.of(LocalDate.of(2018, 5, 2), HealthCodelists.COMPLETED));
 * }</pre>
 */
@Kind(name = "recommendation", label = "Recommendation")
@Value.Immutable
public abstract class Recommendation implements Entity {
  /** Only the implementation Immutables generates, in this package, extends it. */
  Recommendation() {}

  @Override
  @Value.Parameter
  public abstract Id id();

  /** Recommendation, action point or next step. */
  @Value.Parameter
  @CodeOf(HealthCodelists.RECOMMENDATION_TYPE)
  public abstract Code type();

  @Value.Parameter
  public abstract LocalizedText statement();

  public final Optional<Ref<Pillar>> pillar() {
    return Optional.ofNullable(pillarOrNull());
  }

  /** {@link #pillar()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  @Theme
  abstract @Nullable Ref<Pillar> pillarOrNull();

  /** Who it is addressed to: the country (MoH, government and partners), global partners… */
  public final Optional<Code> audience() {
    return Optional.ofNullable(audienceOrNull());
  }

  /** {@link #audience()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  @CodeOf(HealthCodelists.AUDIENCE)
  abstract @Nullable Code audienceOrNull();

  /** The actors responsible for carrying it out. */
  @Value.Parameter
  @UniqueItems
  @Responsible("lead")
  public abstract List<Ref<Actor>> lead();

  /** Actors named as supporting or partners of the lead. */
  @Value.Parameter
  @Responsible("supporting")
  public abstract List<Ref<Actor>> supporting();

  /** The responsible structures exactly as written, such as {@code "DRS/DRSV/DRA/DREF/Partenaires"}. */
  public final Optional<String> responsibleAsWritten() {
    return Optional.ofNullable(responsibleAsWrittenOrNull());
  }

  /** {@link #responsibleAsWritten()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  @NonBlank
  abstract @Nullable String responsibleAsWrittenOrNull();

  public final Optional<Deadline> deadline() {
    return Optional.ofNullable(deadlineOrNull());
  }

  /** {@link #deadline()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  @Due
  abstract @Nullable Deadline deadlineOrNull();

  /** The horizon it was framed in, such as "dans les 6 prochains mois". */
  public final Optional<Deadline> horizon() {
    return Optional.ofNullable(horizonOrNull());
  }

  /** {@link #horizon()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  @Due
  abstract @Nullable Deadline horizonOrNull();

  /** The discussion point it answers, as written. */
  public final Optional<LocalizedText> discussionPoint() {
    return Optional.ofNullable(discussionPointOrNull());
  }

  /** {@link #discussionPoint()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  abstract @Nullable LocalizedText discussionPointOrNull();

  /** The findings or challenges it addresses. */
  @Value.Parameter
  public abstract List<Ref<Finding>> addresses();

  /** The meeting that formulated it. */
  public final Optional<Ref<Meeting>> meeting() {
    return Optional.ofNullable(meetingOrNull());
  }

  /** {@link #meeting()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  @Origin
  abstract @Nullable Ref<Meeting> meetingOrNull();

  /** The implementation history, oldest first; append with {@link #withStatusUpdate}. */
  @Value.Parameter
  @StatusHistory
  public abstract List<StatusUpdate> statusHistory();

  @Value.Parameter
  public abstract List<Provenance> provenance();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Recommendation}. */
  public static final class Builder extends ImmutableRecommendation.Builder {
    /** An empty builder, as {@link Recommendation#builder()} returns. */
    public Builder() {}
  }

  /** The latest status, if any was ever reported. */
  public Optional<Code> status() {
    return statusHistory().isEmpty()
        ? Optional.empty()
        : Optional.of(statusHistory().get(statusHistory().size() - 1).status());
  }

  /** The status as of a date: the latest update dated on or before it. */
  public Optional<Code> statusAsOf(LocalDate date) {
    Optional<Code> status = Optional.empty();
    for (StatusUpdate update : statusHistory()) {
      if (update.date().isAfter(date)) {
        break;
      }
      status = Optional.of(update.status());
    }
    return status;
  }

  /**
   * Whether it is still open under {@code statuses}: true when no status was reported, or when the
   * latest status is not tagged {@value HealthCodelists#CLOSING}.
   */
  public boolean isOpen(Codelist statuses) {
    return status()
        .flatMap(statuses::entry)
        .map(entry -> !entry.hasTag(HealthCodelists.CLOSING))
        .orElse(true);
  }

  /** A copy with one more status update; it must not be dated before the latest one. */
  public Recommendation withStatusUpdate(StatusUpdate update) {
    return builder().from(this).addStatusHistory(update).build();
  }

  /** The kind {@code recommendation}, described from this declaration by Keneya's annotation processor. */
  public static final EntityKind<Recommendation> KIND = RecommendationDescription.KIND;

  @Value.Check
  void check() {
    if (responsibleAsWrittenOrNull() != null) {
      Checks.notBlank("Recommendation.responsibleAsWritten", responsibleAsWrittenOrNull());
    }
    if (!supporting().isEmpty()) { // most recommendations have none: skip the sets
      Set<Ref<Actor>> both = Sets.intersection(Set.copyOf(lead()), Set.copyOf(supporting()));
      Checks.check(both.isEmpty(), "Recommendation.supporting", "%s also listed as lead", both);
    }
    Checks.distinct("Recommendation.lead", "an actor", lead());
    for (int i = 1; i < statusHistory().size(); i++) {
      LocalDate before = statusHistory().get(i - 1).date();
      LocalDate date = statusHistory().get(i).date();
      Checks.check(
          !date.isBefore(before),
          "Recommendation.statusHistory[" + i + "].date",
          "%s is before the previous update (%s): the history is append-only",
          date,
          before);
    }
  }

  /** A deadline before or at an event that names a record must name a meeting or an event. */
  @KindRule(description = "the event a deadline or horizon refers to is a meeting or an event",
      codes = "not-an-event")
  static void checkDeadlineEvents(Recommendation r, Rule.Context context) {
    // through the nullable accessors: validation runs this for every recommendation
    checkEvent(r.deadlineOrNull(), "deadline.eventRef", context);
    checkEvent(r.horizonOrNull(), "horizon.eventRef", context);
  }

  private static void checkEvent(@Nullable Deadline deadline, String path, Rule.Context context) {
    Ref<?> ref = deadline == null ? null : deadline.eventRef().orElse(null);
    if (ref != null && !ref.kind().equals(Meeting.KIND.name()) && !ref.kind().equals(Event.KIND.name())) {
      context.error(path, "not-an-event", ref + " is neither a meeting nor an event");
    }
  }
}
