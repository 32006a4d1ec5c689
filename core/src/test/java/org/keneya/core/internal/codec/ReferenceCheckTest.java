package org.keneya.core.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Ref;

class ReferenceCheckTest {
  record Link(String title, @Nullable Ref<?> target) {}

  private static StructType<Link> linkType(int i) {
    return StructType.positional("link-" + i, Link.class, v -> new Link(v.next(), v.next()))
        .add("title", ValueType.string(), Link::title)
        .addOptional("target", ValueType.anyRef(), Link::target)
        .build();
  }

  @Test
  void findsTheReferringPropertiesOfAStructType() {
    ReferenceCheck check = new ReferenceCheck();
    assertEquals("target", check.referringProperties(linkType(0)).get(0).name());
    assertEquals(1, check.referringProperties(linkType(0)).size());
  }

  @Test
  void theCacheOfStructTypesStaysBoundedWhateverTypesAProgramMakes() {
    ReferenceCheck check = new ReferenceCheck();
    for (int i = 0; i < 1_000; i++) {
      check.referringProperties(linkType(i));
    }
    assertTrue(check.cachedTypes() <= 256, "cached: " + check.cachedTypes());
  }

  @Test
  void twoChecksShareNothing() {
    ReferenceCheck one = new ReferenceCheck();
    ReferenceCheck other = new ReferenceCheck();
    one.referringProperties(linkType(0));
    assertEquals(1, one.cachedTypes());
    assertEquals(0, other.cachedTypes());
  }
}
