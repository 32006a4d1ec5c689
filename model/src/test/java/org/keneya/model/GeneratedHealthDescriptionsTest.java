package org.keneya.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.keneya.testkit.DescriptionAssertions.assertSameDescription;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;
import org.keneya.core.kind.Constraint;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.Rule;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;

/**
 * The descriptions Keneya's annotation processor generates from the health types' declarations say
 * what the hand-written ones said before them (issue 27), copied here (their factories left out):
 * the same names, order, value types, constraints and rules.
 */
class GeneratedHealthDescriptionsTest {
  static final StructType<Amounts> AMOUNTS =
      StructType.positional("amounts", Amounts.class, v -> null)
          .addOptional("forecast", ValueType.money(), Amounts::forecastOrNull, Constraint.atLeast(0))
          .addOptional("notified", ValueType.money(), Amounts::notifiedOrNull, Constraint.atLeast(0))
          .addOptional("mobilized", ValueType.money(), Amounts::mobilizedOrNull, Constraint.atLeast(0))
          .addOptional("executed", ValueType.money(), Amounts::executedOrNull, Constraint.atLeast(0))
          .build();

  static final StructType<BudgetRate> BUDGET_RATE =
      StructType.positional("budget-rate", BudgetRate.class, v -> null)
          .add("numerator", ValueType.enumeration(BudgetMeasure.class), BudgetRate::numerator)
          .add("denominator", ValueType.enumeration(BudgetMeasure.class), BudgetRate::denominator)
          .add("stated", ValueType.statedRate(), BudgetRate::stated)
          .build();

  static final StructType<BudgetLine> BUDGET_LINE =
      StructType.positional("budget-line", BudgetLine.class, v -> null)
          .add("source", ValueType.code(HealthCodelists.FUNDING_SOURCE), BudgetLine::source)
          .addOptional("funder", ValueType.ref("actor"), BudgetLine::funderOrNull)
          .add("amounts", AMOUNTS, BudgetLine::amounts)
          .add("statedRates", ValueType.list(BUDGET_RATE), BudgetLine::statedRates)
          .build();

  static final StructType<Participation> PARTICIPATION =
      StructType.positional("participation", Participation.class, v -> null)
          .add("actor", ValueType.ref("actor"), Participation::actor)
          .add("roles", ValueType.list(ValueType.code(HealthCodelists.ROLE)), Participation::roles,
              Constraint.notEmpty(), Constraint.uniqueItems())
          .addOptional("level", ValueType.code(HealthCodelists.LEVEL), Participation::levelOrNull)
          .addOptional("headcount", ValueType.integer(), Participation::headcountOrNull, Constraint.atLeast(1))
          .addOptional("asWritten", ValueType.string(), Participation::asWrittenOrNull, Constraint.nonBlank())
          .build();

  static final StructType<StatusUpdate> STATUS_UPDATE =
      StructType.positional("status-update", StatusUpdate.class,
              v -> null)
          .add("date", ValueType.date(), StatusUpdate::date)
          .add("status", ValueType.code(HealthCodelists.RECOMMENDATION_STATUS), StatusUpdate::status)
          .addOptional("remark", ValueType.localizedText(), StatusUpdate::remarkOrNull)
          .addOptional("reportedBy", ValueType.ref("actor"), StatusUpdate::reportedByOrNull)
          .addOptional("meeting", ValueType.ref("meeting"), StatusUpdate::meetingOrNull)
          .build();

  static final EntityKind<Actor> ACTOR =
      EntityKind.of(
          "actor",
          "Actor",
          StructType.positional("actor", Actor.class, v -> null)
              .add("id", ValueType.id(), Actor::id)
              .add("type", ValueType.code(HealthCodelists.ACTOR_TYPE), Actor::type)
              .add("name", ValueType.localizedText(), Actor::name)
              .addOptional("acronym", ValueType.string(), Actor::acronymOrNull, Constraint.nonBlank())
              .add("aliases", ValueType.list(ValueType.string()), Actor::aliases, Constraint.nonBlank(), Constraint.uniqueItems())
              .addOptional("level", ValueType.code(HealthCodelists.LEVEL), Actor::levelOrNull)
              .addOptional("parent", ValueType.ref("actor"), Actor::parentOrNull)
              .addOptional("title", ValueType.localizedText(), Actor::titleOrNull)
              .add("provenance", ValueType.list(ValueType.provenance()), Actor::provenance)
              .build(),
          ImmutableList.of(Rule.named("an actor is not its own ancestor through its parents", Actor::checkParentChain, "parent-cycle")));

