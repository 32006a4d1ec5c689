package org.keneya.testdomain;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.Constraint;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Code;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Ref;
import org.keneya.core.value.StatedRate;

/**
 * A visit to a station.
 *
 * @param id the inspection's id
 * @param station the station visited
 * @param inspectors who visited, at least one, each once
 * @param date the day of the visit
 * @param result a code of the {@value Observatory#RESULTS} codelist
 * @param notes what was seen, if written
 * @param uptime the share of days recorded, as the report writes it, if given
 * @param followUp when the station must be fixed: required when the result is {@code fail}
 * @param about any record the inspection also concerns (of any kind), if one
 */
public record Inspection(
    Id id, Ref<Station> station, List<Ref<Operator>> inspectors, LocalDate date, Code result,
    @Nullable LocalizedText notes, @Nullable StatedRate uptime, @Nullable Deadline followUp, @Nullable Ref<?> about)
    implements Entity {
  /** The kind {@code inspection}. */
  public static final EntityKind<Inspection> KIND = EntityKind.of("inspection", "Inspection",
      StructType.positional("inspection", Inspection.class,
              v -> new Inspection(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next(),
                  v.next()))
          .add("id", ValueType.id(), Inspection::id)
          .add("station", ValueType.<Ref<Station>>ref("station"), Inspection::station)
          .add("inspectors", ValueType.list(ValueType.<Ref<Operator>>ref("operator")), Inspection::inspectors,
              Constraint.notEmpty(), Constraint.uniqueItems())
          .add("date", ValueType.date(), Inspection::date)
          .add("result", ValueType.code(Observatory.RESULTS), Inspection::result)
          .addOptional("notes", ValueType.localizedText(), Inspection::notes)
          .addOptional("uptime", ValueType.statedRate(), Inspection::uptime)
          .addOptional("followUp", ValueType.deadline(), Inspection::followUp, Constraint.requiredWhen("result", "fail"))
          .addOptional("about", ValueType.<Ref<?>>anyRef(), Inspection::about)
          .build());

  /** A passed inspection by one inspector, with no optional value. */
  public static Inspection of(String id, String stationId, String inspectorId, LocalDate date) {
    return new Inspection(Id.of(id), Ref.of("station", stationId), List.of(Ref.of("operator", inspectorId)), date,
        Code.of("pass"), null, null, null, null);
  }
}
