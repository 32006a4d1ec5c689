package org.keneya.testdomain;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.Constraint;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.Rule;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
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
public record Station(
    Id id, LocalizedText name, Ref<Operator> operator, List<Ref<Operator>> partners, Status status,
    boolean automatic, @Nullable Integer elevation, @Nullable BigDecimal latitude, @Nullable DateRange operating,
    @Nullable Money budget, List<Sensor> sensors, List<String> tags, List<Provenance> provenance)
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

  /** The kind {@code station}, with its rule: an automatic station has a sensor. */
  public static final EntityKind<Station> KIND = EntityKind.of("station", "Station",
      StructType.positional("station", Station.class,
              v -> new Station(v.next(), v.next(), v.next(), v.next(), v.next(), v.<Boolean>next(), v.next(), v.next(),
                  v.next(), v.next(), v.next(), v.next(), v.next()))
          .add("id", ValueType.id(), Station::id)
          .add("name", ValueType.localizedText(), Station::name)
          .add("operator", ValueType.<Ref<Operator>>ref("operator"), Station::operator)
          .add("partners", ValueType.list(ValueType.<Ref<Operator>>ref("operator")), Station::partners,
              Constraint.uniqueItems())
          .add("status", ValueType.enumeration(Status.class), Station::status)
          .add("automatic", ValueType.bool(), Station::automatic)
          .addOptional("elevation", ValueType.integer(), Station::elevation, Constraint.between(-500, 9000))
          .addOptional("latitude", ValueType.decimal(), Station::latitude,
              Constraint.range(BigDecimal.valueOf(-90), BigDecimal.valueOf(90)))
          .addOptional("operating", ValueType.dateRange(), Station::operating)
          .addOptional("budget", ValueType.money(), Station::budget, Constraint.atLeast(0))
          .add("sensors", ValueType.list(Sensor.TYPE), Station::sensors)
          .add("tags", ValueType.list(ValueType.string()), Station::tags, Constraint.nonBlank())
          .add("provenance", ValueType.list(ValueType.provenance()), Station::provenance)
          .build(),
      List.of(Rule.<Station>named("an automatic station has a sensor", Station::checkSensors, "automatic-without-sensor")));

  private static void checkSensors(Station station, Rule.Context context) {
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
