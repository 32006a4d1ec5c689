package org.keneya.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.core.error.InvalidValueException;

class IdTest {

  @Test
  void acceptsLowercaseSegmentsJoinedByDotsHyphensAndUnderscores() {
    assertEquals("review-2017.n3", Id.of("review-2017.n3").value());
    assertEquals("a_b", Id.of("a_b").toString());
  }

  @Test
  void refusesUppercaseSpacesAndEmptySegmentsNamingTheField() {
    for (String bad : List.of("Ada", "", "a b", "a..b", "-a", "a-", "é")) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> Id.of(bad), bad);
      assertTrue(e.getMessage().startsWith("Id: must be lowercase"), e.getMessage());
    }
    assertEquals("Id: is required", assertThrows(InvalidValueException.class, () -> Id.of(null)).getMessage());
  }

  @Test
  void refusesOverlongIds() {
    assertThrows(InvalidValueException.class, () -> Id.of("a".repeat(Id.MAX_LENGTH + 1)));
  }

  @Test
  void ordersDigitRunsAsNumbers() {
    List<Id> ids = new ArrayList<>(List.of(Id.of("r10"), Id.of("r2"), Id.of("r1"), Id.of("q"), Id.of("r02")));
    ids.sort(null);
    assertEquals("[q, r1, r02, r2, r10]", ids.toString());
  }

  @Test
  void naturalOrderIsConsistentWithEquals() {
    assertEquals(0, Id.of("r2").compareTo(Id.of("r2")));
    assertTrue(Id.of("r02").compareTo(Id.of("r2")) != 0);
    assertTrue(Id.of("x99999999999999999999").compareTo(Id.of("x100000000000000000000")) < 0);
  }
}
