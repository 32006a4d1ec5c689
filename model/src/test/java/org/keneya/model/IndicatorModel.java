package org.keneya.model;

import java.util.List;
import org.keneya.core.kind.Codelist;
import org.keneya.core.kind.DomainModel;
import org.keneya.core.kind.EntityKind;

/** A user's domain model, as a test: contributes {@link Indicator} through the SPI. */
public final class IndicatorModel implements DomainModel {
  @Override
  public String name() {
    return "acme-indicators";
  }

  @Override
  public List<EntityKind<?>> kinds() {
    return List.of(Indicator.KIND);
  }

  @Override
  public List<Codelist> codelists() {
    return List.of();
  }
}
