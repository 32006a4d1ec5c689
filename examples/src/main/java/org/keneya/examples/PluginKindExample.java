package org.keneya.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Ref;
import org.keneya.io.csv.CsvCodec;
import org.keneya.io.csv.CsvOptions;
import org.keneya.io.json.JsonCodec;
import org.keneya.io.json.JsonOptions;
import org.keneya.model.Framework;
import org.keneya.model.HealthCodelists;
import org.keneya.model.HealthModel;
import org.keneya.model.Pillar;

/**
 * A kind defined in your own jar flows through Keneya with no change to it: {@link Indicator},
 * declared by {@link IndicatorModel}, is in a registry of the models one chooses ({@code
 * KindRegistry.of(new HealthModel(), new IndicatorModel())}; the model is also listed in {@code
 * META-INF/services}, for the command line and {@link KindRegistry#load()}), validated with its pillar reference and its own rule, written as JSON (under
 * {@code "indicator"}) and as a CSV table ({@code indicator.csv}), and read back equal.
 *
 * <pre>{@code
 * Dataset back = PluginKindExample.run(System.out);   // an HBHI pillar and an indicator under it
 * }</pre>
 */
public final class PluginKindExample {
  private PluginKindExample() {}

  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing the JSON and the CSV table; returns the dataset read back from JSON. */
  public static Dataset run(PrintStream out) {
    KindRegistry registry = KindRegistry.of(new HealthModel(), new IndicatorModel()); // the models you choose
    out.println("indicator registered: " + registry.kind("indicator").isPresent());

    Framework hbhi = Framework.builder()
        .id(Id.of("hbhi"))
        .type(HealthCodelists.FRAMEWORK_PILLARS)
        .name(LocalizedText.of("en", "High Burden to High Impact", "fr", "D'une charge élevée à un impact élevé"))
        .acronym("HBHI")
        .build();
    Pillar p2 = Pillar.builder()
        .id(Id.of("hbhi.p2"))
        .framework(Ref.of("framework", "hbhi"))
        .position(2)
        .code("P2")
        .name(LocalizedText.of("en", "Strategic information", "fr", "Information stratégique"))
        .build();
    // tag::plugin[]
    Indicator coverage = new Indicator(
        Id.of("itn-coverage"),
        LocalizedText.of("en", "Households with a bed net", "fr", "Ménages disposant d'une moustiquaire"),
        Ref.of("pillar", "hbhi.p2"),
        Indicator.PERCENT,
        Optional.of(new BigDecimal("54.5")),
        Optional.of(new BigDecimal("80")));

    Dataset dataset = Dataset.of(registry, List.of(hbhi, p2, coverage));
    out.println("validation: " + dataset.validate().summary());

    JsonCodec json = JsonCodec.create(registry, JsonOptions.defaults().pretty(true));
    byte[] bytes = json.toBytes(dataset);
    out.println(new String(bytes, StandardCharsets.UTF_8));
    Dataset back = json.fromBytes(bytes);
    out.println("JSON round trip equal: " + back.equals(dataset));
    // end::plugin[]

    ByteArrayOutputStream table = new ByteArrayOutputStream();
    CsvCodec.create(registry, CsvOptions.defaults()).writeTable(dataset, Indicator.KIND, table);
    out.println("indicator.csv:");
    out.print(table.toString(StandardCharsets.UTF_8));
    return back;
  }
}
