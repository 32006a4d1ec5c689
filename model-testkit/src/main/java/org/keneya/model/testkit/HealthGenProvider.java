package org.keneya.model.testkit;

import com.google.common.collect.ImmutableMap;
import java.lang.reflect.Type;
import java.util.Optional;
import java.util.function.Supplier;
import org.keneya.core.data.Dataset;
import org.keneya.core.document.Document;
import org.keneya.core.value.Deadline;
import org.keneya.model.Actor;
import org.keneya.model.Budget;
import org.keneya.model.Finding;
import org.keneya.model.Framework;
import org.keneya.model.Meeting;
import org.keneya.model.Pillar;
import org.keneya.model.Programme;
import org.keneya.model.Recommendation;
import org.keneya.testkit.KeneyaGens;
import org.keneya.testkit.gen.Gen;
import org.keneya.testkit.junit.GenProvider;

/**
 * Resolves {@code @Property} parameters of the health model's types with its hand-tuned
 * generators: {@link Dataset} (health datasets), every health entity and value, deadlines (that may
 * name a meeting with its date), and codes (of the role codelist) — so a test of the health model
 * gets the same data as before the testkit was split. Registered in {@code
 * META-INF/services/org.keneya.testkit.junit.GenProvider}; its class name sorts before the
 * testkit's {@link org.keneya.testkit.KeneyaGenProvider}, which answers for every other type
 * (such as a plug-in kind, derived from its description).
 */
public final class HealthGenProvider implements GenProvider {
  private static final ImmutableMap<Type, Supplier<Gen<?>>> GENS = ImmutableMap.<Type, Supplier<Gen<?>>>builder()
      .put(Dataset.class, HealthGens::datasets)
      .put(Actor.class, HealthGens::actors)
      .put(Framework.class, HealthGens::frameworks)
      .put(Pillar.class, HealthGens::pillars)
      .put(Programme.class, HealthGens::programmes)
      .put(Meeting.class, HealthGens::meetings)
      .put(Finding.class, HealthGens::findings)
      .put(Recommendation.class, HealthGens::recommendations)
      .put(Budget.class, HealthGens::budgets)
      .put(Document.class, HealthGens::documents)
      .put(org.keneya.model.StatusUpdate.class, HealthGens::statusUpdates)
      .put(org.keneya.model.Participation.class, HealthGens::participations)
      .put(org.keneya.model.Amounts.class, HealthGens::amounts)
      .put(org.keneya.model.BudgetLine.class, HealthGens::budgetLines)
      .put(org.keneya.model.BudgetRate.class, HealthGens::budgetRates)
      .put(org.keneya.core.value.Code.class, () -> KeneyaGens.codes(org.keneya.model.HealthCodelists.ROLE))
      .put(Deadline.class, HealthGens::deadlines)
      .buildOrThrow();

  /** Used by {@link java.util.ServiceLoader}. */
  public HealthGenProvider() {}

  @Override
  public Optional<Gen<?>> genFor(Type type) {
    Supplier<Gen<?>> known = GENS.get(type);
    if (known != null) {
      return Optional.of(known.get());
    }
    return Optional.empty();
  }
}
