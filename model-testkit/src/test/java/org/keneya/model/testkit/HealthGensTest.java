package org.keneya.model.testkit;

import org.keneya.model.testkit.HealthGens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Rate;
import org.keneya.model.Budget;
import org.keneya.model.HealthCodelists;
import org.keneya.model.Recommendation;
import org.keneya.testkit.engine.PropertyResult;
import org.keneya.testkit.engine.PropertyRunner;
import org.keneya.testkit.gen.Gen;
import org.keneya.model.testkit.plugin.Target;
import org.keneya.testkit.KeneyaGens;

/** Every named generator is exercised: it never throws, is deterministic per seed, and its values hold their invariants. */
class KeneyaGensTest {
  private static final PropertyRunner RUNNER = PropertyRunner.builder().tries(200).seed(11L).build();

  private static Map<String, Gen<?>> all() {
    Map<String, Gen<?>> gens = new LinkedHashMap<>();
    gens.put("actors", HealthGens.actors());
    gens.put("frameworks", HealthGens.frameworks());
    gens.put("pillars", HealthGens.pillars());
    gens.put("programmes", HealthGens.programmes());
    gens.put("meetings", HealthGens.meetings());
    gens.put("findings", HealthGens.findings());
    gens.put("recommendations", HealthGens.recommendations());
    gens.put("budgets", HealthGens.budgets());
    gens.put("documents", HealthGens.documents());
    gens.put("ids", KeneyaGens.ids());
    gens.put("texts", KeneyaGens.texts());
    gens.put("localizedTexts", KeneyaGens.localizedTexts());
    gens.put("money", KeneyaGens.money());
    gens.put("rates", KeneyaGens.rates());
    gens.put("statedRates", KeneyaGens.statedRates());
    gens.put("deadlines", HealthGens.deadlines());
    gens.put("dateRanges", KeneyaGens.dateRanges());
    gens.put("provenances", KeneyaGens.provenances());
    gens.put("codes", KeneyaGens.codes(HealthCodelists.ROLE, HealthGens.settings()));
    gens.put("refs", KeneyaGens.refs("actor"));
    gens.put("statusUpdates", HealthGens.statusUpdates());
    gens.put("participations", HealthGens.participations());
    gens.put("amounts", HealthGens.amounts());
    gens.put("budgetLines", HealthGens.budgetLines());
    gens.put("budgetRates", HealthGens.budgetRates());
    gens.put("entities(target)", KeneyaGens.entities(Target.KIND, org.keneya.testkit.GenSettings.of(Target.REGISTRY)));
    gens.put("datasets", HealthGens.datasets());
    return gens;
  }

  @Test
  void everyGeneratorProducesValuesWithoutThrowingAndIsDeterministic() {
    all().forEach((name, gen) -> {
      PropertyResult<?> result = RUNNER.run(gen, value -> assertEquals(value, value));
      assertTrue(result.passed(), name + ": " + result);
      for (long seed = 0; seed < 20; seed++) {
        assertEquals(gen.sample(seed), gen.sample(seed), name + " is not deterministic for seed " + seed);
      }
    });
  }

  @Test
  void standaloneBudgetsStateOnlyRatesTheirAmountsGive() {
    PropertyResult<Budget> result = RUNNER.run(HealthGens.budgets(), budget -> {
      for (Rate rate : budget.rates()) {
        assertTrue(rate.agreesWithStated(), rate::toString);
      }
      budget.lines().forEach(line -> assertTrue(line.amounts().currency().stream()
          .allMatch(c -> c.equals(budget.currency()))));
    });
    assertTrue(result.passed(), result::toString);
  }

  @Test
  void recommendationsKeepLeadAndSupportingApartAndTheirHistoryInOrder() {
    PropertyResult<Recommendation> result = RUNNER.run(HealthGens.recommendations(), r -> {
      assertTrue(r.supporting().stream().noneMatch(r.lead()::contains));
      for (int i = 1; i < r.statusHistory().size(); i++) {
        assertTrue(!r.statusHistory().get(i).date().isBefore(r.statusHistory().get(i - 1).date()));
      }
    });
    assertTrue(result.passed(), result::toString);
  }

  @Test
  void budgetLinesAndRatesAgreeWithTheirAmounts() {
    PropertyResult<org.keneya.model.BudgetLine> lines = RUNNER.run(HealthGens.budgetLines(), line -> {
      for (org.keneya.model.BudgetRate rate : line.statedRates()) {
        assertTrue(rate.compute(line.amounts()).orElseThrow().agreesWithStated(), rate::toString);
      }
    });
    assertTrue(lines.passed(), lines::toString);
  }

  @Test
  void deadlinesOfEveryFormAreGenerated() {
    Map<Deadline.Form, Integer> forms = new LinkedHashMap<>();
    for (long seed = 0; seed < 200; seed++) {
      forms.merge(HealthGens.deadlines().sample(seed).form(), 1, Integer::sum);
    }
    assertEquals(Deadline.Form.values().length, forms.size(), forms::toString);
  }
}
