package org.keneya.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.keneya.core.annotation.CodeOf;
import org.keneya.core.annotation.Kind;
import org.keneya.core.annotation.KindRule;
import org.keneya.core.annotation.NonBlank;
import org.keneya.core.annotation.UniqueItems;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.Rule;
import org.keneya.core.validation.Checks;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Provenance;
import org.keneya.core.value.Ref;

/**
 * An organisation or a person in a role: a ministry, a directorate (DNS, DGS, DESR…), an agency
 * (ANTIM, INSP), a technical and financial partner (UNICEF, USAID, OMS…), civil society (FENASCOM,
 * AMM), a community association (ASACO), a named person. Actors sit at a level and often under a
 * parent; aliases and misspellings found in sources ("FENASCO") resolve to them.
 *
 * <pre>{@code
 * Actor desr = Actor.builder().id(Id.of("desr"))
 *     .type(HealthCodelists.DIRECTORATE)
 *     .acronym("DESR")
 *     .name(LocalizedText.fr("Division Établissements Sanitaires et Réglementation"))
 *     .level(HealthCodelists.NATIONAL)
 *     .parent(Ref.of("actor", "dgs"))
 *     .addAliases("SDESR")
 *     .build();
 * }</pre>
 */
@Kind(name = "actor", label = "Actor")
@Value.Immutable
public abstract class Actor implements Entity {
  /** Only the implementation Immutables generates, in this package, extends it. */
  Actor() {}

  @Override
  @Value.Parameter
  public abstract Id id();

  /** Ministry, directorate, agency, partner, NGO, … or person. */
  @Value.Parameter
  @CodeOf(HealthCodelists.ACTOR_TYPE)
  public abstract Code type();

  @Value.Parameter
  public abstract LocalizedText name();

  public final Optional<String> acronym() {
    return Optional.ofNullable(acronymOrNull());
  }

  /** {@link #acronym()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  @NonBlank
  abstract @Nullable String acronymOrNull();

  /** Other names and misspellings found in sources. */
  @Value.Parameter
  @NonBlank
  @UniqueItems
  public abstract List<String> aliases();

  /** International, national, regional, district, commune or health area. */
  public final Optional<Code> level() {
    return Optional.ofNullable(levelOrNull());
  }

  /** {@link #level()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  @CodeOf(HealthCodelists.LEVEL)
  abstract @Nullable Code levelOrNull();

  public final Optional<Ref<Actor>> parent() {
    return Optional.ofNullable(parentOrNull());
  }

  /** {@link #parent()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  abstract @Nullable Ref<Actor> parentOrNull();

  /** For a person: the title or function, such as "Conseiller technique". */
  public final Optional<LocalizedText> title() {
    return Optional.ofNullable(titleOrNull());
  }

  /** {@link #title()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  abstract @Nullable LocalizedText titleOrNull();

  @Value.Parameter
  public abstract List<Provenance> provenance();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Actor}. */
  public static final class Builder extends ImmutableActor.Builder {
    /** An empty builder, as {@link Actor#builder()} returns. */
    public Builder() {}
  }

  /** A reference to the actor with this id. */
  public static Ref<Actor> ref(String id) {
    return Ref.of("actor", id);
  }

  /** Whether {@code name} is this actor's acronym or one of its aliases, ignoring case. */
  public boolean isKnownAs(String name) {
    return acronym().filter(name::equalsIgnoreCase).isPresent()
        || aliases().stream().anyMatch(name::equalsIgnoreCase);
  }

  /** The kind {@code actor}, described from this declaration by Keneya's annotation processor. */
  public static final EntityKind<Actor> KIND = ActorDescription.KIND;

  @Value.Check
  void check() {
    acronym().ifPresent(a -> Checks.notBlank("Actor.acronym", a));
    for (int i = 0; i < aliases().size(); i++) {
      Checks.notBlank("Actor.aliases[" + i + "]", aliases().get(i));
    }
    Checks.distinct("Actor.aliases", "a name", aliases());
    Checks.check(
        parent().map(p -> !p.id().equals(id())).orElse(true), "Actor.parent", "%s cannot be its own parent", id());
  }

  /** The parent chain must end: no actor may be its own ancestor. */
  @KindRule(description = "an actor is not its own ancestor through its parents", codes = "parent-cycle")
  static void checkParentChain(Actor actor, Rule.Context context) {
    Set<Id> seen = new HashSet<>();
    seen.add(actor.id());
    Optional<Ref<Actor>> next = actor.parent();
    while (next.isPresent()) {
      if (!seen.add(next.get().id())) {
        context.error("parent", "parent-cycle", actor.id() + " is its own ancestor through " + next.get());
        return;
      }
      next = context.resolve(next.get()).flatMap(Actor::parent);
    }
  }
}
