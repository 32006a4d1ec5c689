package org.keneya.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
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
@Value.Immutable
public abstract class Finding implements Entity {
  @Override
  public abstract Id id();

  /** Conclusion, strength, weakness, opportunity, threat or challenge. */
  public abstract Code type();

  public abstract LocalizedText statement();

  public final Optional<Ref<Pillar>> pillar() {
    return Optional.ofNullable(pillarOrNull());
  }

  /** {@link #pillar()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  public abstract @Nullable Ref<Pillar> pillarOrNull();

  public final Optional<LocalizedText> cause() {
    return Optional.ofNullable(causeOrNull());
  }

  /** {@link #cause()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  public abstract @Nullable LocalizedText causeOrNull();

  /** The meeting where it was found. */
  public final Optional<Ref<Meeting>> meeting() {
    return Optional.ofNullable(meetingOrNull());
  }

  /** {@link #meeting()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  public abstract @Nullable Ref<Meeting> meetingOrNull();

  public abstract ImmutableList<Provenance> provenance();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {}

  /** The kind {@code finding}. */
  public static final EntityKind<Finding> KIND =
      EntityKind.of(
          "finding",
          "Finding",
          StructType.builder("finding", Finding.class, Finding::builder, Builder::build)
              .add("id", ValueType.id(), Finding::id, Builder::id)
              .add("type", ValueType.code(HealthCodelists.FINDING_TYPE), Finding::type, Builder::type)
              .add("statement", ValueType.localizedText(), Finding::statement, Builder::statement)
              .addOptional("pillar", ValueType.ref("pillar"), Finding::pillarOrNull, Builder::pillar)
              .addOptional("cause", ValueType.localizedText(), Finding::causeOrNull, Builder::cause)
              .addOptional("meeting", ValueType.ref("meeting"), Finding::meetingOrNull, Builder::meeting)
              .add("provenance", ValueType.list(ValueType.provenance()), Finding::provenance, Builder::addAllProvenance)
              .build());
}
