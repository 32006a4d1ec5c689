package org.example.harvest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.keneya.core.annotation.AtLeast;
import org.keneya.core.annotation.Kind;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
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
@Kind(name = "delivery", label = "Delivery")
public record Delivery(Id id, Ref<Farm> farm, LocalDate day, @AtLeast(0) BigDecimal kilograms, List<String> crops)
    implements Entity {
  /** The kind {@code delivery}, described from this declaration by Keneya's annotation processor. */
  public static final EntityKind<Delivery> KIND = DeliveryDescription.KIND;
}
