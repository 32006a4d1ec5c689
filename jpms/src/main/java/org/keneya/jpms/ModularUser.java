package org.keneya.jpms;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.KindRegistry;
import org.keneya.io.csv.CsvCodec;
import org.keneya.io.csv.CsvOptions;
import org.keneya.io.json.JsonCodec;
import org.keneya.io.xlsx.XlsxCodec;
import tools.jackson.databind.json.JsonMapper;

/** What a modular application does with Keneya: every call goes through an exported package. */
public final class ModularUser {
  private final KindRegistry registry;

  /** Every kind found through the {@code DomainModel} service of the modules on the module path. */
  public ModularUser() {
    this.registry = KindRegistry.load();
  }

  /** The registry loaded from the module path. */
  public KindRegistry registry() {
    return registry;
  }

  /** {@code dataset} written as one JSON document and read back. */
  public Dataset jsonRoundTrip(Dataset dataset) {
    JsonCodec json = JsonCodec.create(registry);
    return json.fromBytes(json.toBytes(dataset));
  }

  /** {@code dataset} written as a zip of CSV tables and read back. */
  public Dataset csvRoundTrip(Dataset dataset) {
    CsvCodec csv = CsvCodec.create(registry, CsvOptions.defaults());
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    csv.writeZip(dataset, zip);
    return csv.readZip(new ByteArrayInputStream(zip.toByteArray()));
  }

  /** {@code dataset} written as an Excel workbook and read back. */
  public Dataset xlsxRoundTrip(Dataset dataset) {
    XlsxCodec xlsx = XlsxCodec.create(registry);
    return xlsx.fromBytes(xlsx.toBytes(dataset), "modular.xlsx");
  }

  /** A Jackson mapper with every module found through the {@code JacksonModule} service. */
  public static JsonMapper mapper() {
    return JsonMapper.builder().findAndAddModules().build();
  }
}
