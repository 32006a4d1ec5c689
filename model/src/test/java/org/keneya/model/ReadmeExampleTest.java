package org.keneya.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.validation.ValidationReport;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;

/** Runs the README's "A recommendation, built and validated" snippet, so it keeps compiling and working. */
class ReadmeExampleTest {

  @Test
  void theReadmeRecommendationBuildsAndValidates() {
    Actor dns = Actor.builder().id(Id.of("dns")).type(HealthCodelists.DIRECTORATE).acronym("DNS")
        .name(LocalizedText.fr("Direction Nationale de la Santé")).build();

    // --- README snippet, verbatim
    Recommendation r = Recommendation.builder()
        .id(Id.of("prodess-ct-2017.r2"))
        .type(HealthCodelists.RECOMMENDATION)
        .statement(LocalizedText.fr(
            "Mettre en place une commission de réflexion sur la problématique de la gestion des ASC"))
        .addLead(Actor.ref("dns"))
        .responsibleAsWritten("DNS")
        .deadline(Deadline.beforeEvent("Avant CT 2018", "CT 2018"))
        .discussionPoint(LocalizedText.fr("La gestion des ASC"))
        .build();

    Recommendation later =
        r.withStatusUpdate(StatusUpdate.of(LocalDate.of(2018, 5, 2), HealthCodelists.COMPLETED));

    Dataset dataset = Dataset.of(KindRegistry.load(), List.of(dns, later));
    ValidationReport report = dataset.validate(); // dangling references, unknown codes, kind rules…
    // --- end of snippet

    assertTrue(report.isValid(), report::toString);
    assertEquals(Optional.of(dns), dataset.get(later.lead().get(0)));
    assertEquals(Optional.of(HealthCodelists.COMPLETED), later.status());
  }
}
