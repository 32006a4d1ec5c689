package org.keneya.testkit;

import org.keneya.core.data.Dataset;
import org.keneya.core.document.Document;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
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
import org.keneya.model.Actor;
import org.keneya.model.Amounts;
import org.keneya.model.Budget;
import org.keneya.model.BudgetLine;
import org.keneya.model.BudgetRate;
import org.keneya.model.Finding;
import org.keneya.model.Framework;
import org.keneya.model.Meeting;
import org.keneya.model.Participation;
import org.keneya.model.Pillar;
import org.keneya.model.Programme;
import org.keneya.model.Recommendation;
import org.keneya.model.StatusUpdate;
import org.keneya.testkit.gen.Gen;

/**
 * The named generators of Keneya types, for test authors: whole consistent datasets, every entity
 * and every core value. Standalone entities refer to a few entities that do not exist ({@code
 * actor-1}, {@code meeting-2}…); for consistent data use {@link #datasets()}. All take the {@link
 * GenSettings#defaults() default settings}; pass your own to the overloads.
 *
 * <pre>{@code
 * Gen<Dataset> datasets = KeneyaGens.datasets().withFramework(FixedFramework.hbhi());
 * Gen<Recommendation> recommendations = KeneyaGens.recommendations(
 *     GenSettings.defaults().withLanguages("fr", "en").withOptionalFields(GenSettings.Fill.ALWAYS));
 * Dataset d = datasets.sample(42L);
 * }</pre>
 */
public final class KeneyaGens {
  private KeneyaGens() {}

  // ---- datasets

  /** Consistent datasets with the default settings and counts; configure with the {@code with…} methods. */
  public static DatasetGen datasets() {
    return DatasetGen.defaults();
  }

  // ---- entities

  public static Gen<Actor> actors() {
    return actors(GenSettings.defaults());
  }

  public static Gen<Actor> actors(GenSettings settings) {
    return model(settings).actor(0, Pools.synthetic());
  }

  public static Gen<Framework> frameworks() {
    return model(GenSettings.defaults()).framework(0, Pools.synthetic());
  }

  public static Gen<Pillar> pillars() {
    return model(GenSettings.defaults()).pillar(Ref.of("framework", "framework-1"), 1, Pools.synthetic());
  }

  public static Gen<Programme> programmes() {
    return model(GenSettings.defaults()).programme(0, Pools.synthetic());
  }

  public static Gen<Meeting> meetings() {
    return model(GenSettings.defaults()).meeting(0, Pools.synthetic());
  }

  public static Gen<Finding> findings() {
    return model(GenSettings.defaults()).finding(0, Pools.synthetic());
  }

  public static Gen<Recommendation> recommendations() {
    return recommendations(GenSettings.defaults());
  }

  public static Gen<Recommendation> recommendations(GenSettings settings) {
    return model(settings).recommendation(0, Pools.synthetic());
  }

  public static Gen<Budget> budgets() {
    return budgets(GenSettings.defaults());
  }

  public static Gen<Budget> budgets(GenSettings settings) {
    return model(settings).budget(0, Ref.of("actor", "actor-1"), java.util.Optional.empty(), Pools.synthetic());
  }

  public static Gen<StatusUpdate> statusUpdates() {
    ModelGens model = model(GenSettings.defaults());
    return model.values().date().flatMap(date -> model.statusUpdate(date, Pools.synthetic()));
  }

  public static Gen<Participation> participations() {
    return model(GenSettings.defaults()).participation(Ref.of("actor", "actor-1"));
  }

  public static Gen<Amounts> amounts() {
    return model(GenSettings.defaults())::amounts;
  }

  /** Budget lines whose stated rates agree with their amounts. */
  public static Gen<BudgetLine> budgetLines() {
    return model(GenSettings.defaults()).budgetLine(Pools.synthetic());
  }

  /** Stated budget rates over amounts that give them. */
  public static Gen<BudgetRate> budgetRates() {
    ModelGens model = model(GenSettings.defaults());
    Gen<Amounts> amounts = model::amounts;
    Gen<com.google.common.collect.ImmutableList<BudgetRate>> rates =
        amounts.flatMap(a -> (Gen<com.google.common.collect.ImmutableList<BudgetRate>>) source -> model.rates(source, a));
    return rates.filter(list -> !list.isEmpty()).map(list -> list.get(0));
  }

  public static Gen<Document> documents() {
    return model(GenSettings.defaults()).document(0);
  }

  /**
   * Entities of any registered kind — a user's own included — derived from the kind's
   * description; references point to synthetic ids of the target kind.
   */
  public static <E extends Entity> Gen<E> entities(EntityKind<E> kind) {
    DerivedGens derived = new DerivedGens(new ValueGens(GenSettings.defaults()));
    return source -> {
      Pools pools = Pools.synthetic();
      for (EntityKind<?> k : GenSettings.defaults().registry().kinds()) {
        for (int i = 1; i <= 2; i++) {
          pools.addRef(k.name(), Ref.of(k.name(), k.name() + "-" + i));
        }
      }
      return derived.entity(kind, 0, pools, source)
          .orElseThrow(() -> new org.keneya.testkit.gen.GenerationException(
              "could not generate a valid " + kind.name() + " in " + DerivedGens.ATTEMPTS + " attempts"));
    };
  }

  // ---- values

  public static Gen<Id> ids() {
    return values(GenSettings.defaults()).anyId();
  }

  public static Gen<String> texts() {
    return values(GenSettings.defaults()).text();
  }

  public static Gen<LocalizedText> localizedTexts() {
    return values(GenSettings.defaults()).localizedText();
  }

  public static Gen<Money> money() {
    return values(GenSettings.defaults()).money();
  }

  public static Gen<Money> money(GenSettings settings) {
    return values(settings).money();
  }

  public static Gen<Rate> rates() {
    return values(GenSettings.defaults()).rate();
  }

  public static Gen<StatedRate> statedRates() {
    return rates().flatMap(rate -> values(GenSettings.defaults()).statedRateFor(rate));
  }

  public static Gen<Deadline> deadlines() {
    Pools pools = Pools.synthetic();
    return values(GenSettings.defaults()).deadline(pools.refsOf("meeting"), pools.meetingDates());
  }

  public static Gen<DateRange> dateRanges() {
    return values(GenSettings.defaults()).dateRange();
  }

  public static Gen<Provenance> provenances() {
    return values(GenSettings.defaults()).provenance(Pools.synthetic().refsOf("document"));
  }

  /** References to entities of {@code kind}, with any valid id. */
  public static <T> Gen<Ref<T>> refs(String kind) {
    Ref.checkKind(kind);
    return values(GenSettings.defaults()).anyId().map(id -> Ref.of(kind, id));
  }

  /** Codes of a codelist of the default registry. */
  public static Gen<Code> codes(String codelist) {
    return values(GenSettings.defaults()).code(codelist);
  }

  private static ValueGens values(GenSettings settings) {
    return new ValueGens(settings);
  }

  private static ModelGens model(GenSettings settings) {
    return new ModelGens(values(settings));
  }
}
