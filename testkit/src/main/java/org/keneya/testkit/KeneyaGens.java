package org.keneya.testkit;

import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.value.Code;
import org.keneya.core.value.DateRange;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;
import org.keneya.core.value.Provenance;
import org.keneya.core.value.Rate;
import org.keneya.core.value.Ref;
import org.keneya.core.value.StatedRate;
import org.keneya.testkit.gen.Gen;
import org.keneya.testkit.gen.GenerationException;

/**
 * The named generators of Keneya's core types, for test authors: whole consistent datasets of any
 * registry, entities of any kind derived from its description, and every core value. The health
 * model's hand-tuned generators are in {@code keneya-model-testkit} ({@code
 * org.keneya.model.testkit.HealthGens}). Core values take the {@link GenSettings#defaults() default
 * settings} unless given others; datasets, entities and codes take settings with your registry
 * (the test kit never reads the class path's kinds).
 *
 * <pre>{@code
 * GenSettings settings = GenSettings.of(KindRegistry.of(new LibraryModel()));
 * Gen<Dataset> datasets = KeneyaGens.datasets(settings).withCount("loan", 1, 20);
 * Gen<Loan> loans = KeneyaGens.entities(LibraryModel.LOAN, settings);
 * Dataset d = datasets.sample(42L);
 * }</pre>
 */
public final class KeneyaGens {
  private KeneyaGens() {}

  // ---- datasets and entities

  /**
   * Consistent datasets of every kind of {@code settings}' registry; configure with the {@code with…} methods.
   *
   * @throws IllegalStateException if {@code settings} have no registry
   */
  public static DatasetGen datasets(GenSettings settings) {
    return DatasetGen.of(settings);
  }

  /** Consistent datasets of every kind of {@code registry}, with the default settings. */
  public static DatasetGen datasets(KindRegistry registry) {
    return DatasetGen.of(GenSettings.of(registry));
  }

  /**
   * Entities of {@code kind} drawn with {@code settings} (whose registry gives the codelists),
   * derived from the kind's description; references point to ids of the target kind that no entity
   * has ({@code member-1} to {@code member-3}).
   *
   * @throws IllegalStateException if {@code settings} have no registry
   * @throws GenerationException when generating, if no valid entity was drawn in {@value
   *     DerivedGens#ATTEMPTS} attempts
   */
  public static <E extends Entity> Gen<E> entities(EntityKind<E> kind, GenSettings settings) {
    DerivedGens derived = new DerivedGens(new ValueGens(settings));
    Pools pools = Pools.synthetic(settings.registry().kinds().stream().map(EntityKind::name).toList());
    pools.addRef(kind.name(), Ref.of(kind.name(), kind.name() + "-1")); // a kind outside the registry may refer to itself
    return source -> derived.entity(kind, 0, pools, source)
        .orElseThrow(() -> new GenerationException(
            "could not generate a valid " + kind.name() + " in " + DerivedGens.ATTEMPTS + " attempts"));
  }

  // ---- values

  /** Any valid id. */
  public static Gen<Id> ids() {
    return values(GenSettings.defaults()).anyId();
  }

  /** Non-blank texts, sometimes an edge case. */
  public static Gen<String> texts() {
    return values(GenSettings.defaults()).text();
  }

  /** Localized texts in the default languages. */
  public static Gen<LocalizedText> localizedTexts() {
    return values(GenSettings.defaults()).localizedText();
  }

  /** Non-negative money in the default currency. */
  public static Gen<Money> money() {
    return values(GenSettings.defaults()).money();
  }

  /** Non-negative money in {@code settings}' currency. */
  public static Gen<Money> money(GenSettings settings) {
    return values(settings).money();
  }

  /** Rates with a non-zero denominator, sometimes with an agreeing stated figure. */
  public static Gen<Rate> rates() {
    return values(GenSettings.defaults()).rate();
  }

  /** Stated rates that agree with some rate. */
  public static Gen<StatedRate> statedRates() {
    return rates().flatMap(rate -> values(GenSettings.defaults()).statedRateFor(rate));
  }

  /** Deadlines of every form; one before an event may name a meeting that no entity is. */
  public static Gen<Deadline> deadlines() {
    return values(GenSettings.defaults()).deadline(
        Pools.synthetic(java.util.List.of("meeting")).refsOf("meeting"), java.util.Map.of());
  }

  /** Date ranges between 2000 and 2035. */
  public static Gen<DateRange> dateRanges() {
    return values(GenSettings.defaults()).dateRange();
  }

  /** Provenance pointing to a document that no entity is ({@code document-1} to {@code document-3}). */
  public static Gen<Provenance> provenances() {
    return values(GenSettings.defaults()).provenance(Pools.synthetic(java.util.List.of("document")).refsOf("document"));
  }

  /** References to entities of {@code kind}, with any valid id. */
  public static <T> Gen<Ref<T>> refs(String kind) {
    Ref.checkKind(kind);
    return values(GenSettings.defaults()).anyId().map(id -> Ref.of(kind, id));
  }

  /**
   * Codes of the named codelist of {@code settings}' registry.
   *
   * @throws IllegalStateException if {@code settings} have no registry
   * @throws IllegalArgumentException if the registry has no such codelist
   */
  public static Gen<Code> codes(String codelist, GenSettings settings) {
    return values(settings).code(codelist);
  }

  private static ValueGens values(GenSettings settings) {
    return new ValueGens(settings);
  }
}
