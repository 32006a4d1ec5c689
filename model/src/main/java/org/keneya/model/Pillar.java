package org.keneya.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.keneya.core.annotation.AtLeast;
import org.keneya.core.annotation.Kind;
import org.keneya.core.annotation.NonBlank;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.validation.Checks;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Provenance;
import org.keneya.core.value.Ref;

/**
 * One heading of a {@link Framework}, at its position: HBHI's "P1 Engagement politique", the
 * community-health theme "Suivi et évaluation", the SWOT heading "Forces". Findings and
 * recommendations refer to it.
 *
 * <pre>{@code
 * Pillar p1 = Pillar.builder().id(Id.of("hbhi.p1")).framework(Ref.of("framework", "hbhi"))
 *     .position(1).code("P1")
 *     .name(LocalizedText.of("fr", "Engagement politique", "en", "Political engagement"))
 *     .build();
 * }</pre>
 */
@Kind(name = "pillar", label = "Pillar or theme")
@Value.Immutable
public abstract class Pillar implements Entity {
  /** Only the implementation Immutables generates, in this package, extends it. */
  Pillar() {}

  @Override
  @Value.Parameter
  public abstract Id id();

  @Value.Parameter
  public abstract Ref<Framework> framework();

  /** The pillar's place in its framework, from 1. */
  @Value.Parameter
  @AtLeast(1)
  public abstract int position();

  /** The short code the framework uses, such as {@code P1}. */
  public final Optional<String> code() {
    return Optional.ofNullable(codeOrNull());
  }

  /** {@link #code()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  @NonBlank
  abstract @Nullable String codeOrNull();

  @Value.Parameter
  public abstract LocalizedText name();

  @Value.Parameter
  public abstract List<Provenance> provenance();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Pillar}. */
  public static final class Builder extends ImmutablePillar.Builder {
    /** An empty builder, as {@link Pillar#builder()} returns. */
    public Builder() {}
  }

  /** The kind {@code pillar}, described from this declaration by Keneya's annotation processor. */
  public static final EntityKind<Pillar> KIND = PillarDescription.KIND;

  @Value.Check
  void check() {
    Checks.check(position() >= 1, "Pillar.position", "must be 1 or more, was %s", position());
    code().ifPresent(c -> Checks.notBlank("Pillar.code", c));
  }
}
