package org.keneya.io.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.core.internal.codec.RegistryState;
import org.keneya.core.internal.table.Layout;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Money;
import org.keneya.io.csv.CsvOptions;
import org.keneya.testdomain.Observatory;

/**
 * The CSV codec's caches are kept by the registry, never in a static map: the codecs of one
 * registry share them, two registries of the same kinds share none, and the indexes of the structs
 * read in list cells are each encoding's own.
 */
class RegistryCachesTest {
  @Test
  void theCodecsOfOneRegistryShareItsCachesAndTwoRegistriesShareNone() {
    KindRegistry one = Observatory.registry();
    KindRegistry other = Observatory.registry(); // the same kinds, by name, in another registry
    new DatasetCsv(one, CsvOptions.defaults());
    new DatasetCsv(one, CsvOptions.defaults());
    JsonListCells cells = RegistryState.of(one, JsonListCells.class, JsonListCells::new);
    assertSame(cells, RegistryState.of(one, JsonListCells.class, JsonListCells::new));
    assertNotSame(cells, RegistryState.of(other, JsonListCells.class, JsonListCells::new));
    Layout.Cache layouts = RegistryState.of(one, List.of(Layout.Cache.class, true), () -> new Layout.Cache(true));
    assertNotSame(layouts, RegistryState.of(other, List.of(Layout.Cache.class, true), () -> new Layout.Cache(true)));
  }

  @Test
  void structIndexesAreKeptPerEncoding() {
    JsonCells.Indexes one = new JsonCells.Indexes();
    JsonCells.Indexes other = new JsonCells.Indexes();
    StructType<Money> money = ValueType.money();
    assertSame(one.of(money), one.of(money));
    assertNotSame(one.of(money), other.of(money));
    assertEquals(0, one.of(money).get(money.properties().get(0).name()));
  }
}
