package org.keneya.testdomain;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.keneya.core.annotation.AtLeast;
import org.keneya.core.annotation.Between;
import org.keneya.core.annotation.DecimalRange;
import org.keneya.core.annotation.Kind;
import org.keneya.core.annotation.KindRule;
import org.keneya.core.annotation.NonBlank;
import org.keneya.core.annotation.UniqueItems;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.Rule;
import org.keneya.core.value.DateRange;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;
import org.keneya.core.value.Provenance;
import org.keneya.core.value.Ref;

/**
 * A weather station.
 *
 * @param id the station's id
 * @param name its name, in one or more languages
 * @param operator who runs it
 * @param partners who else takes part, each once
 * @param status whether it is active
 * @param automatic whether it records without a person
 * @param elevation its height in metres, from -500 to 9000, if known
 * @param latitude its latitude in degrees, from -90 to 90, if known
 * @param operating when it operated, if known
 * @param budget its yearly budget, not negative, if known
 * @param sensors its instruments
 * @param tags free words, none blank
 * @param provenance where the record comes from
 */
@Kind(name = "station", label = "Station")
public record Station(
    Id id, LocalizedText name, Ref<Operator> operator, @UniqueItems List<Ref<Operator>> partners, Status status,
    boolean automatic, @Between(min = -500, max = 9000) @Nullable Integer elevation,
    @DecimalRange(min = "-90", max = "90") @Nullable BigDecimal latitude, @Nullable DateRange operating,
    @AtLeast(0) @Nullable Money budget, List<Sensor> sensors, @NonBlank List<String> tags, List<Provenance> provenance)
    implements Entity {

  /** Whether a station records: a Java enumeration, written by core in lowercase ({@code active}). */
  public enum Status {
    /** Recording. */
    ACTIVE,
    /** Stopped for a while. */
    SUSPENDED,
    /** Stopped for good. */
    CLOSED
  }

  /**
   * The kind {@code station}, with its rule (an automatic station has a sensor), described from this
   * declaration by Keneya's annotation processor.
   */
  public static final EntityKind<Station> KIND = StationDescription.KIND;

  @KindRule(description = "an automatic station has a sensor", codes = "automatic-without-sensor")
  static void checkSensors(Station station, Rule.Context context) {
    if (station.automatic() && station.sensors().isEmpty()) {
      context.error("sensors", "automatic-without-sensor", "an automatic station lists no sensor");
    }
  }

  /** An active, manual station with a French name and nothing else. */
  public static Station of(String id, String operatorId, String frenchName) {
    return new Station(Id.of(id), LocalizedText.fr(frenchName), Ref.of("operator", operatorId), List.of(),
        Status.ACTIVE, false, null, null, null, null, List.of(), List.of(), List.of());
  }
}
