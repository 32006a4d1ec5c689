package org.keneya.model;

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
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.PartialDate;
import org.keneya.core.value.Provenance;
import org.keneya.core.value.Ref;

/**
 * An event or a decision the documents date: a letter of agreement signed, a ministerial decision
 * creating a platform, a decree, an experts' visit, a plan validated — what happened or was
 * decided, its type, its date as precisely as the source gives it (a day, a month, a year), the
 * reference as written, and the actors, programmes and meetings it concerns. A deadline before or
 * at an event can refer to its record, which dates it.
 *
 * <pre>{@code
 * Event decision = Event.builder().id(Id.of("decision-pnc-sn-2023"))
 *     .type(HealthCodelists.DECISION)
 *     .title(LocalizedText.fr("Création de la plateforme nationale de coordination de la santé numérique"))
 *     .date(PartialDate.parse("2023-09-27"))
 *     .reference("Décision n° 2023_002121/MSDS-SG")
 *     .addActors(Actor.ref("msds"))
 *     .build();
 * }</pre>
 */
@Kind(name = "event", label = "Event or decision")
@Value.Immutable
public abstract class Event implements Entity {
  /** Only the implementation Immutables generates, in this package, extends it. */
  Event() {}

  @Override
  @Value.Parameter
  public abstract Id id();

  /** Decision, decree, letter of agreement, visit, validation, signature… */
  @Value.Parameter
  @CodeOf(HealthCodelists.EVENT_TYPE)
  public abstract Code type();

  /** What happened or was decided. */
  @Value.Parameter
  public abstract LocalizedText title();

  /** When, as precisely as the source says: a day, a month or a year. */
  public final Optional<PartialDate> date() {
    return Optional.ofNullable(dateOrNull());
  }

  /** {@link #date()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  @Occurs
  abstract @Nullable PartialDate dateOrNull();

  /** The reference as written, such as {@code "Décision n° 2023_002121/MSDS-SG"}. */
  public final Optional<String> reference() {
    return Optional.ofNullable(referenceOrNull());
  }

  /** {@link #reference()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  @NonBlank
  abstract @Nullable String referenceOrNull();

  /** The actors it concerns: who decided, signed, visited, or is created or named. */
  @Value.Parameter
  public abstract List<Ref<Actor>> actors();

  /** The programmes and plans it concerns. */
  @Value.Parameter
  public abstract List<Ref<Programme>> programmes();

  /** The meetings it concerns, such as the session where a plan was validated. */
  @Value.Parameter
  public abstract List<Ref<Meeting>> meetings();

  @Value.Parameter
  public abstract List<Provenance> provenance();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Event}. */
  public static final class Builder extends ImmutableEvent.Builder {
    /** An empty builder, as {@link Event#builder()} returns. */
    public Builder() {}
  }

  /** The kind {@code event}, described from this declaration by Keneya's annotation processor. */
  public static final EntityKind<Event> KIND = EventDescription.KIND;

  @Value.Check
  void check() {
    reference().ifPresent(r -> Checks.notBlank("Event.reference", r));
    Checks.distinct("Event.actors", "an actor", actors());
    Checks.distinct("Event.programmes", "a programme", programmes());
    Checks.distinct("Event.meetings", "a meeting", meetings());
  }
}
