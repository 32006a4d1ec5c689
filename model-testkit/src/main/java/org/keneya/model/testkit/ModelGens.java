package org.keneya.model.testkit;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.keneya.core.document.Document;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.Money;
import org.keneya.core.value.Rate;
import org.keneya.core.value.Ref;
import org.keneya.model.Actor;
import org.keneya.model.Amounts;
import org.keneya.model.Budget;
import org.keneya.model.BudgetLine;
import org.keneya.model.BudgetMeasure;
import org.keneya.model.BudgetRate;
import org.keneya.model.Finding;
import org.keneya.model.Framework;
import org.keneya.model.HealthCodelists;
import org.keneya.model.Meeting;
import org.keneya.model.Participation;
import org.keneya.model.Pillar;
import org.keneya.model.Programme;
import org.keneya.model.Recommendation;
import org.keneya.model.StatusUpdate;
import org.keneya.testkit.ValueGens;
import org.keneya.testkit.gen.Gen;
import org.keneya.testkit.gen.Gens;
import org.keneya.testkit.gen.Source;

/**
 * Generators of the model's entities, each given the pools of entities it may refer to. Every
 * entity satisfies its builder's invariants, and its kind's rules when its references resolve in
 * the pools.
 */
final class ModelGens {
  /** The rate bases documents use, in the order a budget follows. */
  private static final ImmutableList<BudgetMeasure[]> BASES = ImmutableList.of(
      new BudgetMeasure[] {BudgetMeasure.NOTIFIED, BudgetMeasure.FORECAST},
      new BudgetMeasure[] {BudgetMeasure.MOBILIZED, BudgetMeasure.FORECAST},
      new BudgetMeasure[] {BudgetMeasure.MOBILIZED, BudgetMeasure.NOTIFIED},
      new BudgetMeasure[] {BudgetMeasure.EXECUTED, BudgetMeasure.MOBILIZED});

  private final ValueGens values;

  ModelGens(ValueGens values) {
    this.values = values;
  }

  ValueGens values() {
    return values;
  }

  private <T> @Nullable T orNull(Source source, Gen<T> gen) {
    return values.optional(gen).generate(source).orElse(null);
  }

  private static <T> T pick(Source source, List<T> pool) {
    return pool.get((int) source.draw(pool.size() - 1));
  }

  private <T> @Nullable T pickOrNull(Source source, List<T> pool) {
    return pool.isEmpty() || !values.present(source) ? null : pick(source, pool);
  }

  private ImmutableList<org.keneya.core.value.Provenance> provenance(Source source, HealthPools pools) {
    List<Ref<?>> docs = pools.refsOf("document");
    return docs.isEmpty() ? ImmutableList.of() : values.list(values.provenance(docs), 2).generate(source);
  }

  Gen<Document> document(int index) {
    return source -> Document.builder()
        .id(ValueGens.id("document", index))
        .title(values.localizedText().generate(source))
        .issued(orNull(source, values.date()))
        .publisher(orNull(source, values.text()))
        .file(orNull(source, values.text()))
        .build();
  }

  Gen<Actor> actor(int index, HealthPools pools) {
    return source -> {
      List<Ref<Actor>> earlier = pools.refs("actor"); // only earlier actors: no parent cycles
      ImmutableList<String> aliases = values.list(values.text(), 3).generate(source).stream()
          .distinct().collect(ImmutableList.toImmutableList());
      return Actor.builder()
          .id(ValueGens.id("actor", index))
          .type(values.code(HealthCodelists.ACTOR_TYPE).generate(source))
          .name(values.localizedText().generate(source))
          .acronym(orNull(source, values.acronym()))
          .aliases(aliases)
          .level(orNull(source, values.code(HealthCodelists.LEVEL)))
          .parent(pickOrNull(source, earlier))
          .title(orNull(source, values.localizedText()))
          .provenance(provenance(source, pools))
          .build();
    };
  }

  Gen<Framework> framework(int index, HealthPools pools) {
    return source -> Framework.builder()
        .id(ValueGens.id("framework", index))
        .type(values.code(HealthCodelists.FRAMEWORK_TYPE).generate(source))
        .name(values.localizedText().generate(source))
        .acronym(orNull(source, values.acronym()))
        .description(orNull(source, values.localizedText()))
        .provenance(provenance(source, pools))
        .build();
  }

  Gen<Pillar> pillar(Ref<Framework> framework, int position, HealthPools pools) {
    return source -> Pillar.builder()
        .id(Id.of(framework.id() + ".p" + position))
        .framework(framework)
        .position(position)
        .code(orNull(source, Gens.constant("P" + position)))
        .name(values.localizedText().generate(source))
        .provenance(provenance(source, pools))
        .build();
  }

