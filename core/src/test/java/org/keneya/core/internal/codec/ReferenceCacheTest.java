package org.keneya.core.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.kind.RefType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Ref;

class ReferenceCacheTest {
  private static final RefType<Ref<?>> ACTOR = ValueType.ref("actor");
  private static final RefType<Ref<?>> PROGRAMME = ValueType.ref("programme");

  @Test
  void aReferenceIsParsedOnceAndFoundAgainForItsOwnTypeOnly() {
    ReferenceCache cache = new ReferenceCache(16);
    assertNull(cache.get(ACTOR, "dgs"));
    Object actor = cache.parse(ACTOR, "dgs");
    assertEquals(Ref.of("actor", "dgs"), actor);
    assertSame(actor, cache.get(ACTOR, "dgs"));
    assertSame(actor, cache.parse(ACTOR, "dgs"));
    assertNull(cache.get(PROGRAMME, "dgs"), "the same text as another kind's reference is another reference");
    assertEquals(Ref.of("programme", "dgs"), cache.parse(PROGRAMME, "dgs"));
  }

  @Test
  void clearingForgetsAndBadTextIsRefusedAsByTheTypeItself() {
    ReferenceCache cache = new ReferenceCache(16);
    cache.parse(ACTOR, "dgs");
    cache.clear();
    assertNull(cache.get(ACTOR, "dgs"));
    assertThrows(InvalidValueException.class, () -> cache.parse(ACTOR, "not an id"));
    assertNull(cache.get(ACTOR, "not an id"));
    assertThrows(IllegalArgumentException.class, () -> new ReferenceCache(1000));
  }
}
