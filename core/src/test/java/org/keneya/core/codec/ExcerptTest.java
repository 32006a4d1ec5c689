package org.keneya.core.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExcerptTest {

  @Test
  void quotesAShortValueWhole() {
    assertEquals("\"demain\"", Excerpt.quote("demain"));
  }

  @Test
  void cutsALongValueAndSaysHowLongItWas() {
    assertEquals("\"" + "1".repeat(40) + "…\" (1000000 characters)", Excerpt.quote("1".repeat(1_000_000)));
  }

  @Test
  void keepsTheMessageOnOneLine() {
    assertEquals("\"a\\nb\\r\\tc\\\"\"", Excerpt.quote("a\nb\r\tc\""));
  }

  @Test
  void showsALoneSurrogateAndKeepsAPair() {
    assertEquals("\"a\\uD800\"", Excerpt.quote("a\ud800"));
    assertEquals("\"😀\"", Excerpt.quote("😀"));
  }

  @Test
  void neverCutsAPairInTwo() {
    String text = "x".repeat(39) + "😀" + "tail";
    assertEquals("\"" + "x".repeat(39) + "…\" (45 characters)", Excerpt.quote(text));
  }

  @Test
  void showsAShortValueAsItIsAndCutsALongOne() {
    assertEquals("[a, b]", Excerpt.of(List.of("a", "b")));
    assertEquals("null", Excerpt.of(null));
    assertEquals("9".repeat(40) + "… (1000 characters)", Excerpt.of("9".repeat(1000)));
  }
}
