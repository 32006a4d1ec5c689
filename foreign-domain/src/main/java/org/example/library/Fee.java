package org.example.library;

import org.keneya.core.kind.Constraint;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.Money;
import org.keneya.core.value.Ref;

/**
 * A fee charged on a loan.
 *
 * @param id the fee's id
 * @param loan the loan it is charged on
 * @param amount how much, not negative
 * @param reason a code of the {@value LibraryModel#FEE_REASONS} codelist
 * @param paid whether it has been paid
 */
public record Fee(Id id, Ref<Loan> loan, Money amount, Code reason, boolean paid) implements Entity {
  /** The kind {@code fee}. */
  public static final EntityKind<Fee> KIND = EntityKind.of("fee", "Fee",
      StructType.positional("fee", Fee.class, v -> new Fee(v.next(), v.next(), v.next(), v.next(), v.<Boolean>next()))
          .add("id", ValueType.id(), Fee::id)
          .add("loan", ValueType.<Ref<Loan>>ref("loan"), Fee::loan)
          .add("amount", ValueType.money(), Fee::amount, Constraint.atLeast(0))
          .add("reason", ValueType.code(LibraryModel.FEE_REASONS), Fee::reason)
          .add("paid", ValueType.bool(), Fee::paid)
          .build());
}
