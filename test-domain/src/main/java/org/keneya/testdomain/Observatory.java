package org.keneya.testdomain;

import java.util.List;
import org.keneya.core.kind.CodeEntry;
import org.keneya.core.kind.Codelist;
import org.keneya.core.kind.DomainModel;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.value.LocalizedText;

/** The weather-station network's kinds and codelists, also found by {@link java.util.ServiceLoader}. */
public final class Observatory implements DomainModel {
  /** The codelist of operator types. */
  public static final String OPERATOR_TYPES = "operator-type";
  /** The codelist of inspection results. */
  public static final String RESULTS = "inspection-result";

  /** Used by {@link java.util.ServiceLoader}. */
  public Observatory() {}

  /** A registry of this domain alone (with core's own kinds). */
  public static KindRegistry registry() {
    return KindRegistry.of(new Observatory());
  }

  @Override
  public String name() {
    return "observatory";
  }

  @Override
  public List<EntityKind<?>> kinds() {
    return List.of(Operator.KIND, Station.KIND, Inspection.KIND);
  }

  @Override
  public List<Codelist> codelists() {
    return List.of(
        Codelist.builder().name(OPERATOR_TYPES).label(LocalizedText.of("en", "Operator type", "fr", "Type d'exploitant"))
            .addEntries(CodeEntry.of("agency", "Agency", "Agence"), CodeEntry.of("university", "University", "Université"),
                CodeEntry.of("volunteer", "Volunteer", "Bénévole"))
            .build(),
        Codelist.builder().name(RESULTS).label(LocalizedText.of("en", "Inspection result", "fr", "Résultat"))
            .addEntries(CodeEntry.of("pass", "Pass", "Conforme"), CodeEntry.of("fail", "Fail", "Non conforme"))
            .build());
  }
}
