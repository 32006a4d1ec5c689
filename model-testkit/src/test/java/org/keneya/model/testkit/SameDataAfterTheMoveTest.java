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
 * month's precision, deadlines at an event; then the events and decisions, drawn by the derived generators).
 */
class SameDataAfterTheMoveTest {

  private static String digest(long seed) throws NoSuchAlgorithmException {
    String entities = HealthGens.datasets(Target.REGISTRY).sample(seed).entities().toString();
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(entities.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aSeedGivesTheSameHealthDatasetAsBeforeTheMove() throws NoSuchAlgorithmException {
    assertEquals(List.of(
        "c68ffd1cdab07e2ae12822e5138f9366602ac11ffed68f73c87644ed5be2211a",
        "f589310f207a03c0d33c2e80ac6afa6da6073be6231589af9d2adf05cfe5d352",
        "b9226d0861fdb097fb5f2615dc0599a64b3543ca910b3ab9d9e9ce3794a072eb"),
        List.of(digest(1L), digest(42L), digest(2026L)));
  }
}
