package org.keneya.io.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.error.MalformedInputException;
import org.keneya.io.json.JsonOptions;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.util.JsonParserDelegate;

class ValueReaderTest {
  /** A parser that cannot tell where it is, as Jackson's API allows. */
  private static JsonParser nowhere(String json) {
    return new JsonParserDelegate(new Factories(JsonOptions.defaults()).parser(json)) {
      @Override
      public TokenStreamLocation currentTokenLocation() {
        return null;
      }

      @Override
      public TokenStreamLocation currentLocation() {
        return null;
      }
    };
  }

  @Test
  void anErrorWhereTheParserCannotTellTheLineHasAPlaceWithoutOne() {
    ValueReader r = new ValueReader(nowhere("{\"a\":1}"), "x.json", false, ReadLimits.defaults());
    r.next();
    assertEquals(0, r.line());
    MalformedInputException e = r.fail("refused");
    assertEquals(OptionalLong.empty(), e.place().line());
    assertEquals("x.json, at /: refused", e.getMessage());
  }

  @Test
  void jacksonsLimitErrorWithoutALocationIsReportedAtTheCurrentTokenNamingOurLimit() {
    ValueReader located = new ValueReader(
        new Factories(JsonOptions.defaults()).parser("\n{\"a\":1}"), "x.json", false, ReadLimits.defaults());
    located.next();
    MalformedInputException e = located.translate(new StreamConstraintsException(
        "String value length (2000000) exceeds the maximum allowed (1000000, from `StreamReadConstraints.getMaxStringLength()`)"));
    assertEquals(OptionalLong.of(2), e.place().line());
    assertEquals("String value length (2000000) exceeds the maximum allowed (1000000, the limit maxTextLength)", e.reason());
    ValueReader lost = new ValueReader(nowhere("{}"), "x.json", false, ReadLimits.defaults());
    assertEquals(OptionalLong.empty(), lost.translate(new StreamConstraintsException("too deep")).place().line());
  }
}
