package org.keneya.model.testkit;

import org.keneya.core.data.Dataset;
import org.keneya.core.document.Document;
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
import org.keneya.model.Actor;
import org.keneya.model.Amounts;
import org.keneya.model.Budget;
import org.keneya.model.BudgetLine;
import org.keneya.model.BudgetRate;
import org.keneya.model.Finding;
import org.keneya.model.Framework;
import org.keneya.model.HealthModel;
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
 * {@link org.keneya.testkit.KeneyaGens}. All take {@link #settings()} — the test kit's defaults with
 * {@link #registry()}, the health model's kinds and codelists and core's, never the class path's;
 * pass your own to the overloads, or a registry of your own with more kinds to {@link
 * #datasets(KindRegistry)}.
 *
 * <pre>{@code
 * Gen<Dataset> datasets = HealthGens.datasets().withFramework(FixedFramework.hbhi());
 * Gen<Recommendation> recommendations = HealthGens.recommendations(
 *     HealthGens.settings().withLanguages("fr", "en").withOptionalFields(GenSettings.Fill.ALWAYS));
 * Gen<Dataset> withMine = HealthGens.datasets(KindRegistry.of(new HealthModel(), new MyModel()));
 * Dataset d = datasets.sample(42L);
 * }</pre>
 */
public final class HealthGens {
  private HealthGens() {}

  private static final KindRegistry REGISTRY = KindRegistry.of(new HealthModel());
  private static final GenSettings SETTINGS = GenSettings.of(REGISTRY);

  /** The health model's kinds and codelists, with core's: {@code KindRegistry.of(new HealthModel())}. */
  public static KindRegistry registry() {
    return REGISTRY;
  }

  /** The test kit's {@linkplain GenSettings#defaults() default settings} with the health {@link #registry()}. */
  public static GenSettings settings() {
    return SETTINGS;
  }

  // ---- datasets

  /** Consistent datasets of the health {@link #registry()} with the default counts; configure with the {@code with…} methods. */
  public static HealthDatasetGen datasets() {
    return HealthDatasetGen.defaults();
  }

  /**
   * Consistent datasets of {@code registry}, which holds the health model and may hold more kinds
   * (generated from their descriptions), with the default settings and counts.
   *
   * @throws IllegalArgumentException if {@code registry} lacks a health kind
   */
  public static HealthDatasetGen datasets(KindRegistry registry) {
    return HealthDatasetGen.defaults().withSettings(GenSettings.of(registry));
  }

  // ---- entities

  /** Actors with the default settings; a parent, if any, is {@code actor-1} to {@code actor-3}. */
  public static Gen<Actor> actors() {
    return actors(SETTINGS);
  }

  /** Actors drawn with {@code settings}. */
  public static Gen<Actor> actors(GenSettings settings) {
    return model(settings).actor(0, HealthPools.synthetic());
  }

  /** Frameworks of every framework type. */
  public static Gen<Framework> frameworks() {
    return frameworks(SETTINGS);
  }

  /** Frameworks of every framework type, drawn with {@code settings}. */
  public static Gen<Framework> frameworks(GenSettings settings) {
    return model(settings).framework(0, HealthPools.synthetic());
  }

  /** Pillars of {@code framework-1}, at position 1. */
  public static Gen<Pillar> pillars() {
    return pillars(SETTINGS);
  }

  /** Pillars of {@code framework-1}, at position 1, drawn with {@code settings}. */
  public static Gen<Pillar> pillars(GenSettings settings) {
    return model(settings).pillar(Ref.of("framework", "framework-1"), 1, HealthPools.synthetic());
  }

  /** Programmes with participants among {@code actor-1} to {@code actor-3}. */
  public static Gen<Programme> programmes() {
    return programmes(SETTINGS);
  }

  /** Programmes with participants among {@code actor-1} to {@code actor-3}, drawn with {@code settings}. */
  public static Gen<Programme> programmes(GenSettings settings) {
    return model(settings).programme(0, HealthPools.synthetic());
  }

  /** Meetings of every type and status. */
  public static Gen<Meeting> meetings() {
    return meetings(SETTINGS);
  }

  /** Meetings of every type and status, drawn with {@code settings}. */
  public static Gen<Meeting> meetings(GenSettings settings) {
    return model(settings).meeting(0, HealthPools.synthetic());
  }

  /** Findings, sometimes under a pillar or from a meeting. */
  public static Gen<Finding> findings() {
    return findings(SETTINGS);
  }

  /** Findings, sometimes under a pillar or from a meeting, drawn with {@code settings}. */
  public static Gen<Finding> findings(GenSettings settings) {
    return model(settings).finding(0, HealthPools.synthetic());
  }

  /** Recommendations with deadlines, responsible actors and a status history in date order. */
  public static Gen<Recommendation> recommendations() {
    return recommendations(SETTINGS);
  }

  /** Recommendations drawn with {@code settings}. */
  public static Gen<Recommendation> recommendations(GenSettings settings) {
    return model(settings).recommendation(0, HealthPools.synthetic());
  }

  /** Budgets of {@code actor-1} whose totals, rates and variation agree with their amounts. */
  public static Gen<Budget> budgets() {
    return budgets(SETTINGS);
  }

  /** Budgets drawn with {@code settings}. */
  public static Gen<Budget> budgets(GenSettings settings) {
    return model(settings).budget(0, Ref.of("actor", "actor-1"), java.util.Optional.empty(), HealthPools.synthetic());
  }

  /** Status updates of a recommendation. */
  public static Gen<StatusUpdate> statusUpdates() {
    return statusUpdates(SETTINGS);
  }

  /** Status updates of a recommendation, drawn with {@code settings}. */
  public static Gen<StatusUpdate> statusUpdates(GenSettings settings) {
    ModelGens model = model(settings);
    return model.values().date().flatMap(date -> model.statusUpdate(date, HealthPools.synthetic()));
  }

  /** Participations of {@code actor-1} with distinct roles. */
  public static Gen<Participation> participations() {
    return participations(SETTINGS);
  }

  /** Participations of {@code actor-1} with distinct roles, drawn with {@code settings}. */
  public static Gen<Participation> participations(GenSettings settings) {
    return model(settings).participation(Ref.of("actor", "actor-1"));
  }

  /** Budget amounts, each measure present or not. */
  public static Gen<Amounts> amounts() {
    return amounts(SETTINGS);
  }

  /** Budget amounts, each measure present or not, drawn with {@code settings}. */
  public static Gen<Amounts> amounts(GenSettings settings) {
    return model(settings)::amounts;
  }

  /** Budget lines whose stated rates agree with their amounts. */
  public static Gen<BudgetLine> budgetLines() {
    return budgetLines(SETTINGS);
  }

  /** Budget lines whose stated rates agree with their amounts, drawn with {@code settings}. */
  public static Gen<BudgetLine> budgetLines(GenSettings settings) {
    return model(settings).budgetLine(HealthPools.synthetic());
  }

  /** Stated budget rates over amounts that give them. */
  public static Gen<BudgetRate> budgetRates() {
    return budgetRates(SETTINGS);
  }

  /** Stated budget rates over amounts that give them, drawn with {@code settings}. */
  public static Gen<BudgetRate> budgetRates(GenSettings settings) {
    ModelGens model = model(settings);
    Gen<Amounts> amounts = model::amounts;
    Gen<com.google.common.collect.ImmutableList<BudgetRate>> rates =
        amounts.flatMap(a -> (Gen<com.google.common.collect.ImmutableList<BudgetRate>>) source -> model.rates(source, a));
    return rates.filter(list -> !list.isEmpty()).map(list -> list.get(0));
  }

  /** Source documents. */
  public static Gen<Document> documents() {
    return documents(SETTINGS);
  }

  /** Source documents, drawn with {@code settings}. */
  public static Gen<Document> documents(GenSettings settings) {
    return model(settings).document(0);
  }

  /** Deadlines of every form; one before an event may name {@code meeting-1} (held 2018-05-29) to {@code meeting-3}. */
  public static Gen<Deadline> deadlines() {
    return deadlines(SETTINGS);
  }

  /** Deadlines as {@link #deadlines()} gives them, drawn with {@code settings}. */
  public static Gen<Deadline> deadlines(GenSettings settings) {
    HealthPools pools = HealthPools.synthetic();
    return values(settings).deadline(pools.refsOf("meeting"), pools.meetingDates());
  }

  private static ValueGens values(GenSettings settings) {
    return new ValueGens(settings);
  }

  private static ModelGens model(GenSettings settings) {
    return new ModelGens(values(settings));
  }
}
