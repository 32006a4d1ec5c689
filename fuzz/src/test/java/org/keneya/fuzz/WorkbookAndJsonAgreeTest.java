package org.keneya.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.function.Supplier;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.KindRegistry;
import org.keneya.io.json.JsonCodec;
import org.keneya.io.xlsx.XlsxCodec;
import org.keneya.testkit.GenSettings;
import org.keneya.testkit.junit.Property;
import org.keneya.testkit.junit.Settings;

/**
 * The Excel and JSON codecs agree on the health kinds, whose lists inside list items (budget lines'
 * stated rates, participants' roles) and status histories the workbook keeps on sheets of their
 * own: a dataset read back from a workbook is the same JSON document, and writing it again gives
 * the same workbook bytes.
 */
@Settings(WorkbookAndJsonAgreeTest.EveryKind.class)
class WorkbookAndJsonAgreeTest {
  private static final KindRegistry REGISTRY = KindRegistry.load();

  /** Datasets of every kind on this module's class path: the health kinds, core's and the examples' indicator. */
  public static final class EveryKind implements Supplier<GenSettings> {
    @Override
    public GenSettings get() {
      return GenSettings.of(REGISTRY);
    }
  }

  @Property(tries = 100)
  void aDatasetReadBackFromAWorkbookWritesTheSameJsonAndTheSameWorkbook(Dataset d) {
    JsonCodec json = JsonCodec.create(REGISTRY);
    XlsxCodec xlsx = XlsxCodec.create(REGISTRY);
    byte[] workbook = xlsx.toBytes(d);
    Dataset viaWorkbook = xlsx.fromBytes(workbook, "generated.xlsx");
    assertArrayEquals(json.toBytes(d), json.toBytes(viaWorkbook), "JSON");
    assertArrayEquals(workbook, xlsx.toBytes(viaWorkbook), "workbook");
  }
}
