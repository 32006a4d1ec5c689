package org.keneya.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Ref;

/**
 * A kind that is not part of the model: an indicator linked to a pillar, defined only in the tests
 * and registered through {@code META-INF/services} by {@link IndicatorModel}, the way a user's jar
 * would add its own kind.
 */
@Value.Immutable
public abstract class Indicator implements Entity {
  @Override
  public abstract Id id();

  public abstract LocalizedText name();

  public abstract Ref<Pillar> pillar();

  public abstract Optional<BigDecimal> target();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Indicator}. */
  public static final class Builder extends ImmutableIndicator.Builder {}

  public static final EntityKind<Indicator> KIND =
      EntityKind.of(
          "indicator",
          "Indicator",
          StructType.builder("indicator", Indicator.class, Indicator::builder, Builder::build)
              .add("id", ValueType.id(), Indicator::id, Builder::id)
              .add("name", ValueType.localizedText(), Indicator::name, Builder::name)
              .add("pillar", ValueType.ref("pillar"), Indicator::pillar, Builder::pillar)
              .add("target", ValueType.optional(ValueType.decimal()), Indicator::target, Builder::target)
              .build(),
          java.util.List.of(
              (indicator, context) -> indicator.target()
                  .filter(t -> t.signum() < 0)
                  .ifPresent(t -> context.error("target", "negative-target", "a target must not be negative, was " + t))));
}
