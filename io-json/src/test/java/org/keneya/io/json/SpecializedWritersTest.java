package org.keneya.io.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keneya.io.json.Networks.DATASETS;
import static org.keneya.io.json.Networks.REGISTRY;
import static org.keneya.testkit.engine.PropertyRunner.forAll;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;

/**
 * {@link JsonOptions#specializedWriters(boolean)}: off, every codec writes the bytes it writes
 * with the specialized writers on — whole documents, compact and pretty, and JSON Lines.
 */
class SpecializedWritersTest {
  private static final JsonOptions ON = JsonOptions.defaults();
  private static final JsonOptions OFF = JsonOptions.defaults().specializedWriters(false);

  @Test
  void theSwitchIsOnByDefaultAndOffWhenAsked() {
    assertTrue(JsonOptions.defaults().specializedWriters());
    assertFalse(OFF.specializedWriters());
    assertFalse(OFF.pretty(true).limits(OFF.limits()).checkReferences(false).ignoreUnknownProperties(true)
        .specializedWriters(), "kept by every other option");
  }

  @Test
  void documentsAreTheSameBytesWithTheSpecializedWritersOff() {
    JsonCodec on = JsonCodec.create(REGISTRY, ON);
    JsonCodec off = JsonCodec.create(REGISTRY, OFF);
    JsonCodec prettyOn = JsonCodec.create(REGISTRY, ON.pretty(true));
    JsonCodec prettyOff = JsonCodec.create(REGISTRY, OFF.pretty(true));
    forAll(300, DATASETS, d -> {
      assertArrayEquals(on.toBytes(d), off.toBytes(d));
      assertArrayEquals(prettyOn.toBytes(d), prettyOff.toBytes(d));
    });
  }

  @Test
  void jsonLinesAreTheSameBytesWithTheSpecializedWritersOff() {
    forAll(300, DATASETS, d -> assertArrayEquals(lines(d, ON), lines(d, OFF)));
  }

  private static byte[] lines(Dataset d, JsonOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesWriter writer = JsonLines.writer(out, d.registry(), options)) {
      for (Entity e : d.entities()) {
        writer.write(e);
      }
    }
    return out.toByteArray();
  }
}
