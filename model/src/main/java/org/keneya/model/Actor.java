package org.keneya.model;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.Constraint;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.PropertyValues;
import org.keneya.core.kind.Rule;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
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
@Value.Immutable
public abstract class Actor implements Entity {
  /** Only the implementation Immutables generates, in this package, extends it. */
  Actor() {}

  @Override
  @Value.Parameter
  public abstract Id id();

  /** Ministry, directorate, agency, partner, NGO, … or person. */
  @Value.Parameter
  public abstract Code type();

  @Value.Parameter
  public abstract LocalizedText name();

  public final Optional<String> acronym() {
    return Optional.ofNullable(acronymOrNull());
  }

  /** {@link #acronym()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  public abstract @Nullable String acronymOrNull();

  /** Other names and misspellings found in sources. */
  @Value.Parameter
  public abstract List<String> aliases();

  /** International, national, regional, district, commune or health area. */
  public final Optional<Code> level() {
    return Optional.ofNullable(levelOrNull());
  }

  /** {@link #level()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  public abstract @Nullable Code levelOrNull();

  public final Optional<Ref<Actor>> parent() {
    return Optional.ofNullable(parentOrNull());
  }

  /** {@link #parent()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  public abstract @Nullable Ref<Actor> parentOrNull();

  /** For a person: the title or function, such as "Conseiller technique". */
  public final Optional<LocalizedText> title() {
    return Optional.ofNullable(titleOrNull());
  }

  /** {@link #title()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  public abstract @Nullable LocalizedText titleOrNull();

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

  /** The kind {@code actor}. */
  public static final EntityKind<Actor> KIND =
      EntityKind.of(
          "actor",
          "Actor",
          StructType.positional("actor", Actor.class, Actor::create)
              .add("id", ValueType.id(), Actor::id)
              .add("type", ValueType.code(HealthCodelists.ACTOR_TYPE), Actor::type)
              .add("name", ValueType.localizedText(), Actor::name)
              .addOptional("acronym", ValueType.string(), Actor::acronymOrNull, Constraint.nonBlank())
              .add("aliases", ValueType.list(ValueType.string()), Actor::aliases, Constraint.nonBlank(), Constraint.uniqueItems())
              .addOptional("level", ValueType.code(HealthCodelists.LEVEL), Actor::levelOrNull)
              .addOptional("parent", ValueType.ref("actor"), Actor::parentOrNull)
              .addOptional("title", ValueType.localizedText(), Actor::titleOrNull)
              .add("provenance", ValueType.list(ValueType.provenance()), Actor::provenance)
              .build(),
          ImmutableList.of(Rule.named("an actor is not its own ancestor through its parents", Actor::checkParentChain, "parent-cycle")));

  /** Builds one from its property values in the description's order. */
  private static Actor create(PropertyValues v) {
    return ImmutableActor.of(
        v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
        v.next());
  }

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
  private static void checkParentChain(Actor actor, Rule.Context context) {
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
