package org.keneya.examples;

import java.util.List;
import org.keneya.core.kind.Codelist;
import org.keneya.core.kind.DomainModel;
import org.keneya.core.kind.EntityKind;

/**
 * Declares {@link Indicator} and its units: a registry of one's choosing takes it, {@code
 * KindRegistry.of(new HealthModel(), new IndicatorModel())}. Listed in this jar's {@code
 * META-INF/services/org.keneya.core.kind.DomainModel} too, so that {@code KindRegistry.load()} (the
 * command line) finds it next to Keneya's own models; for that it needs a public no-argument
 * constructor.
 *
 * <pre>{@code
 * # src/main/resources/META-INF/services/org.keneya.core.kind.DomainModel
 * org.keneya.examples.IndicatorModel
 * }</pre>
 */
public final class IndicatorModel implements DomainModel {
  /** Used by {@link java.util.ServiceLoader}. */
  public IndicatorModel() {}

  @Override
  public String name() {
    return "my-indicators"; // models are ordered by name: after keneya-core and keneya-health
  }

  @Override
  public List<EntityKind<?>> kinds() {
    return List.of(Indicator.KIND);
  }

  @Override
  public List<Codelist> codelists() {
    return List.of(Indicator.UNIT_CODES);
  }
}
