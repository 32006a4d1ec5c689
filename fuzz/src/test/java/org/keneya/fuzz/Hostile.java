package org.keneya.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.CodeType;
import org.keneya.core.kind.Codelist;
import org.keneya.core.kind.ListType;
import org.keneya.core.kind.OptionalType;
import org.keneya.core.kind.RefType;
import org.keneya.core.kind.ScalarType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.LocalizedText;

/**
 * Hostile values chosen by a property's declared type: numbers too large, too precise or in odd
 * notations, texts empty or huge or holding what no UTF-8 file can, dates and periods out of range,
 * unknown ids and codes, nesting thousands of levels deep. Each comes as JSON text (to replace a
 * value in a document) and as cell text (to replace a cell of a table).
 */
final class Hostile {
  private static final String DIGITS_150 = "9".repeat(150);

  /** Numbers whose plain notation is huge, or past the documented limit of 100 digits. */
  static final List<String> HUGE_NUMBERS = List.of(
      "1e400", "1e2147483647", "1E+999999999", "1E-999999999", "1E+10000", "1e-400", "-1e2147483647", DIGITS_150,
      "0." + "0".repeat(150) + "1", "1" + "0".repeat(100), "1" + "0".repeat(101));
  /** Numbers in odd notations, or odd for the property's range. */
  static final List<String> ODD_NUMBERS = List.of(
      "1E+2", "-0", "-1", "0.5", "2147483648", "-2147483649", "1e2", "0e0", "1.0", "00", "01", "+1", ".5", "5.", "-",
      "0x10", "NaN", "Infinity", "1e", "12.3400", "-5", "1E-2");
  static final List<String> NUMBERS = java.util.stream.Stream.concat(HUGE_NUMBERS.stream(), ODD_NUMBERS.stream()).toList();
  static final List<String> TEXTS = List.of(
      "", " ", "\t", "\ud800", "\udc00x", "\u0000\u0001\u001f", "\u007f", "\ufeff", "\u202e", "=1+1", "@SUM(A1)",
      "'quoted", "\"", ",", ";", "\n", "\r", "\r\n", "null", "[", "{\"a\":1}", "e\u0301", "\ud83d\ude00", "\u2028", "\\");
  static final List<String> DATES = List.of(
      "2023-02-30", "+999999999-12-31", "-999999999-01-01", "2023-13-01", "2023-00-10", "20230101", "2023-1-1",
      "0000-01-01", "2023-02-28T00:00", " 2023-01-01", "2024-02-29", "+10000-01-01", "10000-01-01", "");
  static final List<String> PERIODS = List.of(
      "P2147483647Y", "P-2147483648Y", "P2147483647Y2147483647M", "P2147483647D", "PT1H", "P", "P1W", "-P1Y",
      "P0D", "P1Y-1M", "p1y", "P99999999999Y", "P2147483647M", "");
  static final List<String> IDS = List.of(
      "no-such-id", "NO-SUCH", "ABC", "", " ", "a b", "a:b", "-a", "a--b", "a.", "\u00e9", "x".repeat(10_000));
  static final List<String> ANY_REFS = List.of(
      "nokind:x", "actor:", ":x", "actor:NOPE", "meeting:no-such", "actor:a:b", "x", "");
  static final List<String> WORDS = List.of("no-such-code", "", " ", "NO_SUCH", "before_event", "half-up ", "-");
  static final List<String> CURRENCIES = List.of("ZZZ", "xof", "", "XO", "XOFF", "EUR", "USD");
  static final List<String> BOOLEANS = List.of("TRUE", "1", "yes", "", "true ");
  static final List<String> TYPE_SWAPS = List.of("\"text\"", "0", "-1.5", "true", "null", "{}", "[]", "[1]", "{\"a\":1}", "\"\"");
  static final List<String> LOCALIZED = List.of(
      "{}", "{\"\":\"x\"}", "{\"FR\":\"x\"}", "{\"fr\":\"\"}", "{\"fr\":\" \"}", "{\"fr\":1}", "{\"fr\":null}",
      "{\"fr\":\"\\ud800\"}", "{\"x-" + "a".repeat(300) + "\":\"a\"}", "{\"fr\":\"a\",\"fr\":\"b\"}", "\"plain\"", "{\"fr\":[]}");

