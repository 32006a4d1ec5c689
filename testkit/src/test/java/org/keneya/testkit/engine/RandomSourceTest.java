package org.keneya.testkit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.testkit.KeneyaGens;
import org.keneya.testkit.gen.Gen;
import org.keneya.testkit.gen.GenerationException;

class RandomSourceTest {
  /** Two million coin flips: more draws than a recorded (shrinkable) run allows. */
  private static final Gen<Long> MANY_DRAWS = source -> {
    long heads = 0;
    for (int i = 0; i < 2_000_000; i++) {
      heads += source.draw(1);
    }
    return heads;
  };

  @Test
  void aSampleIsWhatARecordedRunWithTheSameSeedGenerates() {
    for (long seed = 0; seed < 20; seed++) {
      Dataset sampled = KeneyaGens.datasets(org.keneya.testkit.library.Library.registry()).sample(seed);
      assertEquals(KeneyaGens.datasets(org.keneya.testkit.library.Library.registry()).generate(RecordingSource.random(seed, Gen.MAX_SIZE)), sampled);
    }
  }

  @Test
  void aSampleHasNoDrawLimitButARecordedRunHasOne() {
    long heads = MANY_DRAWS.sample(3L);
    assertEquals(1_000_000, heads, 5_000);
    assertThrows(GenerationException.class, () -> MANY_DRAWS.generate(RecordingSource.random(3L, Gen.MAX_SIZE)));
  }
}
