package org.keneya.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.keneya.core.annotation.AtLeast;
import org.keneya.core.annotation.CodeOf;
import org.keneya.core.annotation.NonBlank;
import org.keneya.core.annotation.NotEmpty;
import org.keneya.core.annotation.Struct;
import org.keneya.core.annotation.UniqueItems;
import org.keneya.core.kind.StructType;
import org.keneya.core.validation.Checks;
import org.keneya.core.value.Code;
import org.keneya.core.value.Ref;

/**
 * How an actor takes part in a meeting or a programme: its roles, explicit and possibly several
 * (funding, accountable, extending, implementing as in IATI; organiser, chair, participant…), the
 * level it came from, how many people it sent, and the wording as written.
 *
 * <pre>{@code
 * Participation insp = Participation.builder().actor(Ref.of("actor", "insp"))
 *     .addRoles(HealthCodelists.ORGANISER, HealthCodelists.PARTICIPANT)
 *     .level(HealthCodelists.NATIONAL)
 *     .build();
 * }</pre>
 */
@Struct("participation")
@Value.Immutable
public abstract class Participation {
  /** Only the implementation Immutables generates, in this package, extends it. */
  Participation() {}

  @Value.Parameter
  public abstract Ref<Actor> actor();

  /** Codes of the {@value HealthCodelists#ROLE} codelist; at least one, none twice. */
  @Value.Parameter
  @CodeOf(HealthCodelists.ROLE)
  @NotEmpty
  @UniqueItems
  public abstract List<Code> roles();

  /** The level the actor took part at, when the source says. */
  public final Optional<Code> level() {
    return Optional.ofNullable(levelOrNull());
  }

  /** {@link #level()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  @CodeOf(HealthCodelists.LEVEL)
  abstract @Nullable Code levelOrNull();

  /** How many people the actor sent, when the source says ("03 représentants"). */
  public final Optional<Integer> headcount() {
    return Optional.ofNullable(headcountOrNull());
  }

  /** {@link #headcount()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  @AtLeast(1)
  abstract @Nullable Integer headcountOrNull();

  /** The participant as the source wrote it, such as "le médecin d'appui OMS à la DRS de Gao". */
  public final Optional<String> asWritten() {
    return Optional.ofNullable(asWrittenOrNull());
  }

  /** {@link #asWritten()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  @NonBlank
  abstract @Nullable String asWrittenOrNull();

  public boolean hasRole(Code role) {
    return roles().contains(role);
  }

  public static Participation of(Ref<Actor> actor, Code... roles) {
    return builder().actor(actor).addRoles(roles).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Participation}. */
  public static final class Builder extends ImmutableParticipation.Builder {
    /** An empty builder, as {@link Participation#builder()} returns. */
    public Builder() {}
  }

  /** The structure {@code participation}, described from this declaration by Keneya's annotation processor. */
  public static final StructType<Participation> TYPE = ParticipationDescription.TYPE;

  @Value.Check
  void check() {
    Checks.notEmpty("Participation.roles", roles());
    Checks.distinct("Participation.roles", "a role", roles());
    headcount().ifPresent(n -> Checks.check(n >= 1, "Participation.headcount", "must be 1 or more, was %s", n));
    asWritten().ifPresent(w -> Checks.notBlank("Participation.asWritten", w));
  }

  /** Checks that no actor appears twice in a list of participations. */
  static void checkDistinctActors(String field, List<Participation> participants) {
    long distinct = participants.stream().map(Participation::actor).distinct().count();
    Checks.check(
        distinct == participants.size(), field, "lists an actor twice; give one participation several roles instead");
  }
}
