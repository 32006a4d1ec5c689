package org.keneya.testdomain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.keneya.testkit.DescriptionAssertions.assertSameDescription;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.core.kind.Constraint;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.Rule;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Ref;

/**
 * The descriptions Keneya's annotation processor generates from the test domain's declarations say
 * what the hand-written ones said before them (issue 27), copied here verbatim: the same names,
 * order, value types, constraints and rules.
 */
class GeneratedDescriptionsTest {
  /** Before: the structure {@code sensor}. */
  static final StructType<Sensor> SENSOR =
      StructType.positional("sensor", Sensor.class, v -> new Sensor(v.next(), v.next(), v.next()))
          .add("model", ValueType.string(), Sensor::model, Constraint.nonBlank())
          .addOptional("installed", ValueType.date(), Sensor::installed)
          .add("calibration", ValueType.period(), Sensor::calibration)
          .build();

  /** Before: the kind {@code operator}. */
  static final EntityKind<Operator> OPERATOR = EntityKind.of("operator", "Operator",
      StructType.positional("operator", Operator.class,
              v -> new Operator(v.next(), v.next(), v.next(), v.next(), v.next(), v.next()))
          .add("id", ValueType.id(), Operator::id)
          .add("name", ValueType.localizedText(), Operator::name)
          .add("type", ValueType.code(Observatory.OPERATOR_TYPES), Operator::type)
          .addOptional("website", ValueType.string(), Operator::website, Constraint.pattern("https?://[^ ]+"))
          .addOptional("founded", ValueType.date(), Operator::founded)
          .addOptional("currency", ValueType.currency(), Operator::currency)
          .build());

  /** Before: the kind {@code station}, with its rule: an automatic station has a sensor. */
  static final EntityKind<Station> STATION = EntityKind.of("station", "Station",
      StructType.positional("station", Station.class,
              v -> new Station(v.next(), v.next(), v.next(), v.next(), v.next(), v.<Boolean>next(), v.next(), v.next(),
                  v.next(), v.next(), v.next(), v.next(), v.next()))
          .add("id", ValueType.id(), Station::id)
          .add("name", ValueType.localizedText(), Station::name)
          .add("operator", ValueType.<Ref<Operator>>ref("operator"), Station::operator)
          .add("partners", ValueType.list(ValueType.<Ref<Operator>>ref("operator")), Station::partners,
              Constraint.uniqueItems())
          .add("status", ValueType.enumeration(Station.Status.class), Station::status)
          .add("automatic", ValueType.bool(), Station::automatic)
          .addOptional("elevation", ValueType.integer(), Station::elevation, Constraint.between(-500, 9000))
          .addOptional("latitude", ValueType.decimal(), Station::latitude,
              Constraint.range(BigDecimal.valueOf(-90), BigDecimal.valueOf(90)))
          .addOptional("operating", ValueType.dateRange(), Station::operating)
          .addOptional("budget", ValueType.money(), Station::budget, Constraint.atLeast(0))
          .add("sensors", ValueType.list(SENSOR), Station::sensors)
          .add("tags", ValueType.list(ValueType.string()), Station::tags, Constraint.nonBlank())
          .add("provenance", ValueType.list(ValueType.provenance()), Station::provenance)
          .build(),
      List.of(Rule.<Station>named("an automatic station has a sensor", Station::checkSensors, "automatic-without-sensor")));

  /** Before: the kind {@code inspection}. */
  static final EntityKind<Inspection> INSPECTION = EntityKind.of("inspection", "Inspection",
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


  @Test
  void theGeneratedDescriptionsSayWhatTheHandWrittenOnesSaid() {
    assertSameDescription(SENSOR, Sensor.TYPE);
    assertSameDescription(OPERATOR, Operator.KIND);
    assertSameDescription(STATION, Station.KIND);
    assertSameDescription(INSPECTION, Inspection.KIND);
  }
}
