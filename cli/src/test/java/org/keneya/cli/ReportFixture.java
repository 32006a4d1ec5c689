package org.keneya.cli;

import java.time.LocalDate;
import java.util.List;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;
import org.keneya.core.value.Ref;
import org.keneya.core.value.StatedRate;
import org.keneya.model.Actor;
import org.keneya.model.Amounts;
import org.keneya.model.Budget;
import org.keneya.model.BudgetLine;
import org.keneya.model.BudgetMeasure;
import org.keneya.model.BudgetRate;
import org.keneya.model.Framework;
import org.keneya.model.HealthCodelists;
import org.keneya.model.Pillar;
import org.keneya.model.Recommendation;
import org.keneya.model.StatusUpdate;

/**
 * A small dataset whose report is known: past-due and closed deadlines, a recommendation with no lead
 * actor, and ANTIM-like budgets with one stated rate and one stated variation that disagree with the
 * amounts.
 */
final class ReportFixture {
  static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

  private ReportFixture() {}

  static Dataset dataset() {
    Actor dns = Actor.builder().id(Id.of("dns")).type(HealthCodelists.DIRECTORATE).acronym("DNS")
        .name(LocalizedText.fr("Direction nationale de la santé")).build();
    Actor antim = Actor.builder().id(Id.of("antim")).type(HealthCodelists.AGENCY).acronym("ANTIM")
        .name(LocalizedText.fr("Agence nationale de télésanté et d'informatique médicale")).build();
    Framework hbhi = Framework.builder().id(Id.of("hbhi")).type(HealthCodelists.FRAMEWORK_PILLARS)
        .name(LocalizedText.en("High Burden to High Impact")).acronym("HBHI").build();
    Pillar p1 = Pillar.builder().id(Id.of("hbhi.p1")).framework(Ref.of("framework", "hbhi")).position(1).code("P1")
        .name(LocalizedText.of("en", "Political engagement", "fr", "Engagement politique")).build();
    Pillar p2 = Pillar.builder().id(Id.of("hbhi.p2")).framework(Ref.of("framework", "hbhi")).position(2).code("P2")
        .name(LocalizedText.of("en", "Strategic information", "fr", "Information stratégique")).build();

    Recommendation pastDue = recommendation("r1", "Mettre en place une commission sur la gestion des ASC")
        .pillar(Ref.of("pillar", "hbhi.p1")).addLead(Actor.ref("dns")).responsibleAsWritten("DNS")
        .deadline(Deadline.onDate("avant fin juin 2024", LocalDate.of(2024, 6, 30))).build();
    Recommendation closed = recommendation("r2", "Valider le plan de suivi")
        .pillar(Ref.of("pillar", "hbhi.p1")).addLead(Actor.ref("dns"))
        .deadline(Deadline.onDate("avant fin juin 2024", LocalDate.of(2024, 6, 30)))
        .addStatusHistory(StatusUpdate.of(LocalDate.of(2024, 5, 2), HealthCodelists.COMPLETED)).build();
    Recommendation later = recommendation("r3", "Former les agents de santé communautaire")
        .pillar(Ref.of("pillar", "hbhi.p2")).addLead(Actor.ref("antim"))
        .deadline(Deadline.onDate("d'ici 2026", LocalDate.of(2026, 12, 31)))
        .addStatusHistory(StatusUpdate.of(LocalDate.of(2024, 3, 1), HealthCodelists.IN_PROGRESS)).build();
    Recommendation noLead = recommendation("r10", "Renforcer la supervision dans les régions")
        .responsibleAsWritten("DRS/DRSV/DRA/DREF/Partenaires").build();

    Budget antim2023 = Budget.builder().id(Id.of("antim-2023")).owner(Actor.ref("antim")).fiscalYear(2023)
        .currency(Money.currency("XOF"))
        .addLines(BudgetLine.builder().source(HealthCodelists.STATE)
            .amounts(amounts(1_020_657_000L, 553_610_884L, 551_330_336L)).build())
        .addLines(BudgetLine.builder().source(HealthCodelists.OWN_RESOURCES)
            .amounts(amounts(120_000_000L, 36_168_157L, 26_048_914L))
            .addStatedRates(BudgetRate.of(BudgetMeasure.MOBILIZED, BudgetMeasure.FORECAST, StatedRate.of("30%", "30")))
            .build())
        // mobilized / forecast = 51.706…%: the source's "soit 60%" disagrees
        .addStatedRates(BudgetRate.of(BudgetMeasure.MOBILIZED, BudgetMeasure.FORECAST, StatedRate.of("soit 60%", "60")))
        .build();
    Budget antim2024 = Budget.builder().id(Id.of("antim-2024")).owner(Actor.ref("antim")).fiscalYear(2024)
        .currency(Money.currency("XOF"))
        .addLines(BudgetLine.builder().source(HealthCodelists.STATE)
            .amounts(Amounts.builder().forecast(Money.of(1_139_700_000L, "XOF")).build()).build())
        .previous(Ref.of("budget", "antim-2023"))
        // forecast 1,139,700,000 against 1,140,657,000: −0.08 %, stated −11 %
        .statedVariation(StatedRate.of("moins 11%", "-11"))
        .build();
    return Dataset.of(KindRegistry.load(),
        List.of(dns, antim, hbhi, p1, p2, pastDue, closed, later, noLead, antim2023, antim2024));
  }

  private static Recommendation.Builder recommendation(String id, String statement) {
    Recommendation.Builder builder = Recommendation.builder();
    builder.id(Id.of(id)).type(HealthCodelists.RECOMMENDATION).statement(LocalizedText.fr(statement));
    return builder;
  }

  private static Amounts amounts(long forecast, long mobilized, long executed) {
    return Amounts.builder().forecast(Money.of(forecast, "XOF")).mobilized(Money.of(mobilized, "XOF"))
        .executed(Money.of(executed, "XOF")).build();
  }
}
