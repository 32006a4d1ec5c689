package org.keneya.model.testkit;

import org.keneya.model.testkit.HealthGens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.model.Recommendation;
import org.opentest4j.AssertionFailedError;
import org.keneya.testkit.CodecAssertions;

class CodecAssertionsTest {
  /** An in-memory "codec": the bytes are a key into a map, so any loss is the test's own doing. */
  private final Map<String, Dataset> store = new HashMap<>();

  private byte[] encode(Dataset d) {
    String key = "dataset-" + d.hashCode();
    store.put(key, d);
    return key.getBytes(StandardCharsets.UTF_8);
  }

  private Dataset decode(byte[] bytes) {
    return store.get(new String(bytes, StandardCharsets.UTF_8));
  }

  private Dataset datasetWithSupportingActors() {
    for (long seed = 0; ; seed++) {
      Dataset d = HealthGens.datasets().sample(seed);
      if (d.entities(Recommendation.KIND).stream().anyMatch(r -> !r.supporting().isEmpty())) {
        return d;
      }
    }
  }

  @Test
  void aLosslessCodecPasses() {
    CodecAssertions.assertLossless(datasetWithSupportingActors(), this::encode, this::decode);
  }

  @Test
  void aLossyCodecIsReportedAtTheFirstDifferingEntityAndProperty() {
    Dataset d = datasetWithSupportingActors();
    Recommendation first = d.entities(Recommendation.KIND).stream().filter(r -> !r.supporting().isEmpty())
        .findFirst().orElseThrow();
    CodecAssertions.Decoder dropsSupporting = bytes -> {
      Dataset.Builder b = Dataset.builder(d.registry());
      for (Entity e : decode(bytes).entities()) {
        b.add(e instanceof Recommendation
            ? Recommendation.builder().from((Recommendation) e).supporting(java.util.List.of()).build()
            : e);
      }
      return b.build();
    };
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> CodecAssertions.assertLossless(d, this::encode, dropsSupporting));
    String prefix = "codec is not lossless: recommendation:" + first.id() + " supporting: expected <" + first.supporting()
        + "> but was <[]>";
    assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
  }

  @Test
  void unstableBytesAreReported() {
    int[] calls = {0};
    CodecAssertions.Encoder unstable = dataset -> {
      calls[0]++;
      return (new String(encode(dataset), StandardCharsets.UTF_8) + (calls[0] == 1 ? "" : " ")).getBytes(StandardCharsets.UTF_8);
    };
    CodecAssertions.Decoder trimming = bytes -> decode(new String(bytes, StandardCharsets.UTF_8).trim().getBytes(StandardCharsets.UTF_8));
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> CodecAssertions.assertLossless(HealthGens.datasets().sample(1L), unstable, trimming));
    assertTrue(e.getMessage().startsWith("re-encoding the decoded dataset changed the bytes at offset"), e.getMessage());
  }

  @Test
  void equalDatasetsHaveNoDifference() {
    Dataset d = HealthGens.datasets().sample(5L);
    assertEquals(Optional.empty(), CodecAssertions.firstDifference(d, d.toBuilder().build()));
  }
}
