package org.keneya.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.validation.ValidationReport;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Provenance;
import org.keneya.model.Actor;
import org.keneya.model.HealthCodelists;
import org.keneya.model.HealthModel;
import org.keneya.model.Recommendation;
import org.keneya.model.StatusUpdate;

/**
 * Builds a recommendation with its builder and a {@link Deadline} kept as written, records a status
 * update, shows the builder refusing invalid data with a message naming the field, and validates a
 * {@link Dataset} — once valid, once with the actor it refers to left out.
 *
 * <pre>{@code
 * ValidationReport report = BuildAndValidateRecommendation.run(System.out);  // 0 errors, 0 warnings
 * }</pre>
 */
public final class BuildAndValidateRecommendation {
  private BuildAndValidateRecommendation() {}

  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing what it does; returns the report of the valid dataset. */
  public static ValidationReport run(PrintStream out) {
    // An actor: ids are stable, lower-case keys that other records refer to.
    Actor dns = Actor.builder()
        .id(Id.of("dns"))
        .type(HealthCodelists.DIRECTORATE)
        .acronym("DNS")
        .name(LocalizedText.fr("Direction nationale de la santé"))
        .level(HealthCodelists.NATIONAL)
        .build();

    // tag::build[]
    // A recommendation: the deadline keeps the wording of the source and what can be derived from it.
    Recommendation recommendation = Recommendation.builder()
        .id(Id.of("example.r1"))
        .type(HealthCodelists.RECOMMENDATION)
        .statement(LocalizedText.fr("Mettre en place une commission de réflexion sur la gestion des ASC"))
        .addLead(Actor.ref("dns"))
        .responsibleAsWritten("DNS")
        .deadline(Deadline.onDate("avant fin décembre 2018", LocalDate.of(2018, 12, 31)))
        .addProvenance(Provenance.of("prodess-ct-2017"))
        .build();

    // Values are immutable: a status update gives a new recommendation with a longer history.
    Recommendation later = recommendation.withStatusUpdate(
        StatusUpdate.of(LocalDate.of(2018, 5, 2), HealthCodelists.IN_PROGRESS));
    // end::build[]
    LocalDate asOf = LocalDate.of(2019, 1, 15);
    out.println(later.id() + ": status " + later.status().orElseThrow()
        + ", due " + later.deadline().flatMap(Deadline::dueDate).orElseThrow()
        + ", overdue as of " + asOf + ": " + later.deadline().orElseThrow().isOverdue(asOf));

    // Builders refuse invalid data with an InvalidValueException whose message names the field.
    try {
      Recommendation.builder().from(recommendation).addSupporting(Actor.ref("dns")).build();
    } catch (InvalidValueException e) {
      out.println("refused: " + e.getMessage());
    }

    // A dataset holds entities of every registered kind; validation checks references, codes and rules.
    // The recommendation cites the document prodess-ct-2017, which this small dataset does not hold:
    // drop the provenance, or add the document, for a dataset that validates.
    // tag::validate[]
    Recommendation standalone = Recommendation.builder().from(later).provenance(List.of()).build();
    KindRegistry registry = KindRegistry.of(new HealthModel()); // the models you choose: here the health model
    ValidationReport report = Dataset.of(registry, List.of(dns, standalone)).validate();
    out.println("with the actor: " + report.summary()); // 0 errors, 0 warnings
    // end::validate[]

    // A dataset may hold a dangling reference, so that what was read can be shown back; validation reports it.
    ValidationReport broken = Dataset.of(registry, List.of(standalone)).validate();
    broken.violations().forEach(v -> out.println("  " + v));
    out.println("without the actor: " + broken.summary());
    return report;
  }
}
