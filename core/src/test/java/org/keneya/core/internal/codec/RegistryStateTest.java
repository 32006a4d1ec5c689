package org.keneya.core.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.keneya.core.kind.KindRegistry;

class RegistryStateTest {
  @Test
  void aRegistryKeepsWhatIsMadeForAKeyOnceAndTwoRegistriesShareNothing() {
    KindRegistry one = KindRegistry.of();
    KindRegistry other = KindRegistry.of();
    AtomicInteger made = new AtomicInteger();
    Object first = RegistryState.of(one, List.of("cache", true), () -> "made " + made.incrementAndGet());
    assertSame(first, RegistryState.of(one, List.of("cache", true), () -> "made " + made.incrementAndGet()));
    assertEquals(1, made.get());
    assertNotSame(first, RegistryState.of(one, List.of("cache", false), () -> "made " + made.incrementAndGet()));
    assertNotSame(first, RegistryState.of(other, List.of("cache", true), () -> "made " + made.incrementAndGet()));
    assertEquals(3, made.get());
  }

  @Test
  void theWayToARegistrysStateIsSetOnceByTheRegistry() {
    KindRegistry.of(); // initialized
    assertThrows(IllegalStateException.class, () -> RegistryState.access(r -> new java.util.concurrent.ConcurrentHashMap<>()));
  }
}
