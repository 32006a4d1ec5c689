package org.keneya.testkit;

import com.google.common.collect.ImmutableMap;
import java.lang.reflect.Type;
import java.util.Optional;
import java.util.function.Supplier;
import org.keneya.core.data.Dataset;
import org.keneya.core.document.Document;
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
import org.keneya.model.Actor;
import org.keneya.model.Budget;
import org.keneya.model.Finding;
import org.keneya.model.Framework;
import org.keneya.model.Meeting;
import org.keneya.model.Pillar;
import org.keneya.model.Programme;
import org.keneya.model.Recommendation;
import org.keneya.testkit.gen.Gen;
import org.keneya.testkit.junit.GenProvider;

/**
 * Resolves {@code @Property} parameters of Keneya types: {@link Dataset}, every model entity,
 * every core value, and — derived from its description — any entity kind registered through the
 * SPI. Registered in {@code META-INF/services/org.keneya.testkit.junit.GenProvider}.
 */
public final class KeneyaGenProvider implements GenProvider {
  private static final ImmutableMap<Type, Supplier<Gen<?>>> GENS = ImmutableMap.<Type, Supplier<Gen<?>>>builder()
      .put(Dataset.class, KeneyaGens::datasets)
      .put(Actor.class, KeneyaGens::actors)
      .put(Framework.class, KeneyaGens::frameworks)
      .put(Pillar.class, KeneyaGens::pillars)
      .put(Programme.class, KeneyaGens::programmes)
      .put(Meeting.class, KeneyaGens::meetings)
      .put(Finding.class, KeneyaGens::findings)
      .put(Recommendation.class, KeneyaGens::recommendations)
      .put(Budget.class, KeneyaGens::budgets)
      .put(Document.class, KeneyaGens::documents)
      .put(org.keneya.model.StatusUpdate.class, KeneyaGens::statusUpdates)
      .put(org.keneya.model.Participation.class, KeneyaGens::participations)
      .put(org.keneya.model.Amounts.class, KeneyaGens::amounts)
      .put(org.keneya.model.BudgetLine.class, KeneyaGens::budgetLines)
      .put(org.keneya.model.BudgetRate.class, KeneyaGens::budgetRates)
      .put(org.keneya.core.value.Code.class, () -> KeneyaGens.codes(org.keneya.model.HealthCodelists.ROLE))
      .put(Id.class, KeneyaGens::ids)
      .put(LocalizedText.class, KeneyaGens::localizedTexts)
      .put(Money.class, KeneyaGens::money)
      .put(Rate.class, KeneyaGens::rates)
      .put(StatedRate.class, KeneyaGens::statedRates)
      .put(Deadline.class, KeneyaGens::deadlines)
      .put(DateRange.class, KeneyaGens::dateRanges)
      .put(Provenance.class, KeneyaGens::provenances)
      .buildOrThrow();

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
