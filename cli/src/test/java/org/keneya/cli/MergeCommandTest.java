package org.keneya.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.value.LocalizedText;
import org.keneya.io.json.JsonCodec;
import org.keneya.io.xlsx.XlsxCodec;
import org.keneya.io.xlsx.XlsxOptions;
import org.keneya.model.Actor;
import org.keneya.seeds.Seeds;

/**
 * {@code keneya merge}: a whole file makes the dataset equal to it, a workbook marked as a part adds
 * and updates and never removes, merging twice changes nothing, and a merge whose result does not
 * validate — or that would write over its input — writes nothing.
 */
class MergeCommandTest {
  @TempDir
  Path dir;

  private static final XlsxCodec PARTS = XlsxCodec.create(Cli.REGISTRY, XlsxOptions.defaults().part(true));

  /** The seeds with one actor renamed, as one person's part: that actor and what it refers to. */
  private static Dataset renamedActorPart(Dataset seeds) {
    Actor actor = seeds.entities(Actor.KIND).get(0);
    Actor renamed = Actor.builder().from(actor).name(LocalizedText.of("fr", "Structure renommée")).build();
    Dataset.Builder part = Dataset.builder(Cli.REGISTRY);
    for (Entity entity : seeds.subset(e -> e.equals(actor)).entities()) {
      part.add(entity.equals(actor) ? renamed : entity);
    }
    return part.build();
  }

  /** The seeds, with the kinds the command line reads (the class path's). */
  private static Dataset seeds() {
    return Dataset.of(Cli.REGISTRY, Seeds.load().entities());
  }

  private Path write(Path file, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(file), bytes);
  }

  @Test
  void aPartAddsAndUpdatesNeverRemovesAndMergingItAgainChangesNothing() throws IOException {
    Dataset seeds = seeds();
    Path data = Cli.writeJson(seeds, dir.resolve("data.json"));
    Dataset part = renamedActorPart(seeds);
    Path edited = write(Path.of("suivi.xlsx"), PARTS.toBytes(part));
    Path merged = dir.resolve("merged.json");

    Cli.Result first = Cli.run("merge", Cli.s(edited), "--into", Cli.s(data), "--output", Cli.s(merged));
    assertEquals(0, first.exit(), first::toString);
    assertTrue(first.out().contains("Structure renommée"), first.out());
    assertFalse(first.out().lines().anyMatch(l -> l.startsWith("-")), first.out()); // nothing removed
    Dataset back = JsonCodec.create(Cli.REGISTRY).fromBytes(Cli.bytes(merged));
    assertEquals(seeds.size(), back.size());
    assertEquals(seeds.apply(seeds.diff(part).withoutRemovals()), back);

    Path twice = dir.resolve("twice.json");
    Cli.Result second = Cli.run("merge", Cli.s(edited), "--into", Cli.s(merged), "--output", Cli.s(twice));
    assertEquals(0, second.exit(), second::toString);
    assertEquals(seeds.diff(seeds).toText(), second.out()); // no change reported
    assertArrayEquals(Cli.bytes(merged), Cli.bytes(twice));
  }

  @Test
  void aWholeWorkbookMakesTheDatasetEqualToItRemovalsIncluded() throws IOException {
    Dataset before = Cli.generated(7, 20);
    Dataset after = Cli.generated(8, 20);
    Path data = Cli.writeJson(before, dir.resolve("data.json"));
    Path edited = write(Path.of("edited.xlsx"), XlsxCodec.create(Cli.REGISTRY).toBytes(after));
    Path merged = dir.resolve("merged.json");
    Cli.Result result = Cli.run("merge", Cli.s(edited), "--into", Cli.s(data), "--output", Cli.s(merged), "--json");
    assertEquals(0, result.exit(), result::toString);
    assertTrue(result.out().startsWith("{\"format\":\"keneya-diff\""), result.out());
    assertArrayEquals(Cli.bytes(Cli.writeJson(after, dir.resolve("after.json"))), Cli.bytes(merged));
  }

  @Test
  void anyFormatMergesAsAPartWithThePartOption() throws IOException {
    Dataset seeds = seeds();
    Path data = Cli.writeJson(seeds, dir.resolve("data.json"));
    Path edited = Cli.writeJson(renamedActorPart(seeds), dir.resolve("edited.json"));
    Path merged = dir.resolve("merged.zip");
    Cli.Result result = Cli.run("merge", Cli.s(edited), "--into", Cli.s(data), "--part", "--output", Cli.s(merged));
    assertEquals(0, result.exit(), result::toString);
    assertEquals(1, result.out().lines().filter(l -> l.startsWith("~")).count(), result.out());
    Cli.Result whole = Cli.run("merge", Cli.s(edited), "--into", Cli.s(data), "--dry-run");
    assertTrue(whole.out().lines().anyMatch(l -> l.startsWith("-")), whole.out()); // without --part, a JSON file is whole
  }

  @Test
  void aMergeThatDoesNotValidateWritesNothingAndListsTheErrors() throws IOException {
    Dataset seeds = seeds();
    Path data = Cli.writeJson(seeds, dir.resolve("data.json"));
    Actor actor = seeds.entities(Actor.KIND).get(0);
    Actor orphan = Actor.builder().from(actor).parent(Actor.ref("nobody")).build();
    Path edited = write(Path.of("edited.xlsx"), PARTS.toBytes(Dataset.of(Cli.REGISTRY, List.of(orphan))));
    Path merged = dir.resolve("merged.json");
    Cli.Result result = Cli.run("merge", Cli.s(edited), "--into", Cli.s(data), "--output", Cli.s(merged));
    assertEquals(KeneyaCli.EXIT_DATA, result.exit(), result::toString);
    assertTrue(result.err().contains("nobody"), result.err());
    assertTrue(result.err().contains("nothing was written"), result.err());
    assertEquals(List.of("data.json", "edited.xlsx"), Cli.list(dir));
  }

  @Test
  void theDatasetIsNeverWrittenInPlaceAndAnOutputOrADryRunIsRequired() throws IOException {
    Path data = Cli.writeJson(Cli.generated(3, 5), dir.resolve("data.json"));
    byte[] before = Cli.bytes(data);
    Cli.Result inPlace = Cli.run("merge", Cli.s(data), "--into", Cli.s(data), "--output", Cli.s(data));
    assertEquals(KeneyaCli.EXIT_USAGE, inPlace.exit(), inPlace::toString);
    assertTrue(inPlace.err().contains("never writes in place"), inPlace.err());
    Cli.Result neither = Cli.run("merge", Cli.s(data), "--into", Cli.s(data));
    assertEquals(KeneyaCli.EXIT_USAGE, neither.exit(), neither::toString);
    Cli.Result dryRun = Cli.run("merge", Cli.s(data), "--into", Cli.s(data), "--dry-run");
    assertEquals(0, dryRun.exit(), dryRun::toString);
    assertArrayEquals(before, Cli.bytes(data));
    assertEquals(List.of("data.json"), Cli.list(dir));
  }
}
