package org.keneya.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.keneya.core.annotation.CodeOf;
import org.keneya.core.annotation.Kind;
import org.keneya.core.annotation.NonBlank;
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
 * A programme, plan, project or strategy: PRODESS, the PDDSS 2014-2023, a World Bank project
 * (P503776), the national digital-health plan 2024-2028 — with its period, external code, parent
 * programme and the actors taking part in explicit roles (accountable, funding, implementing…).
 *
 * <pre>{@code
 * Programme arise = Programme.builder().id(Id.of("arise"))
 *     .type(HealthCodelists.PROJECT)
 *     .name(LocalizedText.fr("Promouvoir la Résilience du Système de Santé inclusif pour Tous au Mali"))
 *     .acronym("ARISE").externalCode("P503776")
 *     .addParticipants(Participation.of(Ref.of("actor", "ida"), HealthCodelists.FUNDING))
 *     .build();
 * }</pre>
 */
@Kind(name = "programme", label = "Programme or plan")
@Value.Immutable
public abstract class Programme implements Entity {
  /** Only the implementation Immutables generates, in this package, extends it. */
  Programme() {}

  @Override
  @Value.Parameter
  public abstract Id id();

  /** Programme, plan, project, strategy, policy… */
  @Value.Parameter
  @CodeOf(HealthCodelists.PROGRAMME_TYPE)
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

  /** An identifier given elsewhere, such as a World Bank project code. */
  public final Optional<String> externalCode() {
    return Optional.ofNullable(externalCodeOrNull());
  }

  /** {@link #externalCode()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  @NonBlank
  abstract @Nullable String externalCodeOrNull();

  public final Optional<DateRange> period() {
    return Optional.ofNullable(periodOrNull());
  }

  /** {@link #period()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  abstract @Nullable DateRange periodOrNull();

  public final Optional<Ref<Programme>> parent() {
    return Optional.ofNullable(parentOrNull());
  }

  /** {@link #parent()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  abstract @Nullable Ref<Programme> parentOrNull();

  @Value.Parameter
  public abstract List<Participation> participants();

  @Value.Parameter
  public abstract List<Provenance> provenance();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Programme}. */
  public static final class Builder extends ImmutableProgramme.Builder {
    /** An empty builder, as {@link Programme#builder()} returns. */
    public Builder() {}
  }

  /** The kind {@code programme}, described from this declaration by Keneya's annotation processor. */
  public static final EntityKind<Programme> KIND = ProgrammeDescription.KIND;

  @Value.Check
  void check() {
    acronym().ifPresent(a -> Checks.notBlank("Programme.acronym", a));
    externalCode().ifPresent(c -> Checks.notBlank("Programme.externalCode", c));
    Checks.check(
        parent().map(p -> !p.id().equals(id())).orElse(true), "Programme.parent", "%s cannot be its own parent", id());
    Participation.checkDistinctActors("Programme.participants", participants());
  }
}
