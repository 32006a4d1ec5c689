package org.keneya.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.keneya.core.data.Dataset;
import org.keneya.core.document.Document;
import org.keneya.core.kind.KindRegistry;
import org.keneya.io.csv.CsvCodec;
import org.keneya.io.csv.CsvOptions;
import org.keneya.io.json.JsonCodec;
import org.keneya.testkit.CodecAssertions;

/** What holds for the seeds as a whole; each document's own figures are pinned in its own test. */
class SeedsTest {
  private final Dataset all = Seeds.load();

  @Test
  void theMergedSeedsValidateWithNoError() {
    assertTrue(Seeds.report().errors().isEmpty(), Seeds.report()::toString);
    assertEquals(Seeds.report(), all.validate());
  }

  @Test
  void everyRecordButTheDocumentsSaysWhichDocumentItComesFrom() {
    List<String> without = all.entities().stream()
        .filter(e -> !(e instanceof Document) && e.provenance().isEmpty())
        .map(e -> e.getClass().getSimpleName() + ":" + e.id())
        .toList();
    assertEquals(List.of(), without);
  }

  @ParameterizedTest
  @EnumSource(SeedDocument.class)
  void eachDocumentIsCarriedUnchangedAndHasItsRecord(SeedDocument document) throws IOException, URISyntaxException {
    Path original = Path.of(SeedDocument.class.getResource("/org/keneya/seeds/documents/" + document.fileName()).toURI());
    assertEquals(Files.size(original), document.text().getBytes(StandardCharsets.UTF_8).length);
    Document record = all.get(document.ref()).orElseThrow();
    assertEquals(document.fileName(), record.file().orElseThrow());
  }

  @ParameterizedTest
  @EnumSource(SeedDocument.class)
  void aDocumentsRecordsValidateOnTheirOwn(SeedDocument document) {
    Dataset records = Seeds.document(document);
    assertTrue(records.validate().errors().isEmpty(), records.validate()::toString);
    assertTrue(records.contains(document.ref()));
    assertTrue(records.size() > 1, () -> document + " has no record citing it");
  }

  @Test
  void theIndexListsEveryDataFileExactlyOnce() throws IOException, URISyntaxException {
    Path data = Path.of(SeedDocument.class.getResource("/org/keneya/seeds/data/index").toURI()).getParent();
    List<String> index = Files.readAllLines(data.resolve("index")).stream()
        .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
    try (Stream<Path> files = Files.list(data)) {
      assertEquals(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList(), index);
    }
  }

  @Test
  void theSeedsRoundTripThroughJsonLosslessly() {
    JsonCodec json = JsonCodec.create(KindRegistry.load());
    CodecAssertions.assertLossless(all, json::toBytes, json::fromBytes);
  }

  @Test
  void theSeedsRoundTripThroughCsvLosslesslyInBothDialects() {
    for (CsvOptions options : List.of(CsvOptions.defaults(), CsvOptions.defaults().delimiter(';').bom(true).formulaGuard(true))) {
      CsvCodec csv = CsvCodec.create(KindRegistry.load(), options);
      CodecAssertions.assertLossless(all, d -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv.writeZip(d, out);
        return out.toByteArray();
      }, bytes -> csv.readZip(new ByteArrayInputStream(bytes)));
    }
  }

  @Test
  void eachDocumentHasItsAccessor() {
    assertEquals(Seeds.document(SeedDocument.HBHI_GROUP_WORK), Seeds.hbhiGroupWork());
    assertEquals(Seeds.document(SeedDocument.COMMUNITY_HEALTH_PRIORITIES), Seeds.communityHealthPriorities());
    assertEquals(Seeds.document(SeedDocument.MINISTRY_PUBLICATIONS), Seeds.ministryPublications());
    assertEquals(Seeds.document(SeedDocument.PRODESS_CT_2017), Seeds.prodessCt2017());
    assertEquals(Seeds.document(SeedDocument.MINISTRY_WORKSHOPS), Seeds.ministryWorkshops());
  }

  @Test
  void loadingTwiceGivesTheSameDataset() {
    assertTrue(Seeds.load() == all);
    assertFalse(all.isEmpty());
  }
}
