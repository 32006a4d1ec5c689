package org.keneya.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.KindRegistry;
import org.keneya.io.csv.CsvCodec;
import org.keneya.io.csv.CsvOptions;
import org.keneya.io.json.JsonCodec;
import org.keneya.model.HealthModel;
import org.keneya.seeds.Seeds;

/**
 * Reads a JSON dataset with {@link JsonCodec} and writes it as CSV tables with {@link CsvCodec} —
 * a zip and a folder, each with its {@code datapackage.json} — in the spreadsheet-friendly
 * options ({@code ;}, UTF-8 byte-order mark), then reads the zip back to show that nothing was lost.
 *
 * <pre>{@code
 * // the examples' classes, and keneya.jar for the libraries they use
 * java -cp examples/target/classes:cli/target/keneya.jar org.keneya.examples.ConvertJsonToCsv data.json   // without an argument: the seeds
 * }</pre>
 */
public final class ConvertJsonToCsv {
  private ConvertJsonToCsv() {}

  /**
   * {@code ConvertJsonToCsv [INPUT.json [OUTPUT-FOLDER]]}: converts into OUTPUT-FOLDER (by default a
   * new temporary folder) and prints what it wrote.
   */
  public static void main(String[] args) throws IOException {
    Path work = args.length > 1 ? Files.createDirectories(Path.of(args[1])) : Files.createTempDirectory("keneya-csv-");
    Path json;
    if (args.length > 0) {
      json = Path.of(args[0]);
    } else {
      json = work.resolve("seeds.json"); // no input given: the seeds, written as JSON first
      Dataset seeds = Seeds.load();
      Files.write(json, JsonCodec.create(seeds.registry()).toBytes(seeds));
    }
    run(json, work, System.out);
  }

  /** Converts {@code json} into {@code outputFolder}/dataset.zip and {@code outputFolder}/dataset/; returns the zip. */
  public static Path run(Path json, Path outputFolder, PrintStream out) {
    // tag::convert[]
    KindRegistry registry = KindRegistry.of(new HealthModel(), new IndicatorModel()); // the models you choose, your own included
    Dataset dataset;
    try (InputStream in = Files.newInputStream(json)) {
      // strict: an unknown field, a wrong type or a dangling reference names the file, line and pointer
      dataset = JsonCodec.create(registry).read(in, json.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println("read " + dataset);

    CsvCodec csv = CsvCodec.create(registry, CsvOptions.defaults().delimiter(';').bom(true));
    Path zip = outputFolder.resolve("dataset.zip");
    try (OutputStream zipped = Files.newOutputStream(zip)) {
      csv.writeZip(dataset, zipped); // the stream is not closed by the codec
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path folder = outputFolder.resolve("dataset");
    csv.writeFolder(dataset, folder); // written completely or not at all
    // end::convert[]

    try (InputStream in = Files.newInputStream(zip); Stream<Path> files = Files.list(folder)) {
      Dataset back = csv.readZip(in); // the separator and the byte-order mark are detected
      out.println("wrote " + zip.getFileName() + " (" + Files.size(zip) + " bytes), lossless: " + back.equals(dataset));
      files.map(p -> p.getFileName().toString()).sorted().forEach(name -> out.println("  dataset/" + name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return zip;
  }
}
