package org.example.library;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.keneya.core.annotation.Kind;
import org.keneya.core.annotation.KindRule;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.Rule;
import org.keneya.core.value.Id;
import org.keneya.core.value.Ref;

/**
 * A book lent to a member.
 *
 * @param id the loan's id
 * @param member who borrowed
 * @param book what was borrowed
 * @param lent the day it went out
 * @param due the day it is due back
 * @param returned the day it came back, if it has
 */
@Kind(name = "loan", label = "Loan")
public record Loan(Id id, Ref<Member> member, Ref<Book> book, LocalDate lent, LocalDate due, @Nullable LocalDate returned)
    implements Entity {
  /** The kind {@code loan}, with its rule (a loan is due after it is lent), described from this declaration. */
  public static final EntityKind<Loan> KIND = LoanDescription.KIND;

  @KindRule(description = "a loan is due after the day it is lent", codes = "due-before-lent")
  static void checkDue(Loan loan, Rule.Context context) {
    if (!loan.due().isAfter(loan.lent())) {
      context.error("due", "due-before-lent", "due " + loan.due() + ", lent " + loan.lent());
    }
  }
}
