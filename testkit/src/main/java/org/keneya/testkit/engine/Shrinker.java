package org.keneya.testkit.engine;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * Minimizes a failing choice sequence: it deletes blocks of draws, zeros them, and lowers single
 * draws by binary search, keeping a candidate only when replaying it still fails. A sequence is
 * simpler when it is shorter, or as long and lexicographically smaller. Needs no knowledge of the
 * values generated.
 */
final class Shrinker {
  // 3 matches one list element drawn as a "more?" flag plus a two-draw number
  private static final int[] BLOCKS = {8, 4, 3, 2, 1};

  /** Replays a candidate: the consumed choices if the property still fails, else empty. */
  private final Function<long[], Optional<long[]>> stillFails;
  private final int budget;
  private int evaluations;
  private int improvements;
  private long[] best;

  Shrinker(long[] failing, Function<long[], Optional<long[]>> stillFails, int budget) {
    this.best = failing;
    this.stillFails = stillFails;
    this.budget = budget;
  }

  long[] shrink() {
    boolean progress = true;
    while (progress && evaluations < budget) {
      long[] before = best;
      deleteBlocks();
      zeroBlocks();
      lowerEach();
      progress = !Arrays.equals(before, best);
    }
    return best;
  }

  /** How many candidates were accepted. */
  int improvements() {
    return improvements;
  }

  int evaluations() {
    return evaluations;
  }

  private void deleteBlocks() {
    for (int k : BLOCKS) {
      for (int i = 0; i + k <= best.length && evaluations < budget; ) {
        long[] candidate = new long[best.length - k];
        System.arraycopy(best, 0, candidate, 0, i);
        System.arraycopy(best, i + k, candidate, i, best.length - i - k);
        if (!tryCandidate(candidate)) {
          i++;
        }
      }
    }
  }

  private void zeroBlocks() {
    for (int k : BLOCKS) {
      for (int i = 0; i + k <= best.length && evaluations < budget; i++) {
        boolean allZero = true;
        for (int j = i; j < i + k; j++) {
          allZero &= best[j] == 0;
        }
        if (!allZero) {
          long[] candidate = best.clone();
          Arrays.fill(candidate, i, i + k, 0);
          tryCandidate(candidate);
        }
      }
    }
  }

  private void lowerEach() {
    for (int i = 0; i < best.length && evaluations < budget; i++) {
      long hi = best[i];
      long lo = 0;
      // binary search for the smallest value at i that still fails
      while (lo < hi && evaluations < budget && i < best.length) {
        long mid = lo + (hi - lo) / 2;
        long[] candidate = best.clone();
        candidate[i] = mid;
        if (tryCandidate(candidate)) {
          hi = i < best.length ? Math.min(mid, best[i]) : mid;
        } else {
          lo = mid + 1;
        }
      }
    }
  }

  private boolean tryCandidate(long[] candidate) {
    evaluations++;
    Optional<long[]> consumed = stillFails.apply(candidate);
    if (consumed.isPresent() && simpler(consumed.get(), best)) {
      best = consumed.get();
      improvements++;
      return true;
    }
    return false;
  }

  static boolean simpler(long[] a, long[] b) {
    if (a.length != b.length) {
      return a.length < b.length;
    }
    return Arrays.compare(a, b) < 0;
  }
}
