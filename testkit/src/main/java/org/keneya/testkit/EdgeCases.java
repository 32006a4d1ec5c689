package org.keneya.testkit;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The values that find real bugs in codecs and reports, injected by the generators with a fixed
 * probability ({@link GenSettings#edgeCasePercent()}). Each text has a name, so a coverage count
 * can show that every one occurs in a default run.
 *
 * <pre>{@code
 * EdgeCases.TEXTS.get(0).text(); // "Élaborer le plan stratégique de mise à échelle"
 * }</pre>
 */
public final class EdgeCases {
  private EdgeCases() {}

  /** A named edge-case text. */
  public record NamedText(String name, String text) {}

  /** Texts that break naive codecs: none of them is blank. */
  public static final ImmutableList<NamedText> TEXTS = ImmutableList.of(
      new NamedText("french-accents", "Élaborer le plan stratégique de mise à échelle — ça, où, çà"),
      new NamedText("typographic-quotes", "l’État s’engage « pleinement » ‹ ici › “vraiment”"),
      new NamedText("non-latin", "Здоровье · صحة · 健康 · ߞߍߣߍߦߊ"),
      new NamedText("emoji", "Santé 🩺💉 pour tous 👩🏿‍⚕️"),
      new NamedText("csv-separators", "DRS, DRSV; DRA/DREF"),
      new NamedText("double-quotes", "le \"groupe adhoc\" dit \"\"oui\"\""),
      new NamedText("line-breaks", "ligne 1\nligne 2\r\nligne 3\rligne 4"),
      new NamedText("formula-equals", "=SUM(A1:A3)"),
      new NamedText("formula-plus", "+223 20 22 00 00"),
      new NamedText("formula-minus", "-5 % de variation"),
      new NamedText("formula-at", "@antim"),
      new NamedText("surrounding-spaces", "  espaces autour  "),
      new NamedText("tab-and-backslash", "a\tb\\c/d"),
      new NamedText("very-long", "Renforcer les capacités des acteurs régionaux. ".repeat(250)),
      new NamedText("json-like", "{\"a\": [1, 2]} </script> &amp;"));

  /** Amounts (in major units) at the edges: zero, one, and at least 10^15. */
  public static final ImmutableList<BigDecimal> AMOUNTS = ImmutableList.of(
      BigDecimal.ZERO,
      BigDecimal.ONE,
      new BigDecimal("1000000000000000"),
      new BigDecimal("9007199254740993"),
      new BigDecimal("123456789012345678"));

  /** Days at year boundaries. */
  public static final ImmutableList<LocalDate> DATES = ImmutableList.of(
      LocalDate.of(2017, 12, 31),
      LocalDate.of(2018, 1, 1),
      LocalDate.of(2023, 12, 31),
      LocalDate.of(2024, 1, 1),
      LocalDate.of(2024, 2, 29));

  /** Whether {@code text} is one of the {@link #TEXTS}, by name. */
  public static java.util.Optional<String> nameOf(String text) {
    return TEXTS.stream().filter(t -> t.text().equals(text)).map(NamedText::name).findFirst();
  }
}
