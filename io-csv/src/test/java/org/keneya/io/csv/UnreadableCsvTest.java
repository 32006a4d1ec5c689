package org.keneya.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.KindRegistry;
import org.keneya.model.Actor;
import org.keneya.model.testkit.HealthGens;

/**
 * A table or zip that cannot be read — a disk error, a pipe closed by its writer — is an {@link
 * UncheckedIOException} carrying the input's {@link IOException}, never a malformed-input error:
 * a caller must tell a failing disk from bad data.
 */
class UnreadableCsvTest {
  private static final KindRegistry REGISTRY = KindRegistry.load();
  private static final CsvCodec CSV = CsvCodec.create(REGISTRY, CsvOptions.defaults());
  private static final Dataset DATA = HealthGens.datasets().withCount("actor", 40, 40).sample(7);
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
    Dataset seeds = DATA;
    ByteArrayOutputStream table = new ByteArrayOutputStream();
    CSV.writeTable(seeds, Actor.KIND, table);
    byte[] bytes = table.toByteArray();
    assertEquals(seeds.entities(Actor.KIND).size(), CSV.readTable(Actor.KIND, new ByteArrayInputStream(bytes), "actor.csv").size());
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> CSV.readTable(Actor.KIND, failingAfter(bytes, readable), "actor.csv"));
    assertSame(FAILURE, e.getCause());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 10, 1_000, 20_000})
  void aZipThatCannotBeReadIsAnIoFailure(int readable) {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    CSV.writeZip(DATA, zip);
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> CSV.readZip(failingAfter(zip.toByteArray(), readable), "seeds.zip"));
    assertSame(FAILURE, e.getCause());
  }
}
