package org.keneya.core.kind;

import com.google.common.collect.ImmutableSet;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.keneya.core.value.PartialDate;

/**
 * The scalars core defines through {@link ScalarType#builder}, as a user defines their own: the
 * codecs know them only by token, text and schema forms. Each refuses what its schemas would: a
 * date-time outside years 0000–9999 or with an offset in seconds (RFC 3339, JSON Schema's {@code
 * date-time}), a relative or non-ASCII URI (JSON Schema's {@code uri}), a double that is not
 * finite (JSON has no NaN or infinity).
 */
final class BuiltInScalars {
  private BuiltInScalars() {}

  /** The names a user's scalar cannot take: every built-in type's. */
  static final ImmutableSet<String> NAMES = ImmutableSet.of(
      "string", "boolean", "integer", "decimal", "date", "period", "id", "currency", "code", "ref", "enum",
      "localized-text", "list", "optional", "uuid", "instant", "offset-date-time", "long", "double", "uri", "year",
      "partial-date");

  private static final String HEX = "[0-9a-fA-F]";
  private static final String DATE_TIME =
      "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?";
  // A year past 9999 would need a sign, which RFC 3339 has not: a generated date-time stays within
  private static final long FIRST_SECOND = LocalDate.of(1900, 1, 1).toEpochSecond(LocalTime.MIDNIGHT, ZoneOffset.UTC);
  private static final long LAST_SECOND = LocalDate.of(2100, 1, 1).toEpochSecond(LocalTime.MIDNIGHT, ZoneOffset.UTC);

  static final ScalarType<UUID> UUID_TYPE = new ScalarType.Builder<>("uuid", UUID.class, true)
      .pattern(HEX + "{8}-" + HEX + "{4}-" + HEX + "{4}-" + HEX + "{4}-" + HEX + "{12}")
      .parse(UUID::fromString)
      .format(UUID::toString)
      .jsonSchemaFormat("uuid")
      // Table Schema's uuid format takes RFC 4122 versions 1 to 5 only (datapackage-js refuses a
      // v7 or a random 128 bits, which Java's UUID holds): a string of the pattern says what is read
      .tableSchema("string", null)
      .generator(r -> new UUID(r.nextLong(), r.nextLong()))
      .build();

  static final ScalarType<Instant> INSTANT = new ScalarType.Builder<>("instant", Instant.class, true)
      .pattern(DATE_TIME + "Z")
      .parse(Instant::parse)
      .format(DateTimeFormatter.ISO_INSTANT::format)
      .jsonSchemaFormat("date-time")
      // "default" is whole seconds in UTC only; "any" reads fractions and offsets (RFC 3339)
      .tableSchema("datetime", "any")
      .generator(r -> Instant.ofEpochSecond(r.nextLong(FIRST_SECOND, LAST_SECOND), r.nextBoolean() ? 0 : r.nextInt(1_000_000_000)))
      .build();

  static final ScalarType<OffsetDateTime> OFFSET_DATE_TIME = new ScalarType.Builder<>("offset-date-time", OffsetDateTime.class, true)
      .pattern(DATE_TIME + "(Z|[+-][0-9]{2}:[0-9]{2})")
      .parse(OffsetDateTime::parse)
      .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format)
      .jsonSchemaFormat("date-time")
      .tableSchema("datetime", "any")
      .generator(r -> OffsetDateTime.ofInstant(INSTANT.generator().orElseThrow().apply(r),
          ZoneOffset.ofTotalSeconds(15 * 60 * r.nextInt(-12 * 4, 14 * 4 + 1))))
      .build();

  static final ScalarType<Long> LONG = new ScalarType.Builder<>("long", Long.class, true)
      .pattern("-?(0|[1-9][0-9]*)")
      .parse(Long::valueOf)
      .format(String::valueOf)
      .token(ScalarType.Token.INTEGER)
      .generator(r -> r.nextBoolean() ? r.nextLong(-1_000, 1_000_000) : r.nextLong())
      .build();

  static final ScalarType<Double> DOUBLE = new ScalarType.Builder<>("double", Double.class, true)
      .pattern("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")
      .parse(BuiltInScalars::parseFinite)
      .format(String::valueOf)
      .token(ScalarType.Token.NUMBER)
      .generator(BuiltInScalars::finiteDouble)
      .build();

  static final ScalarType<URI> URI_TYPE = new ScalarType.Builder<>("uri", URI.class, true)
      .parse(BuiltInScalars::parseUri)
      .format(URI::toString)
      .jsonSchemaFormat("uri")
      .tableSchema("string", "uri")
      .generator(r -> URI.create("https://example.org/" + Long.toString(r.nextLong(0, 1_000_000), 36)))
      .build();

  static final ScalarType<Year> YEAR = new ScalarType.Builder<>("year", Year.class, true)
      .pattern("[0-9]{4}")
      .parse(text -> Year.of(Integer.parseInt(text)))
      .format(year -> String.format(Locale.ROOT, "%04d", year.getValue()))
      .tableSchema("year", null)
      .generator(r -> Year.of(r.nextInt(1900, 2100)))
      .build();

  static final ScalarType<PartialDate> PARTIAL_DATE = new ScalarType.Builder<>("partial-date", PartialDate.class, true)
      .pattern("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")
      .parse(PartialDate::parse)
      .format(PartialDate::toString)
      // no JSON Schema format says "a year, a month or a date"; the pattern does. Table Schema's date,
      // yearmonth and year each take one precision only, and a column mixes them: a string of the pattern
      .tableSchema("string", null)
      .generator(BuiltInScalars::partialDate)
      .build();

  /** A partial date of 1900 to 2099, at a precision drawn first: years, months and days alike. */
  private static PartialDate partialDate(RandomGenerator r) {
    int year = r.nextInt(1900, 2100);
    switch (r.nextInt(3)) {
      case 0:
        return PartialDate.ofYear(year);
      case 1:
        return PartialDate.ofMonth(year, r.nextInt(1, 13));
      default:
        return PartialDate.of(LocalDate.ofYearDay(year, r.nextInt(1, Year.of(year).length() + 1)));
    }
  }

  private static Double parseFinite(String text) {
    double value = Double.parseDouble(text);
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("beyond a double's range: " + text);
    }
    return value;
  }

  /** A finite double: small integers and halves first (what a shrunk draw gives), any finite bits else. */
  private static Double finiteDouble(RandomGenerator r) {
    if (r.nextBoolean()) {
      return r.nextInt(-2_000, 2_000_000) / 2.0;
    }
    double value = Double.longBitsToDouble(r.nextLong());
    return Double.isFinite(value) ? value : r.nextDouble();
  }

  /** An absolute URI in ASCII, the form JSON Schema's {@code uri} and Table Schema's {@code uri} accept. */
  private static URI parseUri(String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    if (!uri.isAbsolute() || !uri.toASCIIString().equals(text)) {
      throw new IllegalArgumentException("not an absolute URI in ASCII: " + text);
    }
    return uri;
  }
}
