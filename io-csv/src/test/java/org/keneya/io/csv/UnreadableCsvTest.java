package org.keneya.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keneya.io.csv.Fixtures.CSV;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keneya.core.data.Dataset;
import org.keneya.testdomain.Operator;

/**
 * A table or zip that cannot be read — a disk error, a pipe closed by its writer — is an {@link
 * UncheckedIOException} carrying the input's {@link IOException}, never a malformed-input error:
 * a caller must tell a failing disk from bad data.
 */
class UnreadableCsvTest {
  /** A generated network of 40 operators, 60 stations and 60 inspections: its zip is larger than the most bytes read below. */
  private static final Dataset DATA = Fixtures.NETWORKS.withCount("operator", 40, 40).withCount("station", 60, 60)
      .withCount("inspection", 60, 60).sample(7);
  private static final IOException FAILURE = new IOException("Input/output error");

  /** {@code bytes} up to {@code count}, then the failure. */
  private static InputStream failingAfter(byte[] bytes, int count) {
    ByteArrayInputStream head = new ByteArrayInputStream(bytes, 0, count);
    return new InputStream() {
      @Override
      public int read() throws IOException {
        int b = head.read();
        if (b < 0) {
          throw FAILURE;
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = head.read(b, off, len);
        if (n <= 0 && len > 0) {
          throw FAILURE;
        }
        return n;
      }
    };
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 10, 1_000})
  void aTableThatCannotBeReadIsAnIoFailure(int readable) {
    ByteArrayOutputStream table = new ByteArrayOutputStream();
    CSV.writeTable(DATA, Operator.KIND, table);
    byte[] bytes = table.toByteArray();
    assertEquals(DATA.entities(Operator.KIND).size(), Fixtures.read(CSV, Operator.KIND, bytes).size());
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> CSV.readTable(Operator.KIND, failingAfter(bytes, readable), "operator.csv"));
    assertSame(FAILURE, e.getCause());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 10, 1_000, 20_000})
  void aZipThatCannotBeReadIsAnIoFailure(int readable) {
    byte[] zip = Fixtures.zip(CSV, DATA);
    assertTrue(zip.length > readable, () -> "the failure comes before the zip's end: " + zip.length);
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> CSV.readZip(failingAfter(zip, readable), "network.zip"));
    assertSame(FAILURE, e.getCause());
  }
}
