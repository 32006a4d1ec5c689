package org.keneya.testkit;

import com.google.common.collect.ImmutableList;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.Codelist;
import org.keneya.core.value.Code;
import org.keneya.core.value.DateRange;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;
import org.keneya.core.value.PartialDate;
import org.keneya.core.value.Provenance;
import org.keneya.core.value.Rate;
import org.keneya.core.value.Ref;
import org.keneya.core.value.StatedRate;
import org.keneya.testkit.gen.Gen;
import org.keneya.testkit.gen.Gens;
import org.keneya.testkit.gen.Source;

/**
 * Generators of core values under given {@link GenSettings}: text with edge cases, localized text,
 * money, dates, rates, deadlines, provenance. Every generated value is valid; none throws.
 *
 * <pre>{@code
 * ValueGens values = new ValueGens(GenSettings.defaults());
 * Money m = values.money().sample(7L);
 * }</pre>
 */
public final class ValueGens {
  static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz éèàçôABCDELMNOPRSTU0123456789'-";
  static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(2035, 12, 31);

  private final GenSettings settings;

  /** Value generators under {@code settings}. */
  public ValueGens(GenSettings settings) {
    this.settings = settings;
  }

  /** The settings these draw with. */
  public GenSettings settings() {
    return settings;
  }

  /** Non-blank text, sometimes an {@linkplain EdgeCases#TEXTS edge case}. */
  public Gen<String> text() {
    Gen<String> plain = Gens.strings(ALPHABET, 1, 60).filter(s -> !s.isBlank());
    return plain.withEdgeCases(settings.edgeCasePercent(), EdgeCases.TEXTS.stream().map(EdgeCases.NamedText::text).toList());
  }

