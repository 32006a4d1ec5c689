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
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Provenance;

/**
 * A way of organizing a sector's findings and recommendations into ordered {@link Pillar pillars}
 * or themes: HBHI's four pillars, the community-health thematic areas, SWOT (FFOM) headings, the
 * axes of an HR policy. Frameworks are data, so a user adds their own without recompiling.
 *
 * <pre>{@code
 * Framework hbhi = Framework.builder().id(Id.of("hbhi"))
 *     .type(HealthCodelists.FRAMEWORK_PILLARS)
 *     .name(LocalizedText.of("en", "High Burden to High Impact", "fr", "D'une charge élevée à un impact élevé"))
 *     .acronym("HBHI")
 *     .build();
 * }</pre>
 */
@Kind(name = "framework", label = "Framework")
@Value.Immutable
public abstract class Framework implements Entity {
  /** Only the implementation Immutables generates, in this package, extends it. */
  Framework() {}

  @Override
  @Value.Parameter
  public abstract Id id();

  /** What the framework's headings are: pillars, thematic areas, SWOT headings, policy axes. */
  @Value.Parameter
  @CodeOf(HealthCodelists.FRAMEWORK_TYPE)
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

  public final Optional<LocalizedText> description() {
    return Optional.ofNullable(descriptionOrNull());
  }

  /** {@link #description()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  abstract @Nullable LocalizedText descriptionOrNull();

  @Value.Parameter
  public abstract List<Provenance> provenance();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Framework}. */
  public static final class Builder extends ImmutableFramework.Builder {
    /** An empty builder, as {@link Framework#builder()} returns. */
    public Builder() {}
  }

  /** The kind {@code framework}, described from this declaration by Keneya's annotation processor. */
  public static final EntityKind<Framework> KIND = FrameworkDescription.KIND;

  @Value.Check
  void check() {
    acronym().ifPresent(a -> Checks.notBlank("Framework.acronym", a));
  }
}
