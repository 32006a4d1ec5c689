package org.keneya.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written syntax checks accept exactly what the published regexes accept. */
class SyntaxTest {
  /** Every string of up to five characters over letters of both cases, a digit and every separator. */
  private static List<String> allShortStrings() {
    String alphabet = "aZ0.-_:";
    List<String> strings = new ArrayList<>(List.of(""));
    List<String> previous = List.of("");
    for (int length = 1; length <= 5; length++) {
      List<String> next = new ArrayList<>();
      for (String prefix : previous) {
        for (char c : alphabet.toCharArray()) {
          next.add(prefix + c);
        }
      }
      strings.addAll(next);
      previous = next;
    }
    return strings;
  }

  @Test
  void idsCodesAndKindNamesAreCheckedExactlyAsTheirRegexesSay() {
    int checked = 0;
    // Twice: the second pass meets kind names Ref.checkKind has cached as valid, and every invalid
    // string sharing a cache slot with one of them.
    for (int pass = 0; pass < 2; pass++) {
      for (String s : allShortStrings()) {
        assertEquals(Id.SYNTAX.matcher(s).matches(), Syntax.segments(s, false, "._-"), () -> "id " + s);
        assertEquals(Code.SYNTAX.matcher(s).matches(), Syntax.segments(s, true, "._-"), () -> "code " + s);
        assertEquals(Ref.KIND_SYNTAX.matcher(s).matches(), accepted(() -> Ref.checkKind(s)), () -> "kind " + s);
        checked++;
      }
    }
    assertEquals(2 * 19608, checked);
  }

  private static boolean accepted(Runnable check) {
    try {
      check.run();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
