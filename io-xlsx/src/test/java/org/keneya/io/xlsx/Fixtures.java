package org.keneya.io.xlsx;

import org.keneya.core.kind.KindRegistry;
import org.keneya.testdomain.Observatory;
import org.keneya.testkit.DatasetGen;
import org.keneya.testkit.GenSettings;
import org.keneya.testkit.KeneyaGens;

/** What the workbook tests share: the test domain's registry, a codec of it, generated networks. */
final class Fixtures {
  /** The test domain alone (weather stations, every value type core offers), named explicitly. */
  static final KindRegistry REGISTRY = Observatory.registry();
  static final XlsxCodec XLSX = XlsxCodec.create(REGISTRY);

  /** Consistent, valid networks of every kind of the test domain. */
  static final DatasetGen NETWORKS = KeneyaGens.datasets(GenSettings.of(REGISTRY))
      .withCount("operator", 1, 4).withCount("station", 2, 5).withCount("inspection", 2, 6);

  private Fixtures() {}
}
