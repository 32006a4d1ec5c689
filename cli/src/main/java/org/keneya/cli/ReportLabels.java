package org.keneya.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every word {@code keneya report} writes itself, in one language, read from {@code
 * ReportLabels_fr.properties} or {@code ReportLabels_en.properties} (UTF-8) next to this class: the
 * {@link ReportLabel} keys, the month names ({@code month.1}…) and the names of the kinds ({@code
 * kind.recommendation}…). Texts from the data (names, codelist labels) are not here: the data
 * carries them in both languages.
 *
 * <p>A label may hold placeholders {@code {0}}, {@code {1}}… replaced by the arguments as they are;
 * {@link java.text.MessageFormat} is not used, as it would treat the apostrophes of French text as
 * quotes and format numbers by the default locale.
 */
final class ReportLabels {
  /** The prefix of the keys naming a kind, followed by the kind's name. */
  static final String KIND_PREFIX = "kind.";

  private final ReportLanguage language;
  private final Properties labels;

  private ReportLabels(ReportLanguage language, Properties labels) {
    this.language = language;
    this.labels = labels;
  }

  /** The labels of {@code language}. */
  static ReportLabels of(ReportLanguage language) {
    String name = "ReportLabels_" + language.tag() + ".properties";
    Properties labels = new Properties();
    try (InputStream in = ReportLabels.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ReportLabels(language, labels);
  }

  /** The language of these labels. */
  ReportLanguage language() {
    return language;
  }

  /** The label {@code key}, its placeholders replaced by {@code args}; fails when the label is missing. */
  String get(ReportLabel key, Object... args) {
    String text = find(key.key()).orElseThrow(
        () -> new IllegalStateException("no " + language + " label " + key.key()));
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  /** The name of month {@code month} (1 to 12), lower case as a date writes it in French. */
  String month(int month) {
    return find("month." + month).orElseThrow(() -> new IllegalStateException("no " + language + " month " + month));
  }

  /** What kind {@code name} is called in this language, if the labels name it (a user's own kind is not). */
  Optional<String> kind(String name) {
    return find(KIND_PREFIX + name);
  }

  /** The label stored under {@code key}. */
  Optional<String> find(String key) {
    return Optional.ofNullable(labels.getProperty(key));
  }

  /** Every key these labels hold, sorted. */
  Set<String> keys() {
    return new TreeSet<>(labels.stringPropertyNames());
  }
}
