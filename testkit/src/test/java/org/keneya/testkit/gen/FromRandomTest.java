package org.keneya.testkit.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.keneya.core.kind.ValueType;
import org.keneya.testkit.engine.PropertyFailure;
import org.keneya.testkit.engine.PropertyRunner;

/** A generator written against Java's RandomGenerator replays from its seed and shrinks like any other. */
class FromRandomTest {
  @Test
  void theSameSeedDrawsTheSameValues() {
    Gen<UUID> uuids = Gens.fromRandom(ValueType.uuid().generator().orElseThrow());
    assertEquals(uuids.sample(11L), uuids.sample(11L));
  }

  @Test
  void aFailureShrinksToTheBoundItsDrawsAllow() {
    Gen<Integer> ints = Gens.fromRandom(random -> random.nextInt(10, 1_000_000));
    PropertyFailure<Integer> failure = PropertyRunner.builder().tries(200).seed(3L).build()
        .run(ints, i -> assertTrue(i < 700)).failure().orElseThrow();
    assertEquals(700, failure.shrunk());
  }

  @Test
  void anUnboundedLongShrinksTowardsZero() {
    Gen<Long> longs = Gens.fromRandom(random -> random.nextLong());
    PropertyFailure<Long> failure = PropertyRunner.builder().tries(200).seed(5L).build()
        .run(longs, l -> assertTrue(l > -1_000 && l < 1_000)).failure().orElseThrow();
    assertTrue(failure.shrunk() == 1_000 || failure.shrunk() == -1_000, () -> "shrunk to " + failure.shrunk());
  }
}
