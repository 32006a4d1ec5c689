package org.example.harvest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.keneya.core.kind.Constraint;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Id;
import org.keneya.core.value.Ref;

/**
 * Produce a farm brought in on a day.
 *
 * @param id the delivery's id
 * @param farm the farm that brought it
 * @param day the day it came in
 * @param kilograms how much, not negative
 * @param crops what it held
 */
public record Delivery(Id id, Ref<Farm> farm, LocalDate day, BigDecimal kilograms, List<String> crops)
    implements Entity {
  /** The kind {@code delivery}. */
  public static final EntityKind<Delivery> KIND = EntityKind.of("delivery", "Delivery",
      StructType.positional("delivery", Delivery.class,
              v -> new Delivery(v.next(), v.next(), v.next(), v.next(), v.next()))
          .add("id", ValueType.id(), Delivery::id)
          .add("farm", ValueType.<Ref<Farm>>ref("farm"), Delivery::farm)
          .add("day", ValueType.date(), Delivery::day)
          .add("kilograms", ValueType.decimal(), Delivery::kilograms, Constraint.atLeast(0))
          .add("crops", ValueType.list(ValueType.string()), Delivery::crops)
          .build());
}
