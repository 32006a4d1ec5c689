package org.keneya.io.csv.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.Bytes;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.keneya.testkit.engine.PropertyFailure;
import org.keneya.testkit.engine.PropertyResult;
import org.keneya.testkit.engine.PropertyRunner;
import org.keneya.testkit.gen.Gen;
import org.keneya.testkit.gen.Gens;

class Utf8ReaderTest {
  /** Input bytes, how many chars each read asks for, and how many bytes the stream gives at most per read. */
  record Case(byte[] bytes, int readSize, int chunk) {
    @Override
    public String toString() {
      return HexFormat.ofDelimiter(" ").formatHex(bytes) + " read " + readSize + " stream " + chunk;
    }
  }

  // Sequences the standard forbids: overlong forms, encoded surrogates, beyond U+10FFFF, bytes that
  // never start a character, and sequences cut short.
  private static final List<byte[]> MALFORMED = List.of(
      bytes(0xC0, 0xAF), bytes(0xC1, 0xBF), bytes(0xE0, 0x80, 0xAF), bytes(0xE0, 0x9F, 0xBF),
      bytes(0xED, 0xA0, 0x80), bytes(0xED, 0xBF, 0xBF), bytes(0xF0, 0x8F, 0xBF, 0xBF), bytes(0xF4, 0x90, 0x80, 0x80),
      bytes(0xF5, 0x80, 0x80, 0x80), bytes(0xFF), bytes(0x80), bytes(0xBF), bytes(0xE2, 0x82), bytes(0xF0, 0x9F, 0x98));

  private static Gen<byte[]> piece() {
    return Gens.frequency(ImmutableMap.<Gen<? extends byte[]>, Integer>of(
        Gens.integers(0, 0x7F).map(Utf8ReaderTest::encode), 8,
        Gens.integers(0x80, 0x7FF).map(Utf8ReaderTest::encode), 4,
        Gens.integers(0x800, 0xFFFF).filter(c -> !Character.isSurrogate((char) (int) c)).map(Utf8ReaderTest::encode), 3,
        Gens.integers(0x10000, 0x10FFFF).map(Utf8ReaderTest::encode), 2,
        Gens.integers(0, 255).map(b -> bytes(b)), 1,
        Gens.elements(MALFORMED), 1));
  }

  private static Gen<Case> cases() {
    Gen<byte[]> input = Gens.listOf(piece(), 0, 300).map(pieces -> Bytes.concat(pieces.toArray(byte[][]::new)));
    return Gens.zip(input, Gens.zip(Gens.integers(1, 40), Gens.integers(1, 40), (read, chunk) -> new int[] {read, chunk}),
        (bytes, sizes) -> new Case(bytes, sizes[0], sizes[1]));
  }

  @Test
  void decodesExactlyWhatTheJdksStrictDecoderDecodesAndRefusesTheRest() {
    PropertyResult<Case> result = PropertyRunner.builder().tries(2000).build().run(cases(), c -> {
      String expected = jdkStrict(c.bytes());
      if (expected == null) {
        assertThrows(CharConversionException.class, () -> readAll(c), "the JDK refuses it");
      } else {
        assertEquals(expected, readAll(c));
      }
    });
    PropertyFailure<Case> failure = result.failure().orElse(null);
    if (failure != null) {
      throw new AssertionError(result.summary() + ", shrunk to " + failure.shrunk(), failure.shrunkFailure());
    }
  }

  @Test
  void aMalformedSequenceIsNamedByItsByteOffsetAndBytes() {
    byte[] input = Bytes.concat("ab".getBytes(StandardCharsets.UTF_8), bytes(0xC3, 0x28));
    CharConversionException e = assertThrows(CharConversionException.class, () -> readAll(new Case(input, 100, 100)));
    assertEquals("malformed UTF-8 at byte 3: an invalid byte inside a character (0xC3 0x28)", e.getMessage());
    CharConversionException cut = assertThrows(CharConversionException.class, () -> readAll(new Case(bytes(0x61, 0xE2, 0x82), 100, 100)));
    assertEquals("malformed UTF-8 at byte 3: a character cut short by the end of the input (0xE2 0x82)", cut.getMessage());
  }

  @Test
  void charactersBeforeAMalformedSequenceAreReturnedBeforeTheError() throws IOException {
    byte[] input = Bytes.concat("é,1\n".getBytes(StandardCharsets.UTF_8), bytes(0xFF));
    try (Reader reader = Utf8.reader(new ByteArrayInputStream(input))) {
      char[] chars = new char[16];
      assertEquals(4, reader.read(chars, 0, 16));
      assertEquals("é,1\n", new String(chars, 0, 4));
      assertThrows(CharConversionException.class, () -> reader.read(chars, 0, 16));
      assertThrows(CharConversionException.class, () -> reader.read(chars, 0, 16), "and stays refused");
    }
  }

  @Test
  void aSupplementaryCharacterIsSplitAcrossReadsOfOneChar() throws IOException {
    String text = "a😀b";
    try (Reader reader = Utf8.reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      StringBuilder out = new StringBuilder();
      for (int c = reader.read(); c >= 0; c = reader.read()) {
        out.append((char) c);
      }
      assertEquals(text, out.toString());
    }
  }

  @Test
  void readsLongInputAcrossItsBufferAndClosesTheStream() throws IOException {
    String text = "Élaborer un plan « priorité » n° 1, 😀\n".repeat(10_000);
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed.set(true);
      }
    };
    try (Reader reader = Utf8.reader(in)) {
      char[] all = new char[text.length()];
      int n = 0;
      for (int k; n < all.length && (k = reader.read(all, n, Math.min(8191, all.length - n))) > 0; ) {
        n += k;
      }
      assertEquals(text.length(), n);
      assertArrayEquals(text.toCharArray(), all);
      assertEquals(-1, reader.read(all, 0, 10));
      assertEquals(0, reader.read(all, 0, 0));
    }
    assertTrue(closed.get());
  }

  private static String readAll(Case c) throws IOException {
    InputStream trickle = new ByteArrayInputStream(c.bytes()) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, c.chunk()));
      }
    };
    StringBuilder out = new StringBuilder();
    try (Reader reader = Utf8.reader(trickle)) {
      char[] chars = new char[c.readSize()];
      for (int n; (n = reader.read(chars, 0, chars.length)) >= 0; ) {
        out.append(chars, 0, n);
      }
    }
    return out.toString();
  }

  /** The JDK's strict decoding, or null when it refuses the input. */
  private static String jdkStrict(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static byte[] encode(int codePoint) {
    return new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }
}
