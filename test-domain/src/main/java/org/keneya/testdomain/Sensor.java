package org.keneya.testdomain;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.Constraint;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;

/**
 * An instrument of a station: a structure of the domain's own, nested in a list.
 *
 * @param model the instrument's model, not blank
 * @param installed the day it was installed, if known
 * @param calibration how often it is calibrated
 */
public record Sensor(String model, @Nullable LocalDate installed, Period calibration) {
  /** The structure {@code sensor}. */
  public static final StructType<Sensor> TYPE =
      StructType.positional("sensor", Sensor.class, v -> new Sensor(v.next(), v.next(), v.next()))
          .add("model", ValueType.string(), Sensor::model, Constraint.nonBlank())
          .addOptional("installed", ValueType.date(), Sensor::installed)
          .add("calibration", ValueType.period(), Sensor::calibration)
          .build();
}
