package org.example.library;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.KindRegistry;
import org.keneya.io.csv.CsvCodec;
import org.keneya.io.json.JsonCodec;
import org.keneya.io.json.JsonSchemas;
import org.keneya.testkit.KeneyaGens;

/**
 * Writes generated libraries — acquisitions with every scalar core defines and the library's own
 * ISBN — as JSON, as CSV zips with their {@code datapackage.json}, and the registry's JSON Schema,
 * for readers no one at Keneya wrote ({@code scripts/outside-readers/library.sh}). Not a test.
 */
public final class ExportLibrary {
  private ExportLibrary() {}

  /** Writes {@code library-SEED.json}, {@code library-SEED.zip} for seeds 0 to 9, and {@code library.schema.json}, into {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    KindRegistry registry = KindRegistry.of(new LibraryModel());
    Path out = Files.createDirectories(Path.of(args[0]));
    for (long seed = 0; seed < 10; seed++) {
      Dataset library = KeneyaGens.datasets(registry)
          .withCount("book", 3, 6).withCount("acquisition", 20, 40).sample(seed);
      Files.write(out.resolve("library-" + seed + ".json"), JsonCodec.create(registry).toBytes(library));
      try (OutputStream zip = Files.newOutputStream(out.resolve("library-" + seed + ".zip"))) {
        CsvCodec.create(registry).writeZip(library, zip);
      }
    }
    Files.writeString(out.resolve("library.schema.json"), JsonSchemas.dataset(registry), StandardCharsets.UTF_8);
  }
}
