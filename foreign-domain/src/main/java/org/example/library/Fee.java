package org.example.library;

import org.keneya.core.annotation.AtLeast;
import org.keneya.core.annotation.CodeOf;
import org.keneya.core.annotation.Kind;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
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
@Kind(name = "fee", label = "Fee")
public record Fee(Id id, Ref<Loan> loan, @AtLeast(0) Money amount, @CodeOf(LibraryModel.FEE_REASONS) Code reason, boolean paid) implements Entity {
  /** The kind {@code fee}, described from this declaration by Keneya's annotation processor. */
  public static final EntityKind<Fee> KIND = FeeDescription.KIND;
}
