package org.keneya.testkit.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;
import org.keneya.testkit.gen.Gen;
import org.keneya.testkit.gen.GenerationException;
import org.keneya.testkit.gen.Gens;

class RecordingSourceTest {
  private static final Gen<ImmutableList<String>> WORDS = Gens.strings("abcdefgh", 0, 12).list(0, 20);

  @Test
  void replayingTheRecordedChoicesReproducesTheValue() {
    for (long seed = 0; seed < 20; seed++) {
      RecordingSource source = RecordingSource.random(seed, 60);
      ImmutableList<String> value = WORDS.generate(source);
      long[] choices = source.choices();

      RecordingSource replay = RecordingSource.replay(choices, 60);
      assertEquals(value, WORDS.generate(replay));
      assertArrayEquals(choices, replay.choices());
    }
  }

  @Test
  void theSameSeedDrawsTheSameChoices() {
    RecordingSource a = RecordingSource.random(7L, 10);
    RecordingSource b = RecordingSource.random(7L, 10);
    for (int i = 0; i < 50; i++) {
      assertEquals(a.draw(1_000_000), b.draw(1_000_000));
    }
    assertArrayEquals(a.choices(), b.choices());
    assertEquals(50, a.choices().length);
  }

  @Test
  void randomDrawsStayInRange() {
    RecordingSource source = RecordingSource.random(3L, 10);
    for (int i = 0; i < 1000; i++) {
      long max = i % 7;
      long value = source.draw(max);
      assertTrue(0 <= value && value <= max, () -> value + " not in [0, " + max + "]");
    }
    long huge = source.draw(Long.MAX_VALUE);
    assertTrue(huge >= 0);
  }

  @Test
  void replayBeyondTheSequenceDrawsZeros() {
    RecordingSource replay = RecordingSource.replay(new long[] {5, 3}, 10);
    assertEquals(5, replay.draw(10));
    assertEquals(3, replay.draw(10));
    assertEquals(0, replay.draw(10));
    assertEquals(0, replay.draw(Long.MAX_VALUE));
    assertArrayEquals(new long[] {5, 3, 0, 0}, replay.choices());
  }

  @Test
  void replayClampsEachChoiceToItsDrawsRange() {
    RecordingSource replay = RecordingSource.replay(new long[] {50, -4, 9}, 10);
    assertEquals(10, replay.draw(10));
    assertEquals(0, replay.draw(10));
    assertEquals(0, replay.draw(0));
    assertArrayEquals(new long[] {10, 0, 0}, replay.choices(), "choices are what was consumed");
  }

  @Test
  void anEmptyReplayGivesTheSimplestValue() {
    assertEquals(ImmutableList.of(), WORDS.generate(RecordingSource.replay(new long[0], 100)));
    assertEquals(0, Gens.integers(0, 1000).generate(RecordingSource.replay(new long[0], 100)));
    assertEquals("", Gens.strings("xyz", 0, 5).generate(RecordingSource.replay(new long[0], 100)));
  }

  @Test
  void replayDoesNotShareTheGivenArray() {
    long[] choices = {4};
    RecordingSource replay = RecordingSource.replay(choices, 10);
    choices[0] = 9;
    assertEquals(4, replay.draw(10));
  }

  @Test
  void sizeIsReportedAndChecked() {
    assertEquals(37, RecordingSource.random(1L, 37).size());
    assertEquals(Gen.MAX_SIZE, RecordingSource.replay(new long[0], Gen.MAX_SIZE).size());
    assertThrows(IllegalArgumentException.class, () -> RecordingSource.random(1L, 0));
    assertThrows(IllegalArgumentException.class, () -> RecordingSource.random(1L, Gen.MAX_SIZE + 1));
    assertThrows(IllegalArgumentException.class, () -> RecordingSource.random(1L, 10).draw(-1));
  }

  @Test
  void aGeneratorThatNeverStopsIsCutOffInARecordedRun() {
    Gen<Long> endless = source -> {
      long sum = 0;
      while (true) {
        sum += source.draw(1);
      }
    };
    // property runs record every draw to shrink them: the recording is capped (sampling is not, see RandomSourceTest)
    GenerationException e = assertThrows(GenerationException.class, () -> endless.generate(RecordingSource.random(1L, Gen.MAX_SIZE)));
    assertTrue(e.getMessage().contains(String.valueOf(RecordingSource.MAX_DRAWS)), e::getMessage);
  }
}
