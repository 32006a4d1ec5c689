package org.example.library;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.Rule;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
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
public record Loan(Id id, Ref<Member> member, Ref<Book> book, LocalDate lent, LocalDate due, @Nullable LocalDate returned)
    implements Entity {
  /** The kind {@code loan}, with its rule: a loan is due after it is lent. */
  public static final EntityKind<Loan> KIND = EntityKind.of("loan", "Loan",
      StructType.positional("loan", Loan.class,
              v -> new Loan(v.next(), v.next(), v.next(), v.next(), v.next(), v.next()))
          .add("id", ValueType.id(), Loan::id)
          .add("member", ValueType.<Ref<Member>>ref("member"), Loan::member)
          .add("book", ValueType.<Ref<Book>>ref("book"), Loan::book)
          .add("lent", ValueType.date(), Loan::lent)
          .add("due", ValueType.date(), Loan::due)
          .addOptional("returned", ValueType.date(), Loan::returned)
          .build(),
      List.of(Rule.<Loan>named("a loan is due after the day it is lent", Loan::checkDue, "due-before-lent")));

  private static void checkDue(Loan loan, Rule.Context context) {
    if (!loan.due().isAfter(loan.lent())) {
      context.error("due", "due-before-lent", "due " + loan.due() + ", lent " + loan.lent());
    }
  }
}
