package org.keneya.model.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.keneya.model.testkit.plugin.Target;

/**
 * The health datasets did not change when their generator moved out of the testkit: a seed gives
 * the same entities as {@code org.keneya.testkit.KeneyaGens.datasets()} gave at commit a0dec5b,
 * plug-in kinds included (the registry of the health model and {@code Target}), so {@code keneya sample} keeps its
 * bytes. The digests were taken from that commit's build; a deliberate change of the health
 * generators updates them and says so in CHANGELOG.md.
 */
class SameDataAfterTheMoveTest {

  private static String digest(long seed) throws NoSuchAlgorithmException {
    String entities = HealthGens.datasets(Target.REGISTRY).sample(seed).entities().toString();
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(entities.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aSeedGivesTheSameHealthDatasetAsBeforeTheMove() throws NoSuchAlgorithmException {
    assertEquals("ab9dc0e0276fa7ea71df105989d26abc79018b103dda4b25e92dfdfd42fee08f", digest(1L));
    assertEquals("f287ed69c917f9346371f89f62dba07315ff465a4bd15dd82350c8e7efbea52b", digest(42L));
    assertEquals("83141657e8a334c5605ebcfbcb9ea646a09ca002cae6f3a8b836c651ef71dfd8", digest(2026L));
  }
}
