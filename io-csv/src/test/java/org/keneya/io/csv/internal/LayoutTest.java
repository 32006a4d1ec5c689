package org.keneya.io.csv.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;

class LayoutTest {
  /** A value with an optional list: absent, present but empty, and present with elements differ. */
  record Tagged(String name, Optional<ImmutableList<String>> tags) {}

  @SuppressWarnings("unchecked")
  private static final StructType<Tagged> TAGGED =
      StructType.<Tagged, Object[]>builder("tagged", Tagged.class, () -> new Object[2],
              p -> new Tagged((String) p[0], p[1] == null ? Optional.empty() : (Optional<ImmutableList<String>>) p[1]))
          .add("name", ValueType.string(), Tagged::name, (p, v) -> p[0] = v)
          .add("tags", ValueType.optional(ValueType.list(ValueType.string())), Tagged::tags, (p, v) -> p[1] = v)
          .build();

  private static final Layout<Tagged> LAYOUT = Layout.of(TAGGED, List.of());

  @Test
  void anOptionalListIsOneCellWhereEmptyIsAbsentAndBracketsAreAnEmptyList() {
    assertEquals(List.of("name", "tags"), LAYOUT.header());
    assertRoundTrip(new Tagged("a", Optional.empty()), "a", "");
    assertRoundTrip(new Tagged("b", Optional.of(ImmutableList.of())), "b", "[]");
    assertRoundTrip(new Tagged("c", Optional.of(ImmutableList.of("x", "y"))), "c", "[\"x\",\"y\"]");
  }

  private static void assertRoundTrip(Tagged value, String... cells) {
    String[] row = LAYOUT.write(value);
    assertArrayEquals(cells, row, "cells of " + value);
    assertEquals(value, LAYOUT.read(row, new Layout.RowPlace("tagged.csv", 2)), "read back");
  }
}
