package org.keneya.core.value;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.keneya.core.validation.Checks;

/**
 * Text in one or more languages, keyed by BCP 47 language tag ({@code fr}, {@code en}, {@code
 * bm}). Text is kept exactly as written — accents, typographic apostrophes (’), line breaks — and
 * must not be blank. Languages are kept in tag order, so equal texts always serialize the same way.
 *
 * <pre>{@code
 * LocalizedText title = LocalizedText.of("fr", "Rapport annuel", "en", "Annual report");
 * title.get("en");             // Optional[Annual report]
 * LocalizedText.fr("Avant CT 2018").text(); // "Avant CT 2018"
 * }</pre>
 */
public final class LocalizedText {
  private final ImmutableSortedMap<String, String> byLanguage;

  private LocalizedText(ImmutableSortedMap<String, String> byLanguage) {
    this.byLanguage = byLanguage;
  }

  /** Text in one language. */
  public static LocalizedText of(String language, String text) {
    return new LocalizedText(ImmutableSortedMap.of(checkLanguage(language), checkText(language, text)));
  }

  /** Text in two languages. */
  public static LocalizedText of(String language, String text, String language2, String text2) {
    return of(Map.of(language, text, language2, text2));
  }

  /** Text in any number of languages; at least one. */
  public static LocalizedText of(Map<String, String> byLanguage) {
    Checks.notEmpty("LocalizedText", Checks.notNull("LocalizedText", byLanguage).keySet());
    ImmutableSortedMap.Builder<String, String> copy = ImmutableSortedMap.naturalOrder();
    byLanguage.forEach((language, text) -> copy.put(checkLanguage(language), checkText(language, text)));
    return new LocalizedText(copy.buildOrThrow());
  }

  /** French text, the language of the source documents. */
  public static LocalizedText fr(String text) {
    return of("fr", text);
  }

  /** English text. */
  public static LocalizedText en(String text) {
    return of("en", text);
  }

  /** The texts by language tag, in tag order. */
  public ImmutableSortedMap<String, String> byLanguage() {
    return byLanguage;
  }

  public Optional<String> get(String language) {
    return Optional.ofNullable(byLanguage.get(language));
  }

  /** The text in {@code language}, or else in French, or else in the first language held. */
  public String get(String language, String... fallbacks) {
    String text = byLanguage.get(language);
    for (int i = 0; text == null && i < fallbacks.length; i++) {
      text = byLanguage.get(fallbacks[i]);
    }
    return text != null ? text : text();
  }

  /** The French text if present, else the text of the first language in tag order. */
  public String text() {
    String fr = byLanguage.get("fr");
    return fr != null ? fr : byLanguage.values().iterator().next();
  }

  /** A copy with {@code language} set to {@code text}. */
  public LocalizedText with(String language, String text) {
    ImmutableSortedMap.Builder<String, String> copy = ImmutableSortedMap.naturalOrder();
    byLanguage.forEach((l, t) -> {
      if (!l.equals(language)) {
        copy.put(l, t);
      }
    });
    copy.put(checkLanguage(language), checkText(language, text));
    return new LocalizedText(copy.buildOrThrow());
  }

  /** Tags already found valid: a dataset uses a handful, and parsing a tag is costly on hot paths. */
  private static final Set<String> VALID_LANGUAGES = ConcurrentHashMap.newKeySet();

  /**
   * The last tag found valid, compared by identity first: readers hand out one instance per tag
   * (a parser's name, a table's column), so most checks end here without hashing. Racy but benign:
   * a thread that sees an older tag only looks it up in the set.
   */
  private static String lastValidLanguage = "fr";

  /** Validates a BCP 47 tag in its canonical form ({@code fr}, {@code en-GB}). */
  public static String checkLanguage(String language) {
    if (language == lastValidLanguage) {
      return language;
    }
    Checks.notNull("LocalizedText.language", language);
    if (VALID_LANGUAGES.contains(language)) {
      lastValidLanguage = language;
      return language;
    }
    Locale locale = Locale.forLanguageTag(language);
    int primary = locale.getLanguage().length();
    Checks.check(
        locale.toLanguageTag().equals(language) && primary >= 2 && primary <= 3 && !language.startsWith("und"),
        "LocalizedText.language",
        "must be a BCP 47 tag with an ISO 639 language, in canonical form such as fr or en-GB, was \"%s\"",
        language);
    if (VALID_LANGUAGES.size() < 1_000) { // bounded: hostile input cannot grow it without limit
      VALID_LANGUAGES.add(language);
    }
    lastValidLanguage = language;
    return language;
  }

  private static String checkText(String language, @Nullable String text) {
    if (text == null || text.isBlank()) { // the field name is built only on failure
      Checks.notBlank("LocalizedText." + language, text);
    }
    return text;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LocalizedText && byLanguage.equals(((LocalizedText) o).byLanguage);
  }

  @Override
  public int hashCode() {
    return byLanguage.hashCode();
  }

  @Override
  public String toString() {
    return byLanguage.size() == 1 ? text() : byLanguage.toString();
  }
}
