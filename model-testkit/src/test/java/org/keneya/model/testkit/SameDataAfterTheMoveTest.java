package org.keneya.model.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.model.testkit.plugin.Target;

/**
 * The health datasets did not change when their generator moved out of the testkit: a seed gives
 * the same entities as {@code org.keneya.testkit.KeneyaGens.datasets()} gave at commit a0dec5b,
 * plug-in kinds included (the registry of the health model and {@code Target}), so {@code keneya sample} keeps its
 * bytes. The digests were taken from that commit's build; a deliberate change of the health
 * generators updates them and says so in CHANGELOG.md: issue 30 did (date ranges at a year's or a
 * month's precision, deadlines at an event).
 */
class SameDataAfterTheMoveTest {

  private static String digest(long seed) throws NoSuchAlgorithmException {
    String entities = HealthGens.datasets(Target.REGISTRY).sample(seed).entities().toString();
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(entities.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aSeedGivesTheSameHealthDatasetAsBeforeTheMove() throws NoSuchAlgorithmException {
    assertEquals(List.of(
        "616ac92a49ae2acd94f70a3693156c85afedd94cc764000a9118f78f638f7eb1",
        "a5a542dee84a4d1002d89ea293f0b6684ab5e59daad50d538ca3d61e481ff064",
        "b9226d0861fdb097fb5f2615dc0599a64b3543ca910b3ab9d9e9ce3794a072eb"),
        List.of(digest(1L), digest(42L), digest(2026L)));
  }
}
