package org.keneya.testkit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keneya.testkit.gen.Gen;
import org.keneya.testkit.gen.GenerationException;
import org.keneya.testkit.gen.Gens;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class PropertyRunnerTest {

  private static PropertyRunner runner(int tries, long seed) {
    return PropertyRunner.builder().tries(tries).seed(seed).build();
  }

  private static <T> PropertyFailure<T> failureOf(PropertyResult<T> result) {
    assertFalse(result.passed(), () -> "expected a failure, got " + result);
    return result.failure().orElseThrow();
  }

  private static List<Integer> valuesSeen(long seed) {
    List<Integer> seen = new ArrayList<>();
    PropertyResult<Integer> result = runner(200, seed).run(Gens.integers(0, 1_000_000), seen::add);
    assertTrue(result.passed());
    assertEquals(200, result.tries());
    assertEquals(seed, result.seed());
    return seen;
  }

  @Test
  void sameSeedGeneratesTheSameValues() {
    List<Integer> first = valuesSeen(42L);
    assertEquals(200, first.size());
    assertEquals(first, valuesSeen(42L));
  }

  @Test
  void assertPassedNamesTheShrunkCounterexampleAndTheSeedOrReturnsTheResult() {
    PropertyRunner.Check<Integer> belowFiveHundred = i -> assertTrue(i < 500, "too big: " + i);
    AssertionFailedError failure = assertThrows(AssertionFailedError.class,
        () -> runner(1000, 77L).run(Gens.integers(0, 100_000), belowFiveHundred).assertPassed());
    assertTrue(failure.getMessage().contains("shrunk counterexample: 500"), failure.getMessage());
    assertTrue(failure.getMessage().contains("-Dkeneya.seed=77"), failure.getMessage());
    assertTrue(failure.getCause().getMessage().contains("too big: 500"), failure.getCause().getMessage());

    PropertyResult<Integer> passed = runner(50, 77L).run(Gens.integers(0, 10), i -> assertTrue(i <= 10));
    assertSame(passed, passed.assertPassed());
  }

  @Test
  void differentSeedsGenerateDifferentValues() {
    assertNotEquals(valuesSeen(1L), valuesSeen(2L));
  }

  @Test
  void sameSeedFindsAndShrinksTheSameFailure() {
    PropertyRunner.Check<Integer> belowFiveHundred = i -> assertTrue(i < 500);
    PropertyResult<Integer> first = runner(1000, 8412345L).run(Gens.integers(0, 100_000), belowFiveHundred);
    PropertyResult<Integer> second = runner(1000, 8412345L).run(Gens.integers(0, 100_000), belowFiveHundred);

    PropertyFailure<Integer> a = failureOf(first);
    PropertyFailure<Integer> b = failureOf(second);
    assertEquals(first.tries(), second.tries());
    assertEquals(first.seed(), second.seed());
    assertEquals(first.summary(), second.summary());
    assertEquals(a.original(), b.original());
    assertEquals(a.shrunk(), b.shrunk());
    assertEquals(a.originalDraws(), b.originalDraws());
    assertEquals(a.shrunkDraws(), b.shrunkDraws());
    assertEquals(a.shrinkSteps(), b.shrinkSteps());
  }

  @Test
  void aSeedFromTheSystemPropertyIsUsedWhenNoneIsGiven() {
    String before = System.getProperty(PropertyRunner.SEED_PROPERTY);
    try {
      System.setProperty(PropertyRunner.SEED_PROPERTY, "777");
      List<Integer> seen = new ArrayList<>();
      PropertyResult<Integer> result = PropertyRunner.builder().tries(200).build().run(Gens.integers(0, 1_000_000), seen::add);
      assertEquals(777L, result.seed());
      assertEquals(valuesSeen(777L), seen);
    } finally {
      restore(before);
    }
  }

  private static void restore(String before) {
    if (before == null) {
      System.clearProperty(PropertyRunner.SEED_PROPERTY);
    } else {
      System.setProperty(PropertyRunner.SEED_PROPERTY, before);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1L, 2L, 3L, 42L, 8412345L})
  void integersShrinkToTheSmallestFailingValue(long seed) {
    PropertyFailure<Integer> failure =
        failureOf(runner(100, seed).run(Gens.integers(0, 100_000), i -> assertTrue(i < 500)));
    assertTrue(failure.original() >= 500);
    assertEquals(500, failure.shrunk());
    assertTrue(failure.shrunkDraws() <= failure.originalDraws());
    assertTrue(failure.shrinkSteps() > 0 || failure.original() == 500);
  }

  @ParameterizedTest
  @ValueSource(longs = {1L, 2L, 3L, 42L, 8412345L})
  void stringsShrinkToTheOffendingCharacterAlone(long seed) {
    PropertyFailure<String> failure =
        failureOf(runner(100, seed).run(Gens.strings("abcx", 0, 20), s -> assertFalse(s.contains("x"))));
    assertTrue(failure.original().contains("x"));
    assertEquals("x", failure.shrunk());
  }

  /**
   * The smallest failing sum is 10, and a shrunk list carries it in one element: the shrinker
   * deletes draws in blocks of 8, 4, 2 and 1, so a zero element (three draws) may survive in front.
   */
  @ParameterizedTest
  @ValueSource(longs = {1L, 2L, 3L, 4L, 5L, 42L, 8412345L})
  void listsShrinkToOneElementCarryingTheSmallestFailingSum(long seed) {
    PropertyFailure<ImmutableList<Integer>> failure = failureOf(runner(100, seed)
        .run(Gens.integers(0, 100).list(), list -> assertTrue(sum(list) < 10)));
    ImmutableList<Integer> shrunk = failure.shrunk();
    assertEquals(10, sum(shrunk), shrunk::toString);
    assertTrue(shrunk.size() <= 2, shrunk::toString);
    assertEquals(1, shrunk.stream().filter(i -> i != 0).count(), shrunk::toString);
    assertTrue(shrunk.size() <= failure.original().size());
  }

  private static int sum(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).sum();
  }

  @ParameterizedTest
  @ValueSource(longs = {1L, 2L, 42L})
  void negativeLongsShrinkTowardsZero(long seed) {
    PropertyRunner runner = runner(100, seed);
    // all negative: the bound nearest 0 is the simplest value
    assertEquals(-5000L, failureOf(runner.run(Gens.longs(-1_000_000, -10), l -> assertTrue(l > -5000))).shrunk());
    assertEquals(-10L, failureOf(runner.run(Gens.longs(-1_000_000, -10), l -> assertTrue(l > 0))).shrunk());
    // spanning 0: the failing value nearest 0
    assertEquals(-1001L, failureOf(runner.run(Gens.longs(-1_000_000, 1_000_000), l -> assertTrue(l >= -1000))).shrunk());
    // both signs fail: the positive one is simpler
    assertEquals(1000L,
        failureOf(runner.run(Gens.longs(-1_000_000, 1_000_000), l -> assertTrue(Math.abs(l) < 1000))).shrunk());
  }

  @Test
  void sampleFromAnExhaustedFilterSaysHowManyCandidatesWereTried() {
    Gen<Integer> impossible = Gens.integers(0, 10).filter(i -> i > 100);
    GenerationException e = assertThrows(GenerationException.class, () -> impossible.sample(42L));
    assertTrue(e.getMessage().contains("filter exhausted"), e::getMessage);
    assertTrue(e.getMessage().contains(Gen.DEFAULT_FILTER_TRIES + " candidates"), e::getMessage);

    GenerationException fewer =
        assertThrows(GenerationException.class, () -> Gens.integers(0, 10).filter(i -> i > 100, 7).sample(42L));
    assertTrue(fewer.getMessage().contains("7 candidates"), fewer::getMessage);
  }

  @Test
  void triesWhoseFilterIsExhaustedAreCountedAsDiscarded() {
    AtomicInteger checked = new AtomicInteger();
    Gen<Integer> sometimes = Gens.integers(0, 9).filter(i -> i != 0, 1); // about a third of the tries exhaust it
    PropertyResult<Integer> result = runner(200, 42L).run(sometimes, i -> {
      assertTrue(i != 0);
      checked.incrementAndGet();
    });
    assertTrue(result.passed());
    assertTrue(result.discarded() > 0, result::summary);
    assertEquals(200, checked.get(), "discarded tries are replaced, so 200 values are checked");
    assertTrue(result.summary().contains(result.discarded() + " discarded"), result::summary);
  }

  @Test
  void aFailedAssumptionIsNotAFailure() {
    AtomicInteger aborted = new AtomicInteger();
    PropertyResult<Integer> result = runner(300, 42L).run(Gens.integers(0, 1000), i -> {
      if (i % 2 == 1) {
        aborted.incrementAndGet();
        throw new TestAbortedException("odd");
      }
      assertEquals(0, i % 2);
    });
    assertTrue(result.passed(), result::summary);
    assertTrue(aborted.get() > 0);
  }

  @Test
  void shrinkingSkipsValuesThatFailAnAssumption() {
    PropertyFailure<Integer> failure = failureOf(runner(100, 42L).run(Gens.integers(0, 100_000), i -> {
      if (i % 2 == 0) {
        throw new TestAbortedException("even");
      }
      assertTrue(i < 500);
    }));
    assertEquals(501, failure.shrunk());
  }

  @Test
  void theShrunkFailureIsTheOneTheShrunkValueCauses() {
    PropertyFailure<Integer> failure = failureOf(runner(100, 42L).run(Gens.integers(0, 100_000), i -> {
      if (i >= 500) {
        throw new IllegalStateException("too big: " + i);
      }
    }));
    assertEquals(IllegalStateException.class, failure.shrunkFailure().getClass());
    assertEquals("too big: 500", failure.shrunkFailure().getMessage());
    assertEquals("too big: " + failure.original(), failure.originalFailure().getMessage());
  }

  @Test
  void shrinkingKeepsTheKindOfFailure() {
    // Below 1000 the property fails differently; shrinking must not swap one bug for another.
    PropertyFailure<Integer> failure = failureOf(runner(100, 42L).run(Gens.integers(1000, 100_000), i -> {
      if (i >= 5000) {
        throw new IllegalStateException("big");
      }
      throw new AssertionError("small");
    }));
    assertSame(failure.originalFailure().getClass(), failure.shrunkFailure().getClass());
    if (failure.originalFailure() instanceof IllegalStateException) {
      assertEquals(5000, failure.shrunk());
    } else {
      assertEquals(1000, failure.shrunk());
    }
  }

  @Test
  void aZeroShrinkBudgetReportsTheOriginalValue() {
    PropertyResult<Integer> result = PropertyRunner.builder().tries(100).seed(42L).shrinkBudget(0).build()
        .run(Gens.integers(0, 100_000), i -> assertTrue(i < 500));
    PropertyFailure<Integer> failure = failureOf(result);
    assertEquals(failure.original(), failure.shrunk());
    assertEquals(0, failure.shrinkSteps());
  }

  @Test
  void theBuilderRejectsNonsense() {
    assertThrows(IllegalArgumentException.class, () -> PropertyRunner.builder().tries(0));
    assertThrows(IllegalArgumentException.class, () -> PropertyRunner.builder().shrinkBudget(-1));
  }

  @Test
  void anExhaustedFilterStopsTheRun() {
    GenerationException e = assertThrows(GenerationException.class,
        () -> PropertyRunner.builder().tries(100).seed(42L).build()
            .run(Gens.integers(0, 10).filter(i -> i > 100), i -> {}));
    assertTrue(e.getMessage().contains("filter exhausted"), e::getMessage);
    assertTrue(e.getMessage().contains("100 candidates"), e::getMessage);
    assertTrue(e.getMessage().contains("seed 42"), e::getMessage);
  }
}
