package org.keneya.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;

/**
 * What the Keneya generators produce: which languages texts are in, the currency of money, whether
 * optional fields are filled, how often edge cases are injected, and the registry whose kinds and
 * codelists are used. Immutable; each {@code with…} returns a copy.
 *
 * <p>The registry is always the caller's: nothing here reads the class path. {@link #defaults()}
 * has none, which is enough for core values (texts, money, dates, ids…); datasets, entities and
 * codes need one, given with {@link #of(KindRegistry)} or {@link #withRegistry(KindRegistry)}.
 * Asking settings without a registry for a dataset, an entity or a code fails at once with an
 * {@link IllegalStateException} that says how to give one.
 *
 * <pre>{@code
 * KindRegistry registry = KindRegistry.of(new LibraryModel());
 * GenSettings settings = GenSettings.of(registry)
 *     .withLanguages("fr", "en")
 *     .withCurrency("EUR")
 *     .withOptionalFields(GenSettings.Fill.ALWAYS);
 * Gen<Dataset> datasets = KeneyaGens.datasets(settings);
 * }</pre>
 *
 * <p>For a {@code @Property} method, name the settings with
 * {@link org.keneya.testkit.junit.Settings @Settings} on its class, the method or a parameter.
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
  private final @Nullable KindRegistry registry;

  private GenSettings(
      ImmutableList<String> languages, Currency currency, Fill fill, int edgeCasePercent, @Nullable KindRegistry registry) {
    this.languages = languages;
    this.currency = currency;
    this.fill = fill;
    this.edgeCasePercent = edgeCasePercent;
    this.registry = registry;
  }

  private static final GenSettings DEFAULTS =
      new GenSettings(ImmutableList.of("fr", "en"), Money.currency("XOF"), Fill.RANDOM, 10, null);

  /**
   * French text (English sometimes), XOF, random optional fields, 10 % edge cases, and no registry:
   * enough for core values; give a registry ({@link #withRegistry}) for datasets, entities and codes.
   */
  public static GenSettings defaults() {
    return DEFAULTS;
  }

  /** The {@linkplain #defaults() defaults} with {@code registry}'s kinds and codelists. */
  public static GenSettings of(KindRegistry registry) {
    return DEFAULTS.withRegistry(registry);
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

  /** The registry whose kinds and codelists generated datasets, entities and codes use. */
  public GenSettings withRegistry(KindRegistry newRegistry) {
    return new GenSettings(languages, currency, fill, edgeCasePercent, Objects.requireNonNull(newRegistry, "registry"));
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

  /**
   * The registry whose kinds and codelists generated data uses.
   *
   * @throws IllegalStateException if these settings have none ({@link #defaults()} has none)
   */
  public KindRegistry registry() {
    if (registry == null) {
      throw new IllegalStateException(
          "these GenSettings have no registry, and generating datasets, entities or codes needs one:"
              + " give yours with GenSettings.of(registry) or settings.withRegistry(registry),"
              + " or, for a @Property method, with @Settings(YourSettings.class) on its class, the method or"
              + " the parameter (the test kit never reads the class path's kinds)");
    }
    return registry;
  }

  /** The registry, if these settings have one. */
  public Optional<KindRegistry> registryIfSet() {
    return Optional.ofNullable(registry);
  }

  @Override
  public String toString() {
    return "GenSettings{languages=" + languages + ", currency=" + currency + ", fill=" + fill + ", edgeCasePercent="
        + edgeCasePercent + ", registry=" + (registry == null ? "none" : registry.toString()) + "}";
  }
}
