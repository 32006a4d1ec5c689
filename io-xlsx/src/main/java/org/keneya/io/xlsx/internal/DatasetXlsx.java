package org.keneya.io.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.io.xlsx.XlsxCodec;
import org.keneya.io.xlsx.XlsxOptions;
import org.keneya.io.xlsx.XlsxWorkbook;
import org.keneya.io.xlsx.XlsxWriter;

/** The {@link XlsxCodec} implementation: the plan of the registry's sheets, a writer and a reader per workbook. */
public final class DatasetXlsx implements XlsxCodec {
  private final KindRegistry registry;
  private final XlsxOptions options;
  private final WorkbookPlan plan;

  /** A codec of {@code registry}'s kinds. */
  public DatasetXlsx(KindRegistry registry, XlsxOptions options) {
    this.registry = registry;
    this.options = options;
    this.plan = new WorkbookPlan(registry);
  }

  @Override
  public void write(Dataset dataset, OutputStream out) {
    try (XlsxWriter writer = writer(out)) {
      for (EntityKind<?> kind : registry.kinds()) {
        write(writer, kind, dataset);
      }
      writer.finish();
    }
  }

  private static <E extends Entity> void write(XlsxWriter writer, EntityKind<E> kind, Dataset dataset) {
    writer.write(kind, dataset.entities(kind));
  }

  @Override
  public XlsxWriter writer(OutputStream out) {
    try {
      return new WorkbookWriter(registry, options, plan, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public XlsxWorkbook readWorkbook(InputStream in, String sourceName) {
    byte[] checked = SafePackage.read(in, options.limits(), sourceName);
    return new WorkbookReader(registry, options, plan, sourceName).read(checked);
  }
}
