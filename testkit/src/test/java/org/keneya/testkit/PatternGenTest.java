package org.keneya.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.keneya.core.kind.Constraint;
import org.keneya.testkit.engine.RecordingSource;
import org.keneya.testkit.gen.Gen;

class PatternGenTest {

  @Test
  void everyDrawMatchesItsPortablePattern() {
    for (String regex : List.of("[0-9]{5}", "97[89]-[0-9]{10}", "[a-z]{1,8}(\\.[a-z]{1,8})?@[a-z]{2,6}\\.(org|net)",
        "\\+223 [0-9]{8}", "[A-Z][a-z]*( [A-Z][a-z]*)+", "(P|Q)[0-9]+-?x", "\\S+", "[\\s\\S]*\\S[\\s\\S]*",
        Constraint.NOT_BLANK_PATTERN, "a.c", "[a-cx-z_]{2,}", "[^@\\s]+@[^@\\s]+", "[^a-z]{3}", "x[^0-9 ]y")) {
      Constraint.pattern(regex); // the pattern is one a property may declare
      Gen<String> gen = PatternGen.of(regex);
      Set<String> seen = new HashSet<>();
      for (long seed = 0; seed < 200; seed++) {
        String text = gen.sample(seed);
        assertTrue(text.matches(regex), () -> text + " does not match " + regex);
        seen.add(text);
      }
      assertTrue(seen.size() > 1 || regex.equals("a.c") && seen.size() >= 1, () -> regex + " gave only " + seen);
    }
  }

  @Test
  void aTextShrinksTowardsTheShortestMatch() {
    // every choice drawn as 0: the first alternative, the fewest repeats, the first character of a class
    String shortest = PatternGen.of("[a-z]{1,8}(\\.[a-z]{1,8})?@[a-z]{2,6}\\.(org|net)")
        .generate(RecordingSource.replay(new long[0], Gen.MAX_SIZE));
    assertEquals("a@aa.org", shortest);
  }
}
