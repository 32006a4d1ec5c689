package org.keneya.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.keneya.core.data.Dataset;
import org.keneya.core.document.Document;
import org.keneya.core.kind.KindRegistry;
import org.keneya.io.json.JsonCodec;
import org.keneya.model.HealthModel;
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

  /** SHA-256 of the documents as delivered in shared/seeds, taken with {@code sha256sum}. */
  private static final Map<SeedDocument, String> ORIGINAL_DIGESTS = Map.of(
      SeedDocument.HBHI_GROUP_WORK, "de3ac24c3b6d32724950120b228d8c37c6fb43203698af737e9bc931b6a20325",
      SeedDocument.COMMUNITY_HEALTH_PRIORITIES, "acd3bd13796127f0319b9cdf9a819b26aa52d54a4aa3586ac753252c383a330b",
      SeedDocument.MINISTRY_PUBLICATIONS, "718c41699f5bfd245fdb26288210a678f7b1e72770eeb37b2118ecb0d1a86d7f",
      SeedDocument.PRODESS_CT_2017, "0467099bc7cec22446f74a8606641315dc04dd82797448ec0af2e289aae5d4b4",
      SeedDocument.MINISTRY_WORKSHOPS, "cd27602b1fe9f5c0d9655b97294d9d25a80d8d839a16bead30f4c87b233da4a4");

  @ParameterizedTest
  @EnumSource(SeedDocument.class)
  void eachDocumentIsByteForByteTheOneDelivered(SeedDocument document) throws IOException, NoSuchAlgorithmException {
    byte[] bytes;
    try (InputStream in = SeedDocument.class.getResourceAsStream("/org/keneya/seeds/documents/" + document.fileName())) {
      bytes = in.readAllBytes();
    }
    assertEquals(ORIGINAL_DIGESTS.get(document), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
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
  void theSeedsAreInARegistryOfTheHealthModelAlone() {
    assertEquals(List.of("keneya-core", "keneya-health"),
        Seeds.load().registry().models().stream().map(m -> m.name()).toList());
    assertEquals(KindRegistry.of(new HealthModel()).kinds(), Seeds.load().registry().kinds());
  }

  @Test
  void theSeedsRoundTripThroughJsonLosslessly() {
    JsonCodec json = JsonCodec.create(KindRegistry.of(new HealthModel()));
    CodecAssertions.assertLossless(all, json::toBytes, json::fromBytes);
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
