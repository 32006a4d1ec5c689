package org.keneya.testkit;

import com.google.common.collect.ImmutableMap;
import java.lang.reflect.Type;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
 * Resolves {@code @Property} parameters of Keneya's core types: every core value, and — derived
 * from the descriptions of the registry the test names with {@link
 * org.keneya.testkit.junit.Settings @Settings} — {@link Dataset} (of every kind of that registry)
 * and any entity kind of it. A {@code Dataset} or entity parameter without a registry fails,
 * saying how to name one. Registered in {@code
 * META-INF/services/org.keneya.testkit.junit.GenProvider}. A domain model's own provider (such as
 * {@code org.keneya.model.testkit.HealthGenProvider}) whose class name sorts first refines it.
 */
public final class KeneyaGenProvider implements GenProvider {
  private static final ImmutableMap<Type, Function<GenSettings, Gen<?>>> GENS =
      ImmutableMap.<Type, Function<GenSettings, Gen<?>>>builder()
          .put(Dataset.class, KeneyaGens::datasets)
          .put(Id.class, settings -> new ValueGens(settings).anyId())
          .put(LocalizedText.class, settings -> new ValueGens(settings).localizedText())
          .put(Money.class, KeneyaGens::money)
          .put(Rate.class, settings -> new ValueGens(settings).rate())
          .put(StatedRate.class, settings -> {
            ValueGens values = new ValueGens(settings);
            return values.rate().flatMap(values::statedRateFor);
          })
          .put(Deadline.class, settings -> new ValueGens(settings).deadline(
              Pools.synthetic(List.of("meeting")).refsOf("meeting"), Map.of()))
          .put(DateRange.class, settings -> new ValueGens(settings).dateRange())
          .put(Provenance.class, settings -> new ValueGens(settings).provenance(
              Pools.synthetic(List.of("document")).refsOf("document")))
          .buildOrThrow();

  /** Used by {@link java.util.ServiceLoader}. */
  public KeneyaGenProvider() {}

  @Override
  public Optional<Gen<?>> genFor(Type type, GenSettings settings) {
    Function<GenSettings, Gen<?>> known = GENS.get(type);
    if (known != null) {
      return Optional.of(known.apply(settings));
    }
    if (type instanceof Class<?> && Entity.class.isAssignableFrom((Class<?>) type)) {
      return derived(((Class<?>) type).asSubclass(Entity.class), settings);
    }
    return Optional.empty();
  }

  private static <E extends Entity> Optional<Gen<?>> derived(Class<E> type, GenSettings settings) {
    Optional<EntityKind<E>> kind = settings.registry().kindOf(type);
    return kind.map(k -> KeneyaGens.entities(k, settings));
  }
}
