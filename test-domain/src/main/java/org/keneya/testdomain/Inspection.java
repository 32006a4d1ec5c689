package org.keneya.testdomain;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.keneya.core.annotation.AnyKind;
import org.keneya.core.annotation.CodeOf;
import org.keneya.core.annotation.Kind;
import org.keneya.core.annotation.NotEmpty;
import org.keneya.core.annotation.RequiredWhen;
import org.keneya.core.annotation.UniqueItems;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
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
@Kind(name = "inspection", label = "Inspection")
public record Inspection(
    Id id, Ref<Station> station, @NotEmpty @UniqueItems List<Ref<Operator>> inspectors, LocalDate date,
    @CodeOf(Observatory.RESULTS) Code result, @Nullable LocalizedText notes, @Nullable StatedRate uptime,
    @RequiredWhen(property = "result", value = "fail") @Nullable Deadline followUp, @AnyKind @Nullable Ref<?> about)
    implements Entity {
  /** The kind {@code inspection}, described from this declaration by Keneya's annotation processor. */
  public static final EntityKind<Inspection> KIND = InspectionDescription.KIND;

  /** A passed inspection by one inspector, with no optional value. */
  public static Inspection of(String id, String stationId, String inspectorId, LocalDate date) {
    return new Inspection(Id.of(id), Ref.of("station", stationId), List.of(Ref.of("operator", inspectorId)), date,
        Code.of("pass"), null, null, null, null);
  }
}
