package org.keneya.io.json.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.keneya.core.kind.KindRegistry;
import org.keneya.io.json.JsonSchemas;

/**
 * Build step: writes the dataset schema of the kinds on the compile class path (core and model)
 * to the path given as the only argument. Run by Maven at {@code process-classes}, so the schema
 * shipped in the jar ({@link JsonSchemas#DATASET_RESOURCE}) is always generated, never edited.
 */
public final class SchemaFile {
  private SchemaFile() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: SchemaFile OUTPUT.json");
    }
    Path output = Path.of(args[0]);
    Files.createDirectories(output.toAbsolutePath().getParent());
    Files.writeString(output, JsonSchemas.dataset(KindRegistry.load(SchemaFile.class.getClassLoader())), StandardCharsets.UTF_8);
  }
}