  /** Short uppercase names such as acronyms. */
  public Gen<String> acronym() {
    return Gens.strings("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 2, 8);
  }

  /** Text in the first configured language, and sometimes in the others. */
  public Gen<LocalizedText> localizedText() {
    Gen<String> text = text();
    List<String> languages = settings.languages();
    return source -> {
      Map<String, String> byLanguage = new LinkedHashMap<>();
      byLanguage.put(languages.get(0), text.generate(source));
      for (int i = 1; i < languages.size(); i++) {
        if (present(source)) {
          byLanguage.put(languages.get(i), text.generate(source));
        }
      }
      return LocalizedText.of(byLanguage);
    };
  }

  /** Whether an optional field is filled, following {@link GenSettings#fill()}: one draw from {@code source}. */
  public boolean present(Source source) {
    switch (settings.fill()) {
      case ALWAYS:
        return true;
      case NEVER:
        return false;
      default:
        return source.draw(3) != 0;
    }
  }

  /** An optional value following {@link GenSettings#fill()}. */
  public <T> Gen<Optional<T>> optional(Gen<T> gen) {
    return source -> present(source) ? Optional.of(gen.generate(source)) : Optional.empty();
  }

  /** A list following {@link GenSettings#fill()}: empty under NEVER, at least one element under ALWAYS. */
  public <T> Gen<ImmutableList<T>> list(Gen<T> gen, int max) {
    switch (settings.fill()) {
      case NEVER:
        return Gens.constant(ImmutableList.of());
      case ALWAYS:
        return gen.list(1, Math.max(1, max));
      default:
        return gen.list(0, max);
    }
  }

  /** Non-negative amounts in the configured currency, up to beyond 10^15, with edge amounts. */
  public Gen<Money> money() {
    int digits = Math.max(0, settings.currency().getDefaultFractionDigits());
    Gen<BigDecimal> plain = Gens.longs(0, 10_000_000_000_000_000L).map(unscaled -> BigDecimal.valueOf(unscaled, digits));
    return plain.withEdgeCases(settings.edgeCasePercent(), EdgeCases.AMOUNTS)
        .map(amount -> Money.of(amount, settings.currency()));
  }

  /** Days between 2000 and 2035, sometimes at a year boundary. */
  public Gen<LocalDate> date() {
    return Gens.dates(FIRST_DAY, LAST_DAY).withEdgeCases(settings.edgeCasePercent(), EdgeCases.DATES);
  }

  /**
   * Ranges of 0 to 400 days starting between 2000 and 2035, each end at a precision of its own
   * (a day, its month or its year): {@code 2023-12-26..2024-01-02}, {@code 2014..2023-06}.
   */
  public Gen<DateRange> dateRange() {
    Gen<LocalDate> start = date();
    Gen<Integer> days = Gens.integers(0, 400);
    return source -> {
      LocalDate from = start.generate(source);
      LocalDate to = from.plusDays(days.generate(source));
      // a coarser end covers its day, so the range still runs forwards
      return DateRange.of(partial(from, source), partial(to, source));
    };
  }

  /** {@code day} at a drawn precision: the day itself (what a shrunk draw gives), its month or its year. */
  private static PartialDate partial(LocalDate day, Source source) {
    switch ((int) source.draw(2)) {
      case 0:
        return PartialDate.of(day);
      case 1:
        return PartialDate.ofMonth(day.getYear(), day.getMonthValue());
      default:
        return PartialDate.ofYear(day.getYear());
    }
  }

  /** A code of the named codelist of the settings' registry. */
  public Gen<Code> code(String codelist) {
    Codelist list = settings.registry().codelist(codelist)
        .orElseThrow(() -> new IllegalArgumentException("no codelist " + codelist + " in " + settings.registry()));
    return Gens.elements(list.codes());
  }

  /** Ids such as {@code actor-3}: the index keeps them unique, the prefix readable. */
  public static Id id(String prefix, int index) {
    return Id.of(prefix + "-" + index);
  }

  /** Any valid id: segments of letters and digits joined by '.', '-' or '_'. */
  public Gen<Id> anyId() {
    Gen<String> segment = Gens.strings("abcdefghijklmnopqrstuvwxyz0123456789", 1, 10);
    Gen<String> separator = Gens.elements(List.of(".", "-", "_"));
    return source -> {
      StringBuilder id = new StringBuilder(segment.generate(source));
      int more = (int) source.draw(3);
      for (int i = 0; i < more; i++) {
        id.append(separator.generate(source)).append(segment.generate(source));
      }
      return Id.of(id.toString());
    };
  }

  /** A stated percentage that agrees with {@code rate} at 0 to 2 decimals, half up. */
  public Gen<StatedRate> statedRateFor(Rate rate) {
    return Gens.integers(0, 2).map(decimals -> {
      BigDecimal percent = rate.percent(decimals, RoundingMode.HALF_UP);
      return StatedRate.builder().asWritten("soit " + percent.toPlainString() + "%").percent(percent)
          .decimals(decimals).build();
    });
  }

  /** Rates with a non-zero denominator, sometimes carrying an agreeing stated figure. */
  public Gen<Rate> rate() {
    Gen<Money> amounts = money();
    return source -> {
      Money numerator = amounts.generate(source);
      Money denominator = amounts.generate(source);
      if (denominator.signum() == 0) {
        denominator = Money.of(BigDecimal.ONE, settings.currency());
      }
      Rate rate = Rate.of(numerator, denominator);
      return present(source) ? rate.withStated(statedRateFor(rate).generate(source)) : rate;
    };
  }

  /**
   * Deadlines of every form; a deadline before or at an event refers to one of {@code meetings}
   * when there are any (and then carries the meeting's date when {@code meetingDates} knows it).
   */
  public Gen<Deadline> deadline(List<Ref<?>> meetings, Map<Ref<?>, LocalDate> meetingDates) {
    Gen<String> wording = text();
    Gen<LocalDate> dates = date();
    Gen<Period> periods = Gens.elements(List.of(Period.ofMonths(6), Period.ofYears(1), Period.ofMonths(3), Period.ofDays(90)));
    return source -> {
      @Nullable String asWritten = present(source) ? wording.generate(source) : null;
      int form = (int) source.draw(4);
      switch (form) {
        case 0:
          return Deadline.builder().asWritten(asWritten).form(Deadline.Form.DATE).date(dates.generate(source)).build();
        case 1:
        case 4: {
          Deadline.Builder b = Deadline.builder().asWritten(asWritten)
              .form(form == 1 ? Deadline.Form.BEFORE_EVENT : Deadline.Form.AT_EVENT)
              .event(wording.generate(source));
          if (!meetings.isEmpty() && present(source)) {
            Ref<?> meeting = meetings.get((int) source.draw(meetings.size() - 1));
            b.eventRef(meeting).date(meetingDates.get(meeting));
          }
          return b.build();
        }
        case 2:
          return Deadline.builder().asWritten(asWritten).form(Deadline.Form.WITHIN).period(periods.generate(source))
              .reference(present(source) ? dates.generate(source) : null).build();
        case 3:
          return Deadline.builder().asWritten(asWritten).form(Deadline.Form.UNSPECIFIED).build();
        default:
          throw new AssertionError(form);
      }
    };
  }

  /** Provenance pointing to one of {@code documents}, with or without a passage. */
  public Gen<Provenance> provenance(List<Ref<?>> documents) {
    Gen<String> passage = text();
    return source -> Provenance.of(
        documents.get((int) source.draw(documents.size() - 1)),
        present(source) ? Optional.of(passage.generate(source)) : Optional.empty());
  }

  /** Distinct elements of {@code pool}, at most {@code max}. */
  public static <T> Gen<ImmutableList<T>> distinct(List<T> pool, int max) {
    return source -> {
      if (pool.isEmpty()) {
        return ImmutableList.of();
      }
      Map<T, Boolean> chosen = new LinkedHashMap<>();
      int wanted = (int) source.draw(Math.min(max, pool.size()));
      for (int i = 0; i < wanted; i++) {
        chosen.put(pool.get((int) source.draw(pool.size() - 1)), Boolean.TRUE);
      }
      return ImmutableList.copyOf(chosen.keySet());
    };
  }

}
