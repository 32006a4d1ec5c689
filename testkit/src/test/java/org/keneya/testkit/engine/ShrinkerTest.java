package org.keneya.testkit.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ShrinkerTest {

  @Test
  void shorterIsSimplerWhateverTheValues() {
    assertTrue(Shrinker.simpler(new long[] {9, 9}, new long[] {0, 0, 0}));
    assertFalse(Shrinker.simpler(new long[] {0, 0, 0}, new long[] {9, 9}));
    assertTrue(Shrinker.simpler(new long[0], new long[] {0}));
  }

  @Test
  void atTheSameLengthLexicographicallySmallerIsSimpler() {
    assertTrue(Shrinker.simpler(new long[] {1, 9, 9}, new long[] {2, 0, 0}));
    assertFalse(Shrinker.simpler(new long[] {2, 0, 0}, new long[] {1, 9, 9}));
    assertTrue(Shrinker.simpler(new long[] {3, 4, 4}, new long[] {3, 4, 5}));
    assertFalse(Shrinker.simpler(new long[] {3, 4, 5}, new long[] {3, 4, 4}));
  }

  @Test
  void aSequenceIsNotSimplerThanItself() {
    assertFalse(Shrinker.simpler(new long[] {1, 2, 3}, new long[] {1, 2, 3}));
    assertFalse(Shrinker.simpler(new long[0], new long[0]));
  }

  /** A property over raw choices: fails when they sum to at least 10; the consumed choices are the candidate. */
  private static final Function<long[], Optional<long[]>> SUM_AT_LEAST_TEN =
      candidate -> Arrays.stream(candidate).sum() >= 10 ? Optional.of(candidate) : Optional.empty();

  @Test
  void shrinksToTheSimplestFailingSequence() {
    Shrinker shrinker = new Shrinker(new long[] {7, 300, 2, 55, 0, 91, 4}, SUM_AT_LEAST_TEN, 5000);
    assertArrayEquals(new long[] {10}, shrinker.shrink());
    assertTrue(shrinker.improvements() > 0);
    assertTrue(shrinker.evaluations() <= 5000);
  }

  @Test
  void theBudgetBoundsTheReplays() {
    Shrinker shrinker = new Shrinker(new long[] {7, 300, 2, 55, 0, 91, 4}, SUM_AT_LEAST_TEN, 3);
    long[] shrunk = shrinker.shrink();
    assertTrue(shrinker.evaluations() <= 3);
    assertTrue(Arrays.stream(shrunk).sum() >= 10, "a shrunk sequence still fails");
  }

  @Test
  void noBudgetKeepsTheOriginal() {
    long[] original = {7, 300, 2};
    Shrinker shrinker = new Shrinker(original, SUM_AT_LEAST_TEN, 0);
    assertArrayEquals(original, shrinker.shrink());
    assertEquals(0, shrinker.improvements());
    assertEquals(0, shrinker.evaluations());
  }

  @Test
  void aCandidateIsJudgedByTheChoicesItConsumed() {
    // A generator that always consumes two draws: a deleted draw is replayed as a trailing zero, so
    // deleting 80 gives [40, 0] (simpler), while deleting 40 gives [80, 0] (not simpler than [40, 80]).
    Function<long[], Optional<long[]>> twoDraws = candidate -> {
      long[] consumed = Arrays.copyOf(candidate, 2);
      return consumed[0] + consumed[1] >= 10 ? Optional.of(consumed) : Optional.empty();
    };
    Shrinker shrinker = new Shrinker(new long[] {40, 80}, twoDraws, 5000);
    assertArrayEquals(new long[] {10, 0}, shrinker.shrink());
    assertTrue(shrinker.improvements() >= 2);
  }
}
