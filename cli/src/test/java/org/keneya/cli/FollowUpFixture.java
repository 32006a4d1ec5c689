package org.keneya.cli;

import java.time.LocalDate;
import java.util.List;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.value.DateRange;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Ref;
import org.keneya.model.Actor;
import org.keneya.model.HealthCodelists;
import org.keneya.model.Meeting;
import org.keneya.model.Recommendation;

/**
 * A small dataset for the follow-up sections, as of {@link #AS_OF} (1 January 2025): a
 * recommendation overdue since its written date ({@code late}, DNS leading, ANTIM supporting), one
 * overdue because it was due before a committee the data dates ({@code before-ct}), one due soon
 * ({@code soon}, 19 days left), and one whose deadline gives no date ({@code vague}). The committee
 * is the timeline's one entry.
 */
final class FollowUpFixture {
  static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

  private FollowUpFixture() {}

  static Dataset dataset() {
    Actor dns = Actor.builder().id(Id.of("dns")).type(HealthCodelists.DIRECTORATE).acronym("DNS")
        .name(LocalizedText.of("fr", "Direction nationale de la santé", "en", "National Health Directorate")).build();
    Actor antim = Actor.builder().id(Id.of("antim")).type(HealthCodelists.AGENCY).acronym("ANTIM")
        .name(LocalizedText.fr("Agence nationale de télésanté et d'informatique médicale")).build();
    Meeting ct = Meeting.builder().id(Id.of("ct-2024")).type(HealthCodelists.TECHNICAL_COMMITTEE)
        .status(HealthCodelists.HELD).title(LocalizedText.of("fr", "Comité technique 2024", "en", "Technical committee 2024"))
        .dates(DateRange.of(LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 3))).build();
    Recommendation late = recommendation("late", "Mettre en place une commission sur la gestion des ASC")
        .addLead(Actor.ref("dns")).addSupporting(Actor.ref("antim"))
        .deadline(Deadline.onDate("avant fin juin 2024", LocalDate.of(2024, 6, 30))).build();
    Recommendation beforeCt = recommendation("before-ct", "Présenter le plan de suivi")
        .addLead(Actor.ref("dns"))
        .deadline(Deadline.builder().from(Deadline.beforeEvent("Avant CT 2024", "CT 2024"))
            .eventRef(Ref.of("meeting", "ct-2024")).build()).build();
    Recommendation soon = recommendation("soon", "Former les agents de santé communautaire")
        .addLead(Actor.ref("antim"))
        .deadline(Deadline.onDate("d'ici le 20 janvier 2025", LocalDate.of(2025, 1, 20))).build();
    Recommendation vague = recommendation("vague", "Renforcer la supervision dans les régions")
        .deadline(Deadline.unspecified("dans un bref délai")).build();
    return Dataset.of(KindRegistry.load(), List.of(dns, antim, ct, late, beforeCt, soon, vague));
  }

  private static Recommendation.Builder recommendation(String id, String statement) {
    Recommendation.Builder builder = Recommendation.builder();
    builder.id(Id.of(id)).type(HealthCodelists.RECOMMENDATION).statement(LocalizedText.fr(statement));
    return builder;
  }
}