  private Hostile() {}

  /** The declared type with optionals unwrapped. */
  static @Nullable ValueType<?> unwrap(@Nullable ValueType<?> type) {
    return type instanceof OptionalType ? ((OptionalType<?>) type).element() : type;
  }

  /**
   * The family of a declared type — a scalar's kind (decimal, date, period, code…) or a shape — so
   * that mutators pick a family first: a document has a hundred texts for every amount, and rare
   * types would otherwise rarely get their hostile values.
   */
  static String family(@Nullable ValueType<?> declared) {
    ValueType<?> type = unwrap(declared);
    if (type == null) {
      return "untyped";
    }
    return type instanceof ScalarType ? ((ScalarType<?>) type).scalar().name() : type.shape().name();
  }

  /** A random item, its family (by {@code familyOf}) chosen first, uniformly among those present. */
  static <T> T pickByFamily(List<T> items, java.util.function.Function<T, String> familyOf, SplittableRandom r) {
    java.util.Map<String, List<T>> byFamily = new java.util.TreeMap<>();
    items.forEach(item -> byFamily.computeIfAbsent(familyOf.apply(item), f -> new ArrayList<>()).add(item));
    List<List<T>> families = new ArrayList<>(byFamily.values());
    return pick(pick(families, r), r);
  }

  // ---- JSON

  /** A hostile JSON text for a value of {@code declared} (null: a value of unknown type). */
  static String json(@Nullable ValueType<?> declared, SplittableRandom r) {
    int pick = r.nextInt(10);
    if (pick == 0) {
      return nested(r);
    }
    if (pick == 1) {
      return pick(TYPE_SWAPS, r);
    }
    if (pick == 2) {
      return huge(r);
    }
    ValueType<?> type = unwrap(declared);
    if (type == null) {
      return r.nextBoolean() ? pick(NUMBERS, r) : quote(pick(TEXTS, r));
    }
    return type.accept(new ValueType.PartialVisitor<SplittableRandom, String>() {
      @Override
      public String visitScalar(ScalarType<?> scalar, SplittableRandom random) {
        String text = scalarText(scalar, random);
        boolean number = scalar.token() == ScalarType.Token.INTEGER || scalar.token() == ScalarType.Token.NUMBER;
        return number && random.nextInt(4) != 0 ? text : quote(text);
      }

      @Override
      public String visitLocalizedText(ValueType<LocalizedText> text, SplittableRandom random) {
        return random.nextBoolean() ? pick(LOCALIZED, random) : "{\"fr\":" + quote(pick(TEXTS, random)) + "}";
      }

      @Override
      public String visitList(ListType<?> list, SplittableRandom random) {
        return random.nextBoolean() ? "[" + json(list.element(), random) + "]" : pick(List.of("[]", "[null]", "[[]]", "{}"), random);
      }

      @Override
      public String otherwise(ValueType<?> other, SplittableRandom random) {
        return pick(List.of("{}", "null", "[]", "{\"unknown\":1}"), random);
      }
    }, r);
  }

  /** The text of a hostile scalar of the type, as a cell or inside a JSON string. */
  static String scalarText(ScalarType<?> scalar, SplittableRandom r) {
    switch (scalar.scalar()) {
      case DECIMAL:
      case INTEGER:
        if (r.nextInt(20) == 0) {
          return "9".repeat(1_000_000);
        }
        return r.nextBoolean() ? pick(HUGE_NUMBERS, r) : pick(ODD_NUMBERS, r); // the huge ones half the time: they find the most
      case DATE:
        return pick(DATES, r);
      case PERIOD:
        return pick(PERIODS, r);
      case ID:
        return pick(IDS, r);
      case REFERENCE:
        return ((RefType<?>) scalar).target().isPresent() ? pick(IDS, r) : pick(ANY_REFS, r);
      case CODE:
        return r.nextBoolean() ? pick(WORDS, r) : upperCaseCode((CodeType) scalar, r);
      case ENUM:
        return pick(WORDS, r);
      case CURRENCY:
        return pick(CURRENCIES, r);
      case BOOLEAN:
        return pick(BOOLEANS, r);
      default:
        return text(r);
    }
  }

