package org.keneya.testdomain;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;
import org.keneya.core.annotation.NonBlank;
import org.keneya.core.annotation.Struct;
import org.keneya.core.kind.StructType;

/**
 * An instrument of a station: a structure of the domain's own, nested in a list.
 *
 * @param model the instrument's model, not blank
 * @param installed the day it was installed, if known
 * @param calibration how often it is calibrated
 */
@Struct("sensor")
public record Sensor(@NonBlank String model, @Nullable LocalDate installed, Period calibration) {
  /** The structure {@code sensor}, described from this declaration by Keneya's annotation processor. */
  public static final StructType<Sensor> TYPE = SensorDescription.TYPE;
}
