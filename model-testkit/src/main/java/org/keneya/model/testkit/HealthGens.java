package org.keneya.model.testkit;

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
import org.keneya.testkit.GenSettings;
import org.keneya.testkit.ValueGens;
import org.keneya.testkit.gen.Gen;

/**
 * The named generators of the health model's types, for test authors: whole consistent datasets
 * and every health entity, hand-tuned to be realistic (budgets whose rates agree with their
 * amounts, deadlines before real meetings, status histories in date order). Standalone entities
 * refer to a few entities that do not exist ({@code actor-1}, {@code meeting-2}…); for consistent
 * data use {@link #datasets()}. Generators of core values and of kinds of any registry are in
 * {@link org.keneya.testkit.KeneyaGens}. All take the {@link GenSettings#defaults() default
 * settings}; pass your own to the overloads.
 *
 * <pre>{@code
 * Gen<Dataset> datasets = HealthGens.datasets().withFramework(FixedFramework.hbhi());
 * Gen<Recommendation> recommendations = HealthGens.recommendations(
 *     GenSettings.defaults().withLanguages("fr", "en").withOptionalFields(GenSettings.Fill.ALWAYS));
 * Dataset d = datasets.sample(42L);
 * }</pre>
 */
public final class HealthGens {
  private HealthGens() {}

  // ---- datasets

  /** Consistent datasets with the default settings and counts; configure with the {@code with…} methods. */
  public static HealthDatasetGen datasets() {
    return HealthDatasetGen.defaults();
  }

  // ---- entities

  /** Actors with the default settings; a parent, if any, is {@code actor-1} to {@code actor-3}. */
  public static Gen<Actor> actors() {
    return actors(GenSettings.defaults());
  }

  /** Actors drawn with {@code settings}. */
  public static Gen<Actor> actors(GenSettings settings) {
    return model(settings).actor(0, HealthPools.synthetic());
  }

  /** Frameworks of every framework type. */
  public static Gen<Framework> frameworks() {
    return model(GenSettings.defaults()).framework(0, HealthPools.synthetic());
  }

  /** Pillars of {@code framework-1}, at position 1. */
  public static Gen<Pillar> pillars() {
    return model(GenSettings.defaults()).pillar(Ref.of("framework", "framework-1"), 1, HealthPools.synthetic());
  }

  /** Programmes with participants among {@code actor-1} to {@code actor-3}. */
  public static Gen<Programme> programmes() {
    return model(GenSettings.defaults()).programme(0, HealthPools.synthetic());
  }

  /** Meetings of every type and status. */
  public static Gen<Meeting> meetings() {
    return model(GenSettings.defaults()).meeting(0, HealthPools.synthetic());
  }

  /** Findings, sometimes under a pillar or from a meeting. */
  public static Gen<Finding> findings() {
    return model(GenSettings.defaults()).finding(0, HealthPools.synthetic());
  }

  /** Recommendations with deadlines, responsible actors and a status history in date order. */
  public static Gen<Recommendation> recommendations() {
    return recommendations(GenSettings.defaults());
  }

  /** Recommendations drawn with {@code settings}. */
  public static Gen<Recommendation> recommendations(GenSettings settings) {
    return model(settings).recommendation(0, HealthPools.synthetic());
  }

  /** Budgets of {@code actor-1} whose totals, rates and variation agree with their amounts. */
  public static Gen<Budget> budgets() {
    return budgets(GenSettings.defaults());
  }

  /** Budgets drawn with {@code settings}. */
  public static Gen<Budget> budgets(GenSettings settings) {
    return model(settings).budget(0, Ref.of("actor", "actor-1"), java.util.Optional.empty(), HealthPools.synthetic());
  }

  /** Status updates of a recommendation. */
  public static Gen<StatusUpdate> statusUpdates() {
    ModelGens model = model(GenSettings.defaults());
    return model.values().date().flatMap(date -> model.statusUpdate(date, HealthPools.synthetic()));
  }

  /** Participations of {@code actor-1} with distinct roles. */
  public static Gen<Participation> participations() {
    return model(GenSettings.defaults()).participation(Ref.of("actor", "actor-1"));
  }

  /** Budget amounts, each measure present or not. */
  public static Gen<Amounts> amounts() {
    return model(GenSettings.defaults())::amounts;
  }

  /** Budget lines whose stated rates agree with their amounts. */
  public static Gen<BudgetLine> budgetLines() {
    return model(GenSettings.defaults()).budgetLine(HealthPools.synthetic());
  }

  /** Stated budget rates over amounts that give them. */
  public static Gen<BudgetRate> budgetRates() {
    ModelGens model = model(GenSettings.defaults());
    Gen<Amounts> amounts = model::amounts;
    Gen<com.google.common.collect.ImmutableList<BudgetRate>> rates =
        amounts.flatMap(a -> (Gen<com.google.common.collect.ImmutableList<BudgetRate>>) source -> model.rates(source, a));
    return rates.filter(list -> !list.isEmpty()).map(list -> list.get(0));
  }

  /** Source documents. */
  public static Gen<Document> documents() {
    return model(GenSettings.defaults()).document(0);
  }

  /** Deadlines of every form; one before an event may name {@code meeting-1} (held 2018-05-29) to {@code meeting-3}. */
  public static Gen<Deadline> deadlines() {
    HealthPools pools = HealthPools.synthetic();
    return values(GenSettings.defaults()).deadline(pools.refsOf("meeting"), pools.meetingDates());
  }

  private static ValueGens values(GenSettings settings) {
    return new ValueGens(settings);
  }

  private static ModelGens model(GenSettings settings) {
    return new ModelGens(values(settings));
  }
}