  /** A text: one of the hostile ones, or a huge one. */
  static String text(SplittableRandom r) {
    return r.nextInt(10) == 0 ? "a".repeat(r.nextBoolean() ? 1_000_000 : 1_000_001) : pick(TEXTS, r);
  }

  /** A code the codelist holds, in upper case: codes are case-sensitive. */
  private static String upperCaseCode(CodeType type, SplittableRandom r) {
    List<String> codes = new ArrayList<>();
    Codecs.REGISTRY.codelist(type.codelist()).map(Codelist::codes).ifPresent(list -> list.forEach(c -> codes.add(c.value())));
    return codes.isEmpty() ? "NO-SUCH" : pick(codes, r).toUpperCase(Locale.ROOT);
  }

  /** Arrays or objects nested thousands of levels deep (sometimes just past the documented limit). */
  static String nested(SplittableRandom r) {
    int levels = pick(List.of(65, 1_000, 10_000, 10_000), r);
    return r.nextBoolean()
        ? "[".repeat(levels) + "]".repeat(levels)
        : "{\"a\":".repeat(levels) + "1" + "}".repeat(levels);
  }

  /** A huge string, number or array. */
  static String huge(SplittableRandom r) {
    switch (r.nextInt(3)) {
      case 0:
        return quote("a".repeat(1_000_000 + r.nextInt(2)));
      case 1:
        return "9".repeat(r.nextBoolean() ? 101 : 1_000_000);
      default:
        return "[" + "0,".repeat(100_000) + "0]";
    }
  }

  // ---- cells

  /** A hostile cell text for a column of {@code declared} (null: a column of unknown type). */
  static String cell(@Nullable ValueType<?> declared, SplittableRandom r) {
    ValueType<?> type = unwrap(declared);
    if (type == null || r.nextInt(8) == 0) {
      return r.nextBoolean() ? text(r) : pick(NUMBERS, r);
    }
    return type.accept(new ValueType.PartialVisitor<SplittableRandom, String>() {
      @Override
      public String visitScalar(ScalarType<?> scalar, SplittableRandom random) {
        return scalarText(scalar, random);
      }

      @Override
      public String visitList(ListType<?> list, SplittableRandom random) {
        return listCell(list, random);
      }

      @Override
      public String otherwise(ValueType<?> other, SplittableRandom random) {
        return text(random);
      }
    }, r);
  }

  /** A hostile list cell: broken JSON (an unterminated string, as in {@code ["a","b","]}), or a JSON list of hostile elements. */
  static String listCell(ListType<?> type, SplittableRandom r) {
    switch (r.nextInt(4)) {
      case 0:
        return pick(List.of("[\"a\",\"b\",\"]", "[\"a\"", "[", "]", "[\"\"", "[\"a\",]", "[,]", "[\"a\"]]", "\"a\"", "[\"a\" \"b\"]"), r);
      case 1:
        return nested(r);
      case 2:
        return "[" + "\"a\",".repeat(100_000) + "\"a\"]";
      default:
        return "[" + json(type.element(), r) + "]";
    }
  }

  // ---- helpers

  static <T> T pick(List<T> list, SplittableRandom r) {
    return list.get(r.nextInt(list.size()));
  }

  /**
   * A JSON string literal. Control characters and lone surrogates are written as {@code \}{@code u}
   * escapes, so that a lone surrogate reaches the reader as JSON allows it, not replaced by the
   * UTF-8 encoder.
   */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || (Character.isSurrogate(c) && !pairedHigh)) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else if (pairedHigh) {
        out.append(c).append(text.charAt(++i));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
