package org.keneya.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Currency;
import java.util.List;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;

/**
 * What the Keneya generators produce: which languages texts are in, the currency of money, whether
 * optional fields are filled, how often edge cases are injected, and the registry whose kinds and
 * codelists are used (by default the one {@link KindRegistry#load()} finds). Immutable; each {@code with…} returns a copy.
 *
 * <pre>{@code
 * GenSettings settings = GenSettings.defaults()
 *     .withLanguages("fr", "en")
 *     .withCurrency("EUR")
 *     .withOptionalFields(GenSettings.Fill.ALWAYS);
 * }</pre>
 */
public final class GenSettings {
  /** How optional fields and lists are filled. */
  public enum Fill {
    /** Sometimes present, sometimes absent (the default). */
    RANDOM,
    /** Always present, lists never empty where they may be filled. */
    ALWAYS,
    /** Always absent, lists empty where allowed. */
    NEVER
  }

  private final ImmutableList<String> languages;
  private final Currency currency;
  private final Fill fill;
  private final int edgeCasePercent;
  private final KindRegistry registry;

  private GenSettings(ImmutableList<String> languages, Currency currency, Fill fill, int edgeCasePercent, KindRegistry registry) {
    this.languages = languages;
    this.currency = currency;
    this.fill = fill;
    this.edgeCasePercent = edgeCasePercent;
    this.registry = registry;
  }

  /** French text (other languages sometimes), XOF, random optional fields, 10 % edge cases, the loaded registry. */
  public static GenSettings defaults() {
    return Holder.DEFAULTS;
  }

  private static final class Holder {
    static final GenSettings DEFAULTS =
        new GenSettings(ImmutableList.of("fr", "en"), Money.currency("XOF"), Fill.RANDOM, 10, KindRegistry.load());
  }

  /**
   * The languages of generated text: the first is always present, the others sometimes. Each must
   * be a canonical BCP 47 tag.
   */
  public GenSettings withLanguages(String first, String... others) {
    ImmutableList<String> all = ImmutableList.<String>builder().add(first).add(others).build();
    all.forEach(LocalizedText::checkLanguage);
    return new GenSettings(all, currency, fill, edgeCasePercent, registry);
  }

  /** The currency of generated money, an ISO 4217 code such as {@code EUR}. */
  public GenSettings withCurrency(String code) {
    return new GenSettings(languages, Money.currency(code), fill, edgeCasePercent, registry);
  }

  /** Whether optional fields are filled and lists may be empty. */
  public GenSettings withOptionalFields(Fill newFill) {
    return new GenSettings(languages, currency, newFill, edgeCasePercent, registry);
  }

  /** How often, in percent, a text, amount or date is replaced by an {@linkplain EdgeCases edge case}. */
  public GenSettings withEdgeCasePercent(int percent) {
    checkArgument(percent >= 0 && percent <= 100, "percent must be in [0, 100], was %s", percent);
    return new GenSettings(languages, currency, fill, percent, registry);
  }

  /** The registry whose codelists and plug-in kinds generated data uses. */
  public GenSettings withRegistry(KindRegistry newRegistry) {
    return new GenSettings(languages, currency, fill, edgeCasePercent, newRegistry);
  }

  /** The languages of generated text, the first always present. */
  public List<String> languages() {
    return languages;
  }

  /** The currency of generated money. */
  public Currency currency() {
    return currency;
  }

  /** How optional fields and lists are filled. */
  public Fill fill() {
    return fill;
  }

  /** How often, in percent, an edge case replaces a text, an amount or a date. */
  public int edgeCasePercent() {
    return edgeCasePercent;
  }

  /** The registry whose kinds and codelists generated data uses. */
  public KindRegistry registry() {
    return registry;
  }
}