  Gen<Participation> participation(Ref<Actor> actor) {
    Gen<ImmutableList<Code>> roles = values.code(HealthCodelists.ROLE).list(1, 3)
        .map(list -> list.stream().distinct().collect(ImmutableList.toImmutableList()));
    return source -> Participation.builder()
        .actor(actor)
        .roles(roles.generate(source))
        .level(orNull(source, values.code(HealthCodelists.LEVEL)))
        .headcount(orNull(source, Gens.integers(1, 60)))
        .asWritten(orNull(source, values.text()))
        .build();
  }

  private Gen<ImmutableList<Participation>> participants(HealthPools pools) {
    return source -> {
      List<Participation> out = new ArrayList<>();
      for (Ref<Actor> actor : ValueGens.distinct(pools.<Actor>refs("actor"), 6).generate(source)) {
        out.add(participation(actor).generate(source));
      }
      return ImmutableList.copyOf(out);
    };
  }

  Gen<Programme> programme(int index, HealthPools pools) {
    return source -> Programme.builder()
        .id(ValueGens.id("programme", index))
        .type(values.code(HealthCodelists.PROGRAMME_TYPE).generate(source))
        .name(values.localizedText().generate(source))
        .acronym(orNull(source, values.acronym()))
        .externalCode(orNull(source, Gens.strings("P0123456789", 2, 8)))
        .period(orNull(source, values.dateRange()))
        .parent(pickOrNull(source, pools.<Programme>refs("programme")))
        .participants(participants(pools).generate(source))
        .provenance(provenance(source, pools))
        .build();
  }

  Gen<Meeting> meeting(int index, HealthPools pools) {
    return source -> Meeting.builder()
        .id(ValueGens.id("meeting", index))
        .type(values.code(HealthCodelists.MEETING_TYPE).generate(source))
        .title(values.localizedText().generate(source))
        .status(values.code(HealthCodelists.MEETING_STATUS).generate(source))
        .dates(orNull(source, values.dateRange()))
        .venue(orNull(source, values.text()))
        .city(orNull(source, values.text()))
        .participants(participants(pools).generate(source))
        .generalObjectives(values.list(values.localizedText(), 2).generate(source))
        .specificObjectives(values.list(values.localizedText(), 4).generate(source))
        .discussionPoints(values.list(values.localizedText(), 5).generate(source))
        .programme(pickOrNull(source, pools.<Programme>refs("programme")))
        .gaps(values.list(values.localizedText(), 1).generate(source))
        .provenance(provenance(source, pools))
        .build();
  }

  Gen<Finding> finding(int index, HealthPools pools) {
    return source -> Finding.builder()
        .id(ValueGens.id("finding", index))
        .type(values.code(HealthCodelists.FINDING_TYPE).generate(source))
        .statement(values.localizedText().generate(source))
        .pillar(pickOrNull(source, pools.<Pillar>refs("pillar")))
        .cause(orNull(source, values.localizedText()))
        .meeting(pickOrNull(source, pools.<Meeting>refs("meeting")))
        .provenance(provenance(source, pools))
        .build();
  }

  Gen<Recommendation> recommendation(int index, HealthPools pools) {
    return source -> {
      List<Ref<Actor>> actors = pools.refs("actor");
      ImmutableList<Ref<Actor>> lead = ValueGens.distinct(actors, 3).generate(source);
      List<Ref<Actor>> others = actors.stream().filter(a -> !lead.contains(a)).toList();
      List<Ref<?>> meetings = pools.refsOf("meeting");
      return Recommendation.builder()
          .id(ValueGens.id("recommendation", index))
          .type(values.code(HealthCodelists.RECOMMENDATION_TYPE).generate(source))
          .statement(values.localizedText().generate(source))
          .pillar(pickOrNull(source, pools.<Pillar>refs("pillar")))
          .audience(orNull(source, values.code(HealthCodelists.AUDIENCE)))
          .lead(lead)
          .supporting(ValueGens.distinct(others, 2).generate(source))
          .responsibleAsWritten(orNull(source, values.text()))
          .deadline(orNull(source, values.deadline(meetings, pools.meetingDates())))
          .horizon(orNull(source, values.deadline(meetings, pools.meetingDates())))
          .discussionPoint(orNull(source, values.localizedText()))
          .addresses(ValueGens.distinct(pools.<Finding>refs("finding"), 3).generate(source))
          .meeting(pickOrNull(source, pools.<Meeting>refs("meeting")))
          .statusHistory(statusHistory(pools).generate(source))
          .provenance(provenance(source, pools))
          .build();
    };
  }

