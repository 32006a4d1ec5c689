package org.keneya.io.csv.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.StructType;
import org.keneya.core.internal.table.Layout;
import org.keneya.core.kind.ValueType;
import org.keneya.testdomain.Observatory;
import org.keneya.testkit.GenSettings;
import org.keneya.testkit.junit.Property;
import org.keneya.testkit.junit.Settings;

/**
 * The table layout of core with the CSV codec's list cells: an optional list's cell, and the
 * specialized struct writers over generated datasets of the test domain's kinds (core's own LayoutTest
 * has neither the JSON of list cells nor generated data).
 */
@Settings(CsvLayoutTest.Stations.class)
class CsvLayoutTest {
  /** The test domain's registry, which the generated datasets are drawn from. */
  public static final class Stations implements Supplier<GenSettings> {
    @Override
    public GenSettings get() {
      return GenSettings.of(Observatory.registry());
    }
  }

  /** A value with an optional list: absent, present but empty, and present with elements differ. */
  record Tagged(String name, Optional<List<String>> tags) {}

  @SuppressWarnings("unchecked")
  private static final StructType<Tagged> TAGGED =
      StructType.<Tagged, Object[]>builder("tagged", Tagged.class, () -> new Object[2],
              p -> new Tagged((String) p[0], p[1] == null ? Optional.empty() : (Optional<List<String>>) p[1]))
          .add("name", ValueType.string(), Tagged::name, (p, v) -> p[0] = v)
          .add("tags", ValueType.optional(ValueType.list(ValueType.string())), Tagged::tags, (p, v) -> p[1] = v)
          .build();

  private static final Layout<Tagged> LAYOUT = Layout.of(TAGGED, List.of(), new JsonListCells());

  @Test
  void anOptionalListIsOneCellWhereEmptyIsAbsentAndBracketsAreAnEmptyList() {
    assertEquals(List.of("name", "tags"), LAYOUT.header());
    assertRoundTrip(new Tagged("a", Optional.empty()), "a", "");
    assertRoundTrip(new Tagged("b", Optional.of(ImmutableList.of())), "b", "[]");
    assertRoundTrip(new Tagged("c", Optional.of(ImmutableList.of("x", "y"))), "c", "[\"x\",\"y\"]");
  }

  @Property(tries = 300)
  void specializedStructWritersWriteTheCellsOfTheGenericWalk(Dataset d) {
    for (EntityKind<?> kind : d.kinds()) {
      assertSameRows(d, kind);
    }
  }

  private static <E extends Entity> void assertSameRows(Dataset d, EntityKind<E> kind) {
    Set<String> languages = new TreeSet<>();
    d.entities(kind).forEach(e -> Layout.collectLanguages(kind.struct(), e, languages));
    Layout<E> specialized = Layout.of(kind.struct(), List.copyOf(languages), new JsonListCells());
    Layout<E> generic = Layout.generic(kind.struct(), List.copyOf(languages), new JsonListCells());
    for (E entity : d.entities(kind)) {
      assertArrayEquals(generic.write(entity), specialized.write(entity), () -> kind.name() + " " + entity);
    }
    assertTrue(specialized.isSpecialized(), kind.name() + " written by a specialized writer");
    assertFalse(generic.isSpecialized());
  }

  private static void assertRoundTrip(Tagged value, String... cells) {
    String[] row = LAYOUT.write(value);
    assertArrayEquals(cells, row, "cells of " + value);
    assertEquals(value, LAYOUT.read(row, new Layout.RowPlace("tagged.csv", 2)), "read back");
  }
}