  static final EntityKind<Framework> FRAMEWORK =
      EntityKind.of(
          "framework",
          "Framework",
          StructType.positional("framework", Framework.class, v -> null)
              .add("id", ValueType.id(), Framework::id)
              .add("type", ValueType.code(HealthCodelists.FRAMEWORK_TYPE), Framework::type)
              .add("name", ValueType.localizedText(), Framework::name)
              .addOptional("acronym", ValueType.string(), Framework::acronymOrNull, Constraint.nonBlank())
              .addOptional("description", ValueType.localizedText(), Framework::descriptionOrNull)
              .add("provenance", ValueType.list(ValueType.provenance()), Framework::provenance)
              .build());

  static final EntityKind<Pillar> PILLAR =
      EntityKind.of(
          "pillar",
          "Pillar or theme",
          StructType.positional("pillar", Pillar.class, v -> null)
              .add("id", ValueType.id(), Pillar::id)
              .add("framework", ValueType.ref("framework"), Pillar::framework)
              .add("position", ValueType.integer(), Pillar::position, Constraint.atLeast(1))
              .addOptional("code", ValueType.string(), Pillar::codeOrNull, Constraint.nonBlank())
              .add("name", ValueType.localizedText(), Pillar::name)
              .add("provenance", ValueType.list(ValueType.provenance()), Pillar::provenance)
              .build());

  static final EntityKind<Finding> FINDING =
      EntityKind.of(
          "finding",
          "Finding",
          StructType.positional("finding", Finding.class, v -> null)
              .add("id", ValueType.id(), Finding::id)
              .add("type", ValueType.code(HealthCodelists.FINDING_TYPE), Finding::type)
              .add("statement", ValueType.localizedText(), Finding::statement)
              .addOptional("pillar", ValueType.ref("pillar"), Finding::pillarOrNull)
              .addOptional("cause", ValueType.localizedText(), Finding::causeOrNull)
              .addOptional("meeting", ValueType.ref("meeting"), Finding::meetingOrNull)
              .add("provenance", ValueType.list(ValueType.provenance()), Finding::provenance)
              .build());

  static final EntityKind<Meeting> MEETING =
      EntityKind.of(
          "meeting",
          "Meeting",
          StructType.positional("meeting", Meeting.class, v -> null)
              .add("id", ValueType.id(), Meeting::id)
              .add("type", ValueType.code(HealthCodelists.MEETING_TYPE), Meeting::type)
              .add("title", ValueType.localizedText(), Meeting::title)
              .add("status", ValueType.code(HealthCodelists.MEETING_STATUS), Meeting::status)
              .addOptional("dates", ValueType.dateRange(), Meeting::datesOrNull)
              .addOptional("venue", ValueType.string(), Meeting::venueOrNull, Constraint.nonBlank())
              .addOptional("city", ValueType.string(), Meeting::cityOrNull, Constraint.nonBlank())
              .add("participants", ValueType.list(PARTICIPATION), Meeting::participants)
              .add("generalObjectives", ValueType.list(ValueType.localizedText()), Meeting::generalObjectives)
              .add("specificObjectives", ValueType.list(ValueType.localizedText()), Meeting::specificObjectives)
              .add("discussionPoints", ValueType.list(ValueType.localizedText()), Meeting::discussionPoints)
              .addOptional("programme", ValueType.ref("programme"), Meeting::programmeOrNull)
              .add("gaps", ValueType.list(ValueType.localizedText()), Meeting::gaps)
              .add("provenance", ValueType.list(ValueType.provenance()), Meeting::provenance)
              .build());

  static final EntityKind<Programme> PROGRAMME =
      EntityKind.of(
          "programme",
          "Programme or plan",
          StructType.positional("programme", Programme.class, v -> null)
              .add("id", ValueType.id(), Programme::id)
              .add("type", ValueType.code(HealthCodelists.PROGRAMME_TYPE), Programme::type)
              .add("name", ValueType.localizedText(), Programme::name)
              .addOptional("acronym", ValueType.string(), Programme::acronymOrNull, Constraint.nonBlank())
              .addOptional("externalCode", ValueType.string(), Programme::externalCodeOrNull, Constraint.nonBlank())
              .addOptional("period", ValueType.dateRange(), Programme::periodOrNull)
              .addOptional("parent", ValueType.ref("programme"), Programme::parentOrNull)
              .add("participants", ValueType.list(PARTICIPATION), Programme::participants)
              .add("provenance", ValueType.list(ValueType.provenance()), Programme::provenance)
              .build());

