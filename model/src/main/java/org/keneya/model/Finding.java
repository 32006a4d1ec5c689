package org.keneya.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.keneya.core.annotation.CodeOf;
import org.keneya.core.annotation.Kind;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Provenance;
import org.keneya.core.value.Ref;

/**
 * Something a meeting or review found: a conclusion or strength, a challenge (défi), a SWOT
 * heading's item — under a pillar or theme, sometimes with its cause. Recommendations refer to the
 * findings they address (problem → cause → action).
 *
 * <pre>{@code
 * Finding challenge = Finding.builder().id(Id.of("hbhi-mali.d1"))
 *     .type(HealthCodelists.CHALLENGE)
 *     .statement(LocalizedText.fr("Disponibilité de certains médicaments au niveau communautaire"))
 *     .cause(LocalizedText.fr("l'insuffisance dans le remplissage du logiciel OSP Santé"))
 *     .pillar(Ref.of("pillar", "hbhi.p1"))
 *     .build();
 * }</pre>
 */
@Kind(name = "finding", label = "Finding")
@Value.Immutable
public abstract class Finding implements Entity {
  /** Only the implementation Immutables generates, in this package, extends it. */
  Finding() {}

  @Override
  @Value.Parameter
  public abstract Id id();

  /** Conclusion, strength, weakness, opportunity, threat or challenge. */
  @Value.Parameter
  @CodeOf(HealthCodelists.FINDING_TYPE)
  public abstract Code type();

  @Value.Parameter
  public abstract LocalizedText statement();

  public final Optional<Ref<Pillar>> pillar() {
    return Optional.ofNullable(pillarOrNull());
  }

  /** {@link #pillar()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  abstract @Nullable Ref<Pillar> pillarOrNull();

  public final Optional<LocalizedText> cause() {
    return Optional.ofNullable(causeOrNull());
  }

  /** {@link #cause()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  abstract @Nullable LocalizedText causeOrNull();

  /** The meeting where it was found. */
  public final Optional<Ref<Meeting>> meeting() {
    return Optional.ofNullable(meetingOrNull());
  }

  /** {@link #meeting()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  abstract @Nullable Ref<Meeting> meetingOrNull();

  @Value.Parameter
  public abstract List<Provenance> provenance();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {
    /** An empty builder, as {@link Finding#builder()} returns. */
    public Builder() {}
  }

  /** The kind {@code finding}, described from this declaration by Keneya's annotation processor. */
  public static final EntityKind<Finding> KIND = FindingDescription.KIND;
}
