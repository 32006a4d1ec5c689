package org.keneya.model;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.keneya.core.kind.Codelist;
import org.keneya.core.kind.DomainModel;
import org.keneya.core.kind.EntityKind;

/**
 * The health-planning domain model, {@code keneya-health}: a registry of one's choosing takes it
 * ({@code KindRegistry.of(new HealthModel())}), and it is registered through {@code
 * META-INF/services/org.keneya.core.kind.DomainModel} so that {@link
 * org.keneya.core.kind.KindRegistry#load()} (the command line) finds it too. Kinds are listed so
 * that what is referred to comes before what refers to it.
 *
 * <pre>{@code
 * KindRegistry registry = KindRegistry.of(new HealthModel());
 * registry.kind("recommendation"); // Optional[recommendation]
 * }</pre>
 */
public final class HealthModel implements DomainModel {
  /** Used by {@link java.util.ServiceLoader}. */
  public HealthModel() {}

  /** The model's name. */
  public static final String NAME = "keneya-health";

  /** The kinds, in dataset order. */
  public static final ImmutableList<EntityKind<?>> KINDS = ImmutableList.of(
      Actor.KIND,
      Framework.KIND,
      Pillar.KIND,
      Programme.KIND,
      Meeting.KIND,
      Event.KIND,
      Finding.KIND,
      Recommendation.KIND,
      Budget.KIND);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<EntityKind<?>> kinds() {
    return KINDS;
  }

  @Override
  public List<Codelist> codelists() {
    return HealthCodelists.ALL;
  }
}
