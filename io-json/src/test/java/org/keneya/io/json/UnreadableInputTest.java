package org.keneya.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.keneya.io.json.Networks.REGISTRY;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keneya.core.error.MalformedInputException;

/**
 * An input that cannot be read — a disk error, a pipe closed by its writer — is an {@link
 * UncheckedIOException} carrying the {@link IOException}, never a {@link MalformedInputException}:
 * a caller must tell a failing disk from bad data.
 */
class UnreadableInputTest {
  private static final IOException FAILURE = new IOException("Input/output error");

  /** {@code bytes}, then the failure; at 0, the failure on the first read. */
  private static InputStream failingAfter(byte[] bytes, int count) {
    return new InputStream() {
      private final ByteArrayInputStream head = new ByteArrayInputStream(bytes, 0, count);

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

  private static byte[] lines() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesWriter w = JsonLines.writer(out, REGISTRY, JsonOptions.defaults())) {
      for (int i = 1; i <= 50; i++) {
        w.write(Networks.station(i));
      }
    }
    return out.toByteArray();
  }

  /** A dataset document of 200 operators, longer than the most bytes any test lets be read. */
  private static byte[] document() {
    StringBuilder json = new StringBuilder("{\"format\":\"keneya-dataset\",\"version\":1,\"kinds\":{\"operator\":[\n");
    for (int i = 1; i <= 200; i++) {
      json.append(i == 1 ? "" : ",\n").append("{\"id\":\"a").append(i).append("\",\"type\":\"agency\",\"name\":{\"fr\":\"DMN\"}}");
    }
    return json.append("\n]}}").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void theDocumentReadsWhole() {
    assertEquals(200, JsonCodec.create(REGISTRY).read(new ByteArrayInputStream(document()), "data.json").entities().size());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 100, 5_000})
  void aDocumentThatCannotBeReadIsAnIoFailure(int readable) {
    byte[] json = document();
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> JsonCodec.create(REGISTRY).read(failingAfter(json, readable), "data.json"));
    assertSame(FAILURE, e.getCause());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 10, 100, 5_000})
  void aStreamThatCannotBeReadIsAnIoFailureWhereverItFails(int readable) {
    byte[] lines = lines();
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> {
      try (JsonLinesReader r = JsonLines.reader(failingAfter(lines, readable), "data.jsonl", REGISTRY, JsonOptions.defaults())) {
        r.forEachRemaining(entity -> { });
      }
    });
    assertSame(FAILURE, e.getCause());
  }

  @Test
  void badBytesStayBadData() {
    // a UTF-32 text cut inside a character: Jackson's reader throws CharConversionException, an
    // IOException that says the bytes are wrong, not that they could not be read
    byte[] utf32 = {0, 0, 0, '{', 0, 0, 0, '"', 0, 0};
    assertThrows(MalformedInputException.class,
        () -> JsonCodec.create(REGISTRY).read(new ByteArrayInputStream(utf32), "data.json"));
  }
}
