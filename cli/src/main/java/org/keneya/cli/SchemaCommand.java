package org.keneya.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.keneya.core.kind.KindRegistry;
import org.keneya.io.csv.CsvCodec;
import org.keneya.io.json.JsonSchemas;
import org.keneya.seeds.Seeds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code keneya schema}: the JSON Schema of the dataset format, or the CSV data package descriptor. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    versionProvider = KeneyaCli.Version.class,
    header = "Prints the JSON Schema or the CSV data package descriptor.",
    description = "Prints the JSON Schema (draft 2020-12) of the dataset format for every kind on the class path, "
        + "including kinds a jar adds; or the schema of one JSON Lines line; or the Frictionless "
        + "datapackage.json of the embedded seeds' CSV tables.",
    footer = {"", "Example: keneya schema > keneya-dataset.schema.json"})
final class SchemaCommand implements Callable<Integer> {
  @Option(names = "--datapackage", description = "Print the datapackage.json describing the CSV tables of the embedded seeds.")
  boolean dataPackage;

  @Option(names = "--lines", description = "Print the schema of one line of a JSON Lines stream.")
  boolean lines;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (dataPackage && lines) {
      throw CliException.usage("--datapackage and --lines exclude each other");
    }
    KindRegistry registry = KindRegistry.load();
    String text = dataPackage ? CsvCodec.create(registry).dataPackage(Seeds.load())
        : lines ? JsonSchemas.lines(registry)
        : JsonSchemas.dataset(registry);
    PrintWriter out = spec.commandLine().getOut();
    out.print(text.endsWith("\n") ? text : text + "\n");
    out.flush();
    return KeneyaCli.EXIT_OK;
  }
}
