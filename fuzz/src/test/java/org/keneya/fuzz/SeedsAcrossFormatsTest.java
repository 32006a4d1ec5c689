package org.keneya.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.io.csv.CsvCodec;
import org.keneya.io.csv.CsvOptions;
import org.keneya.seeds.Seeds;
import org.keneya.testkit.CodecAssertions;

/**
 * The seeds through CSV, compared with the testkit's assertions. It crosses formats (the seeds are
 * read from JSON), so it lives here rather than in {@code keneya-seeds}, which then needs no CSV even
 * at test scope; the seeds' JSON round trip stays in their own tests.
 */
class SeedsAcrossFormatsTest {
  @Test
  void theSeedsRoundTripThroughCsvLosslesslyInBothDialects() {
    Dataset all = Seeds.load();
    for (CsvOptions options : List.of(CsvOptions.defaults(), CsvOptions.defaults().delimiter(';').bom(true).formulaGuard(true))) {
      CsvCodec csv = CsvCodec.create(Codecs.REGISTRY, options);
      CodecAssertions.assertLossless(all, d -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv.writeZip(d, out);
        return out.toByteArray();
      }, bytes -> csv.readZip(new ByteArrayInputStream(bytes)));
    }
  }
}
