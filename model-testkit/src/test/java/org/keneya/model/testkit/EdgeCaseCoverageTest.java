package org.keneya.model.testkit;

import org.keneya.model.testkit.HealthGens;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Money;
import org.keneya.model.Budget;
import org.keneya.model.BudgetLine;
import org.keneya.model.BudgetMeasure;
import org.keneya.testkit.EdgeCases;

/** A default run of the dataset generator shows every edge case, counted and printed. */
class EdgeCaseCoverageTest {

  @Test
  void everyEdgeCaseOccursInADefaultRun() {
    Map<String, Integer> counts = new TreeMap<>();
    EdgeCases.TEXTS.forEach(t -> counts.put("text:" + t.name(), 0));
    for (String name : new String[] {"amount:zero", "amount:1e15+", "date:dec-31", "date:jan-1", "optional:empty",
        "rate:zero-denominator"}) {
      counts.put(name, 0);
    }
    for (long seed = 0; seed < 300; seed++) {
      Dataset d = HealthGens.datasets().sample(seed);
      Walk.values(d, (type, value) -> {
        if (value instanceof String) {
          EdgeCases.nameOf((String) value).ifPresent(name -> counts.merge("text:" + name, 1, Integer::sum));
        } else if (value instanceof Money) {
          BigDecimal amount = ((Money) value).amount();
          if (amount.signum() == 0) {
            counts.merge("amount:zero", 1, Integer::sum);
          } else if (amount.compareTo(new BigDecimal("1000000000000000")) >= 0) {
            counts.merge("amount:1e15+", 1, Integer::sum);
          }
        } else if (value instanceof LocalDate) {
          LocalDate date = (LocalDate) value;
          if (date.getMonthValue() == 12 && date.getDayOfMonth() == 31) {
            counts.merge("date:dec-31", 1, Integer::sum);
          } else if (date.getDayOfYear() == 1) {
            counts.merge("date:jan-1", 1, Integer::sum);
          }
        } else if (type.shape() == ValueType.Shape.OPTIONAL && ((Optional<?>) value).isEmpty()) {
          counts.merge("optional:empty", 1, Integer::sum);
        }
      });
      for (Budget budget : d.entities(Budget.KIND)) {
        for (BudgetLine line : budget.lines()) {
          if (line.amounts().get(BudgetMeasure.FORECAST).filter(m -> m.signum() == 0).isPresent()
              && line.amounts().mobilized().isPresent()) {
            counts.merge("rate:zero-denominator", 1, Integer::sum); // mobilized/forecast over a zero forecast
          }
        }
      }
    }
    System.out.println("[keneya] edge-case coverage over 300 datasets: " + counts);
    counts.forEach((name, count) -> assertTrue(count > 0, name + " never occurred: " + counts));
  }
}
