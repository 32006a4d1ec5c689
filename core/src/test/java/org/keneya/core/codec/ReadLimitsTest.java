package org.keneya.core.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.keneya.core.error.InvalidValueException;

class ReadLimitsTest {
  private final ReadLimits limits = ReadLimits.defaults();

  @Test
  void defaultsAreTheDocumentedOnes() {
    assertEquals(100, limits.maxNumberLength());
    assertEquals(1_000_000, limits.maxTextLength());
    assertEquals(100_000, limits.maxListLength());
    assertEquals(64, limits.maxNestingDepth());
    assertEquals(1_000, limits.maxZipEntries());
    assertEquals(512L << 20, limits.maxEntryBytes());
    assertEquals(2L << 30, limits.maxTotalBytes());
    assertEquals(100, limits.maxCompressionRatio());
    assertEquals(limits, ReadLimits.builder().build());
  }

  @Test
  void aBuilderChangesOneLimitAndKeepsTheOthers() {
    ReadLimits strict = ReadLimits.builder().maxTextLength(10).build();
    assertEquals(10, strict.maxTextLength());
    assertEquals(limits.maxZipEntries(), strict.maxZipEntries());
  }

  @Test
  void refusesLimitsThatAreNotPositiveOrBeyondWhatValuesHold() {
    InvalidValueException zero = assertThrows(InvalidValueException.class, () -> ReadLimits.builder().maxZipEntries(0).build());
    assertEquals("ReadLimits.maxZipEntries: must be positive, was 0", zero.getMessage());
    assertThrows(InvalidValueException.class, () -> ReadLimits.builder().maxNumberLength(10_001).build());
  }

  @Test
  void aDecimalIsCountedInPlainNotationAsWritersWriteIt() {
    assertEquals(new BigDecimal("100"), limits.checkDecimal(new BigDecimal("1E+2")));
    assertEquals(0, limits.checkDecimal(new BigDecimal("1E+2")).scale());
    BigDecimal ninetyNine = new BigDecimal("1E+99"); // 100 digits in plain notation
    assertEquals(100, limits.checkDecimal(ninetyNine).toPlainString().length());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> limits.checkDecimal(new BigDecimal("1e400")));
    assertTrue(e.reason().contains("401 digits") && e.reason().contains("maxNumberLength = 100"), e.reason());
    assertThrows(InvalidValueException.class, () -> limits.checkDecimal(new BigDecimal("1e-400")));
    assertThrows(InvalidValueException.class, () -> limits.checkDecimal(new BigDecimal("1e2147483647")));
  }

  @Test
  void keepsTrailingZerosAfterThePoint() {
    BigDecimal stated = new BigDecimal("1.50");
    assertSame(stated, limits.checkDecimal(stated));
  }

  @Test
  void aNumberTextTooLongIsRefusedBeforeItIsParsed() {
    String million = "9".repeat(1_000_000);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> limits.checkNumberText(million));
    assertTrue(e.reason().contains("maxNumberLength") && e.reason().length() < 300, e.reason());
    limits.checkNumberText("-" + "9".repeat(100) + ".5e-3");
  }

  @Test
  void aTextTooLongIsRefusedWithAShortExcerpt() {
    String text = "a".repeat(1_000_001);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> limits.checkText(text));
    assertTrue(e.reason().contains("1000001 characters") && e.reason().contains("maxTextLength"), e.reason());
    assertTrue(e.getMessage().length() < 300, e.getMessage());
  }

  @Test
  void aLoneSurrogateIsRefusedAndAPairIsKept() {
    assertEquals("😀 ok", limits.checkText("😀 ok"));
    InvalidValueException high = assertThrows(InvalidValueException.class, () -> limits.checkText("a\ud800b"));
    assertTrue(high.reason().contains("U+D800 at index 1"), high.reason());
    assertThrows(InvalidValueException.class, () -> limits.checkText("\udc00"));
    assertThrows(InvalidValueException.class, () -> limits.checkText("end\ud83d"));
  }

  @Test
  void aListPastItsLimitIsRefused() {
    ReadLimits small = ReadLimits.builder().maxListLength(3).build();
    small.checkListLength(3);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> small.checkListLength(4));
    assertTrue(e.reason().contains("maxListLength"), e.reason());
  }
}
