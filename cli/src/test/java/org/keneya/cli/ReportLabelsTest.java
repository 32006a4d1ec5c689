package org.keneya.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.keneya.core.kind.EntityKind;
import org.keneya.seeds.Seeds;

/**
 * The report's labels: every key the report uses ({@link ReportLabel}) has an entry in French and
 * in English, both files hold the same keys (none missing from either, none left over), with the
 * same placeholders, and every kind of the seeds' registry is named in both languages.
 */
class ReportLabelsTest {
  private static final ReportLabels FR = ReportLabels.of(ReportLanguage.FR);
  private static final ReportLabels EN = ReportLabels.of(ReportLanguage.EN);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

  @Test
  void everyLabelTheReportUsesIsInBothLanguages() {
    List<String> missing = new ArrayList<>();
    for (ReportLabels labels : List.of(FR, EN)) {
      for (ReportLabel key : ReportLabel.values()) {
        if (labels.find(key.key()).filter(text -> !text.isBlank()).isEmpty()) {
          missing.add(labels.language() + " " + key.key());
        }
      }
      for (int month = 1; month <= 12; month++) {
        if (labels.find("month." + month).isEmpty()) {
          missing.add(labels.language() + " month." + month);
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void bothLanguagesHoldTheSameKeysAndNoneUnused() {
    assertEquals(FR.keys(), EN.keys());
    Set<String> used = new TreeSet<>();
    for (ReportLabel key : ReportLabel.values()) {
      used.add(key.key());
    }
    Set<String> unused = new TreeSet<>(EN.keys());
    unused.removeIf(k -> used.contains(k) || k.startsWith("month.") || k.startsWith(ReportLabels.KIND_PREFIX));
    assertEquals(Set.of(), unused, "labels no key names");
  }

  @Test
  void aLabelHasTheSamePlaceholdersInBothLanguages() {
    for (ReportLabel key : ReportLabel.values()) {
      assertEquals(placeholders(EN.get(key)), placeholders(FR.get(key)), key::key);
    }
  }

  @Test
  void everyKindOfTheSeedsIsNamedInBothLanguages() {
    for (EntityKind<?> kind : Seeds.load().registry().kinds()) { // the kinds with no entity in the seeds too
      assertTrue(FR.kind(kind.name()).isPresent(), () -> "fr " + kind.name());
      assertTrue(EN.kind(kind.name()).isPresent(), () -> "en " + kind.name());
    }
  }

  @Test
  void placeholdersAreReplacedAsGivenWithTheApostrophesKept() {
    assertFalse(FR.find("no.such.label").isPresent());
    assertEquals("aucune date ne peut être déduite : « CT 2018 » n’a pas de date dans les données",
        FR.get(ReportLabel.REASON_UNDATED_RECORD, "CT 2018"));
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
