package org.keneya.model.testkit;

import com.google.common.collect.ImmutableMap;
import java.lang.reflect.Type;
import java.util.Optional;
import java.util.List;
import java.util.function.Function;
import org.keneya.core.data.Dataset;
import org.keneya.core.document.Document;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.value.Code;
import org.keneya.core.value.Deadline;
import org.keneya.model.Actor;
import org.keneya.model.Budget;
import org.keneya.model.Finding;
import org.keneya.model.Framework;
import org.keneya.model.Meeting;
import org.keneya.model.Pillar;
import org.keneya.model.Programme;
import org.keneya.model.Recommendation;
import org.keneya.testkit.GenSettings;
import org.keneya.testkit.KeneyaGens;
import org.keneya.testkit.gen.Gen;
import org.keneya.testkit.junit.GenProvider;

/**
 * Resolves {@code @Property} parameters of the health model's types with its hand-tuned
 * generators: {@link Dataset} (health datasets), every health entity and value, deadlines (that may
 * name a meeting with its date), and codes (of the role codelist) — so a test of the health model
 * gets the same data as before the testkit was split. They are drawn with the parameter's settings
 * ({@code @Settings}); without a registry there, with the health model's ({@link
 * HealthGens#registry()}), so a property over health types needs no configuration. A test that names
 * a registry of its own gets health datasets of it (its other kinds derived from their
 * descriptions) if it holds the health kinds, and otherwise leaves {@code Dataset} and the kinds it
 * lacks or replaces to the testkit's provider. Registered in {@code
 * META-INF/services/org.keneya.testkit.junit.GenProvider}; its class name sorts before the
 * testkit's {@link org.keneya.testkit.KeneyaGenProvider}, which answers for every other type
 * (such as a plug-in kind, derived from its description).
 */
public final class HealthGenProvider implements GenProvider {
  private static final ImmutableMap<Type, Function<GenSettings, Gen<?>>> GENS =
      ImmutableMap.<Type, Function<GenSettings, Gen<?>>>builder()
          .put(Dataset.class, settings -> HealthGens.datasets().withSettings(settings))
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
          .put(org.keneya.core.value.Code.class, settings -> KeneyaGens.codes(org.keneya.model.HealthCodelists.ROLE, settings))
          .put(Deadline.class, HealthGens::deadlines)
          .buildOrThrow();

  /** Used by {@link java.util.ServiceLoader}. */
  public HealthGenProvider() {}

  @Override
  public Optional<Gen<?>> genFor(Type type, GenSettings settings) {
    Function<GenSettings, Gen<?>> known = GENS.get(type);
    if (known == null) {
      return Optional.empty();
    }
    Optional<KindRegistry> named = settings.registryIfSet();
    if (named.isEmpty()) {
      return Optional.of(known.apply(settings.withRegistry(HealthGens.registry())));
    }
    return holdsHealthKinds(named.get(), type) ? Optional.of(known.apply(settings)) : Optional.empty();
  }

  /**
   * Whether {@code registry} holds what the generator of {@code type} draws: every health kind for
   * a dataset, the kind itself for an entity, the role codelist for a code.
   */
  private static boolean holdsHealthKinds(KindRegistry registry, Type type) {
    if (type == Code.class) {
      return registry.codelist(org.keneya.model.HealthCodelists.ROLE).isPresent();
    }
    List<EntityKind<?>> needed = type == Dataset.class
        ? HealthGens.registry().kinds()
        : HealthGens.registry().kinds().stream().filter(k -> k.type() == type).toList();
    return needed.stream().allMatch(k -> registry.kind(k.name()).map(theirs -> theirs.type() == k.type()).orElse(false));
  }
}
