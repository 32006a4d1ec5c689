package org.keneya.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.keneya.io.xlsx.Fixtures.NETWORKS;
import static org.keneya.io.xlsx.Fixtures.XLSX;
import static org.keneya.testkit.engine.PropertyRunner.forAll;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.testkit.CodecAssertions;

/** Generated networks of the test domain — every value type core offers — come back equal, and byte for byte. */
class XlsxRoundTripTest {
  @Test
  void generatedDatasetsRoundTripLosslesslyAndByteForByte() {
    forAll(300, NETWORKS, d -> CodecAssertions.assertLossless(d, XLSX::toBytes, bytes -> XLSX.fromBytes(bytes, "test.xlsx")));
  }

  @Test
  void generatedDatasetsRoundTripWithEmptyLanguageColumnsAndMarkedAsAPart() {
    XlsxCodec xlsx = XlsxCodec.create(Fixtures.REGISTRY, XlsxOptions.defaults().languages(List.of("bm", "en", "fr")).part(true));
    forAll(100, NETWORKS, d -> CodecAssertions.assertLossless(d, xlsx::toBytes, bytes -> xlsx.fromBytes(bytes, "part.xlsx")));
  }

  @Test
  void theSameDatasetGivesTheSameBytes() throws InterruptedException {
    forAll(3, NETWORKS, d -> {
      byte[] first = XLSX.toBytes(d);
      Thread.sleep(1100); // a timestamp written by the second would differ
      assertArrayEquals(first, XLSX.toBytes(d));
    });
  }
}