  Gen<StatusUpdate> statusUpdate(LocalDate date, HealthPools pools) {
    return source -> StatusUpdate.builder()
        .date(date)
        .status(values.code(HealthCodelists.RECOMMENDATION_STATUS).generate(source))
        .remark(orNull(source, values.localizedText()))
        .reportedBy(pickOrNull(source, pools.<Actor>refs("actor")))
        .meeting(pickOrNull(source, pools.<Meeting>refs("meeting")))
        .build();
  }

  private Gen<ImmutableList<StatusUpdate>> statusHistory(HealthPools pools) {
    return source -> {
      List<LocalDate> dates = new ArrayList<>(values.list(values.date(), 4).generate(source));
      dates.sort(null); // the history is append-only: dates never go back
      ImmutableList.Builder<StatusUpdate> out = ImmutableList.builder();
      for (LocalDate date : dates) {
        out.add(statusUpdate(date, pools).generate(source));
      }
      return out.build();
    };
  }

  /** A budget whose stated rates, totals and variation all agree with its amounts. */
  Gen<Budget> budget(int index, Ref<Actor> owner, Optional<Budget> previous, HealthPools pools) {
    return source -> {
      int year = previous.map(p -> p.fiscalYear() + 1 + (int) source.draw(2))
          .orElseGet(() -> 2000 + (int) source.draw(30));
      List<BudgetLine> lines = new ArrayList<>();
      for (int n = values.list(Gens.constant(0), 3).generate(source).size(); n > 0; n--) {
        lines.add(budgetLine(pools).generate(source));
      }
      @Nullable Amounts statedTotals = null;
      Amounts totals;
      if (lines.isEmpty()) {
        statedTotals = orNull(source, this::amounts);
        totals = statedTotals != null ? statedTotals : Amounts.none();
      } else {
        totals = lines.stream().map(BudgetLine::amounts).reduce(Amounts::plus).orElseThrow();
        if (values.present(source)) {
          statedTotals = totals;
        }
      }
      Budget.Builder budget = Budget.builder()
          .id(ValueGens.id("budget", index))
          .owner(owner)
          .fiscalYear(year)
          .currency(values.settings().currency())
          .lines(lines)
          .statedTotals(statedTotals)
          .statedRates(rates(source, totals))
          .provenance(provenance(source, pools));
      if (previous.isPresent() && values.present(source)) {
        budget.previous(Ref.of("budget", previous.get().id()));
        Optional<Money> before = previous.get().totals().forecast().filter(m -> m.signum() != 0);
        if (before.isPresent() && totals.forecast().isPresent() && values.present(source)) {
          Rate change = Rate.change(before.get(), totals.forecast().get());
          budget.statedVariation(values.statedRateFor(change).generate(source));
        }
      }
      return budget.build();
    };
  }

  /** A budget line whose stated rates agree with its amounts. */
  Gen<BudgetLine> budgetLine(HealthPools pools) {
    return source -> {
      Amounts amounts = amounts(source);
      return BudgetLine.builder()
          .source(values.code(HealthCodelists.FUNDING_SOURCE).generate(source))
          .funder(pickOrNull(source, pools.<Actor>refs("actor")))
          .amounts(amounts)
          .statedRates(rates(source, amounts))
          .build();
    };
  }

  Amounts amounts(Source source) {
    Gen<Money> money = values.money();
    return Amounts.builder()
        .forecast(orNull(source, money))
        .notified(orNull(source, money))
        .mobilized(orNull(source, money))
        .executed(orNull(source, money))
        .build();
  }

  /** Stated rates over the bases whose amounts are given, each agreeing with the amounts. */
  ImmutableList<BudgetRate> rates(Source source, Amounts amounts) {
    ImmutableList.Builder<BudgetRate> out = ImmutableList.builder();
    for (BudgetMeasure[] basis : BASES) {
      Optional<Money> numerator = amounts.get(basis[0]);
      Optional<Money> denominator = amounts.get(basis[1]).filter(d -> d.signum() != 0);
      if (numerator.isPresent() && denominator.isPresent() && values.present(source)) {
        Rate rate = Rate.of(numerator.get(), denominator.get());
        out.add(BudgetRate.of(basis[0], basis[1], values.statedRateFor(rate).generate(source)));
      }
    }
    return out.build();
  }

}
