package org.keneya.model;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.keneya.core.annotation.CodeOf;
import org.keneya.core.annotation.Kind;
import org.keneya.core.annotation.NonBlank;
import org.keneya.core.annotation.Occurs;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.validation.Checks;
import org.keneya.core.value.Code;
import org.keneya.core.value.DateRange;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Provenance;
import org.keneya.core.value.Ref;

/**
 * A workshop, technical committee, board session, symposium, signing ceremony or training: when and
 * where, whether announced or held, who took part in which role, its objectives and discussion
 * points. Its recommendations and next steps are {@link Recommendation}s that refer back to it;
 * what its source announces but cuts off is kept in {@link #gaps()}.
 *
 * <pre>{@code
 * Meeting ct = Meeting.builder().id(Id.of("prodess-ct-2017"))
 *     .type(HealthCodelists.TECHNICAL_COMMITTEE)
 *     .status(HealthCodelists.HELD)
 *     .title(LocalizedText.fr("Comité Technique du PRODESS 2017"))
 *     .dates(DateRange.of(LocalDate.of(2017, 5, 30), LocalDate.of(2017, 5, 31)))
 *     .venue("IERGG « Maison des Ainés »").city("Bamako")
 *     .build();
 * }</pre>
 */
@Kind(name = "meeting", label = "Meeting")
@Value.Immutable
public abstract class Meeting implements Entity {
  /** Only the implementation Immutables generates, in this package, extends it. */
  Meeting() {}

  @Override
  @Value.Parameter
  public abstract Id id();

  /** Workshop, technical committee, board session, symposium… */
  @Value.Parameter
  @CodeOf(HealthCodelists.MEETING_TYPE)
  public abstract Code type();

  @Value.Parameter
  public abstract LocalizedText title();

  /** Announced or held. */
  @Value.Parameter
  @CodeOf(HealthCodelists.MEETING_STATUS)
  public abstract Code status();

  public final Optional<DateRange> dates() {
    return Optional.ofNullable(datesOrNull());
  }

  /** {@link #dates()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  @Occurs
  abstract @Nullable DateRange datesOrNull();

  /** The venue as written. */
  public final Optional<String> venue() {
    return Optional.ofNullable(venueOrNull());
  }

  /** {@link #venue()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  @NonBlank
  abstract @Nullable String venueOrNull();

  public final Optional<String> city() {
    return Optional.ofNullable(cityOrNull());
  }

  /** {@link #city()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  @NonBlank
  abstract @Nullable String cityOrNull();

  @Value.Parameter
  public abstract List<Participation> participants();

  @Value.Parameter
  public abstract List<LocalizedText> generalObjectives();

  @Value.Parameter
  public abstract List<LocalizedText> specificObjectives();

  /** The points discussed, as written. */
  @Value.Parameter
  public abstract List<LocalizedText> discussionPoints();

  /** The programme the meeting belongs to. */
  public final Optional<Ref<Programme>> programme() {
    return Optional.ofNullable(programmeOrNull());
  }

  /** {@link #programme()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  abstract @Nullable Ref<Programme> programmeOrNull();

  /**
   * What the source announces but does not contain, such as a recommendations heading with nothing
   * after it — recorded so that it is not silently lost.
   */
  @Value.Parameter
  public abstract List<LocalizedText> gaps();

  @Value.Parameter
  public abstract List<Provenance> provenance();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Meeting}. */
  public static final class Builder extends ImmutableMeeting.Builder {
    /** An empty builder, as {@link Meeting#builder()} returns. */
    public Builder() {}
  }

  /** The participants holding a role, such as {@link HealthCodelists#CHAIR}. */
  public ImmutableList<Ref<Actor>> withRole(Code role) {
    return participants().stream()
        .filter(p -> p.hasRole(role))
        .map(Participation::actor)
        .collect(ImmutableList.toImmutableList());
  }

  /** The kind {@code meeting}, described from this declaration by Keneya's annotation processor. */
  public static final EntityKind<Meeting> KIND = MeetingDescription.KIND;

  @Value.Check
  void check() {
    venue().ifPresent(v -> Checks.notBlank("Meeting.venue", v));
    city().ifPresent(c -> Checks.notBlank("Meeting.city", c));
    Participation.checkDistinctActors("Meeting.participants", participants());
  }
}
