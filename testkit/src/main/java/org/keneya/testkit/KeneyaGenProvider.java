package org.keneya.testkit;

import com.google.common.collect.ImmutableMap;
import java.lang.reflect.Type;
import java.util.Optional;
import java.util.function.Supplier;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.value.DateRange;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;
import org.keneya.core.value.Provenance;
import org.keneya.core.value.Rate;
import org.keneya.core.value.StatedRate;
import org.keneya.testkit.gen.Gen;
import org.keneya.testkit.junit.GenProvider;

/**
 * Resolves {@code @Property} parameters of Keneya's core types: {@link Dataset} (of every kind of
 * the loaded registry, derived from the descriptions), every core value, and — derived from its
 * description — any entity kind registered through the SPI. Registered in {@code
 * META-INF/services/org.keneya.testkit.junit.GenProvider}. A domain model's own provider (such as
 * {@code org.keneya.model.testkit.HealthGenProvider}) whose class name sorts first refines it.
 */
public final class KeneyaGenProvider implements GenProvider {
  private static final ImmutableMap<Type, Supplier<Gen<?>>> GENS = ImmutableMap.<Type, Supplier<Gen<?>>>builder()
      .put(Dataset.class, () -> KeneyaGens.datasets(GenSettings.defaults()))
      .put(Id.class, KeneyaGens::ids)
      .put(LocalizedText.class, KeneyaGens::localizedTexts)
      .put(Money.class, KeneyaGens::money)
      .put(Rate.class, KeneyaGens::rates)
      .put(StatedRate.class, KeneyaGens::statedRates)
      .put(Deadline.class, KeneyaGens::deadlines)
      .put(DateRange.class, KeneyaGens::dateRanges)
      .put(Provenance.class, KeneyaGens::provenances)
      .buildOrThrow();

  /** Used by {@link java.util.ServiceLoader}. */
  public KeneyaGenProvider() {}

  @Override
  public Optional<Gen<?>> genFor(Type type) {
    Supplier<Gen<?>> known = GENS.get(type);
    if (known != null) {
      return Optional.of(known.get());
    }
    if (type instanceof Class<?> && Entity.class.isAssignableFrom((Class<?>) type)) {
      return derived(((Class<?>) type).asSubclass(Entity.class));
    }
    return Optional.empty();
  }

  private static <E extends Entity> Optional<Gen<?>> derived(Class<E> type) {
    Optional<EntityKind<E>> kind = GenSettings.defaults().registry().kindOf(type);
    return kind.map(KeneyaGens::entities);
  }
}