  static final EntityKind<Budget> BUDGET =
      EntityKind.of(
          "budget",
          "Budget",
          StructType.positional("budget", Budget.class, v -> null)
              .add("id", ValueType.id(), Budget::id)
              .add("owner", ValueType.ref("actor"), Budget::owner)
              .add("fiscalYear", ValueType.integer(), Budget::fiscalYear, Constraint.between(1900, 2999))
              .add("currency", ValueType.currency(), Budget::currency)
              .add("lines", ValueType.list(BUDGET_LINE), Budget::lines)
              .addOptional("statedTotals", AMOUNTS, Budget::statedTotalsOrNull)
              .add("statedRates", ValueType.list(BUDGET_RATE), Budget::statedRates)
              .addOptional("previous", ValueType.ref("budget"), Budget::previousOrNull)
              .addOptional("statedVariation", ValueType.statedRate(), Budget::statedVariationOrNull)
              .add("provenance", ValueType.list(ValueType.provenance()), Budget::provenance)
              .build(),
          ImmutableList.of(
              Rule.named("a stated rate agrees with the rate computed from the amounts, at its stated rounding",
                  Budget.BudgetRules::checkStatedRates, "stated-rate-disagrees"),
              Rule.named("stated totals equal the sums of the lines", Budget.BudgetRules::checkStatedTotals, "stated-total-disagrees"),
              Rule.named("the previous budget is for an earlier fiscal year, and the stated variation agrees with the "
                  + "forecasts", Budget.BudgetRules::checkVariation, "previous-not-earlier", "stated-variation-disagrees")));

  static final EntityKind<Recommendation> RECOMMENDATION =
      EntityKind.of(
          "recommendation",
          "Recommendation",
          StructType.positional("recommendation", Recommendation.class, v -> null)
              .add("id", ValueType.id(), Recommendation::id)
              .add("type", ValueType.code(HealthCodelists.RECOMMENDATION_TYPE), Recommendation::type)
              .add("statement", ValueType.localizedText(), Recommendation::statement)
              .addOptional("pillar", ValueType.ref("pillar"), Recommendation::pillarOrNull)
              .addOptional("audience", ValueType.code(HealthCodelists.AUDIENCE), Recommendation::audienceOrNull)
              .add("lead", ValueType.list(ValueType.ref("actor")), Recommendation::lead, Constraint.uniqueItems())
              .add("supporting", ValueType.list(ValueType.ref("actor")), Recommendation::supporting)
              .addOptional("responsibleAsWritten", ValueType.string(), Recommendation::responsibleAsWrittenOrNull,
                  Constraint.nonBlank())
              .addOptional("deadline", ValueType.deadline(), Recommendation::deadlineOrNull)
              .addOptional("horizon", ValueType.deadline(), Recommendation::horizonOrNull)
              .addOptional("discussionPoint", ValueType.localizedText(), Recommendation::discussionPointOrNull)
              .add("addresses", ValueType.list(ValueType.ref("finding")), Recommendation::addresses)
              .addOptional("meeting", ValueType.ref("meeting"), Recommendation::meetingOrNull)
              .add("statusHistory", ValueType.list(STATUS_UPDATE), Recommendation::statusHistory)
              .add("provenance", ValueType.list(ValueType.provenance()), Recommendation::provenance)
              .build(),
          ImmutableList.of(Rule.named("the event a deadline or horizon refers to is a meeting or an event",
              Recommendation::checkDeadlineEvents, "not-an-event")));

  @Test
  void theGeneratedDescriptionsSayWhatTheHandWrittenOnesSaid() {
    assertSameDescription(AMOUNTS, Amounts.TYPE);
    assertSameDescription(BUDGET_RATE, BudgetRate.TYPE);
    assertSameDescription(BUDGET_LINE, BudgetLine.TYPE);
    assertSameDescription(PARTICIPATION, Participation.TYPE);
    assertSameDescription(STATUS_UPDATE, StatusUpdate.TYPE);
    assertSameDescription(ACTOR, Actor.KIND);
    assertSameDescription(FRAMEWORK, Framework.KIND);
    assertSameDescription(PILLAR, Pillar.KIND);
    assertSameDescription(FINDING, Finding.KIND);
    assertSameDescription(MEETING, Meeting.KIND);
    assertSameDescription(PROGRAMME, Programme.KIND);
    assertSameDescription(BUDGET, Budget.KIND);
    assertSameDescription(RECOMMENDATION, Recommendation.KIND);
  }
}
