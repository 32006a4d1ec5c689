package org.keneya.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.keneya.core.error.InvalidValueException;

class ChecksTest {

  @Test
  void distinctReturnsAListWithoutRepeatsOfAnyLength() {
    for (int size = 0; size <= 20; size++) {
      List<String> values = IntStream.range(0, size).mapToObj(i -> "a" + i).collect(Collectors.toList());
      assertSame(values, Checks.distinct("T.names", "a name", values));
    }
  }

  @Test
  void distinctRefusesARepeatAtAnyPlaceInShortAndLongListsNamingTheField() {
    for (int size = 2; size <= 20; size++) { // the pairwise path up to 8, a set beyond
      for (int r = 1; r < size; r++) {
        int repeat = r;
        List<String> values = IntStream.range(0, size)
            .mapToObj(i -> i == repeat ? "a0" : "a" + i)
            .collect(Collectors.toList());
        InvalidValueException e =
            assertThrows(InvalidValueException.class, () -> Checks.distinct("T.names", "a name", values));
        assertEquals("T.names: lists a name twice: " + values, e.getMessage());
      }
    }
  }

  @Test
  void distinctRefusesNullAsRequired() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Checks.distinct("T.names", "a name", null));
    assertEquals("T.names: is required", e.getMessage());
  }
}
