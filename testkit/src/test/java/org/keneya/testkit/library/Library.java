package org.keneya.testkit.library;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.kind.CodeEntry;
import org.keneya.core.kind.Codelist;
import org.keneya.core.kind.Constraint;
import org.keneya.core.kind.DomainModel;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;
import org.keneya.core.value.Ref;

/**
 * A small lending library with no health word in it — members, books, loans that refer to both,
 * fees on loans in money — declared the way a user declares their own domain, to prove that the
 * testkit's generators need nothing but a registry. Its kinds use every shape and every kind of
 * declared constraint, and one builder checks more than its constraints say (a loan is not
 * returned before it starts).
 */
public final class Library implements DomainModel {
  /** Membership tiers. */
  public static final String TIER = "membership-tier";
  /** Where a loan stands. */
  public static final String LOAN_STATUS = "loan-status";

  /** A postal address, a nested value. */
  public record Address(String street, String city, @Nullable String postcode) {
    static final StructType<Address> TYPE = StructType.positional("address", Address.class,
            v -> new Address(v.next(), v.next(), v.next()))
        .add("street", ValueType.string(), Address::street, Constraint.nonBlank())
        .add("city", ValueType.string(), Address::city, Constraint.nonBlank())
        .addOptional("postcode", ValueType.string(), Address::postcode, Constraint.pattern("[0-9]{5}"))
        .build();
  }

  /** A member who borrows books. */
  public record Member(Id id, LocalizedText name, String email, Code tier, @Nullable Address address,
      ImmutableList<String> phones, @Nullable LocalDate joined) implements Entity {}

  /** A book with its copies. */
  public record Book(Id id, String title, String isbn, int copies, ImmutableList<String> authors, @Nullable Ref<?> sequelOf)
      implements Entity {}

  /** A loan of a book to a member; a returned loan has a return date not before its start. */
  public record Loan(Id id, Ref<?> member, Ref<?> book, Code status, LocalDate start, @Nullable LocalDate returned,
      int renewals) implements Entity {
    /** Refuses a return before the start: a check of the builder's own that no constraint declares. */
    public Loan {
      if (returned != null && returned.isBefore(start)) {
        throw new InvalidValueException("Loan.returned", "is before the start " + start);
      }
    }
  }

  /** A fee charged on a loan. */
  public record Fee(Id id, Ref<?> loan, Money amount, @Nullable LocalizedText reason, ImmutableList<Ref<?>> waivedBy)
      implements Entity {}

  public static final EntityKind<Member> MEMBER = EntityKind.of("member", "Member",
      StructType.positional("member", Member.class,
              v -> new Member(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.next()))
          .add("id", ValueType.id(), Member::id)
          .add("name", ValueType.localizedText(), Member::name, Constraint.nonBlank())
          .add("email", ValueType.string(), Member::email, Constraint.pattern("[a-z]{1,8}(\\.[a-z]{1,8})?@[a-z]{2,6}\\.(org|net)"))
          .add("tier", ValueType.code(TIER), Member::tier)
          .addOptional("address", Address.TYPE, Member::address)
          .add("phones", ValueType.list(ValueType.string()), Member::phones, Constraint.uniqueItems(),
              Constraint.size(0, 2), Constraint.pattern("\\+223 [0-9]{8}"))
          .addOptional("joined", ValueType.date(), Member::joined)
          .build());

  public static final EntityKind<Book> BOOK = EntityKind.of("book", "Book",
      StructType.positional("book", Book.class,
              v -> new Book(v.next(), v.next(), v.next(), v.<Integer>next(), v.next(), v.next()))
          .add("id", ValueType.id(), Book::id)
          .add("title", ValueType.string(), Book::title, Constraint.nonBlank())
          .add("isbn", ValueType.string(), Book::isbn, Constraint.pattern("97[89]-[0-9]{10}"))
          .add("copies", ValueType.integer(), Book::copies, Constraint.between(1, 12))
          .add("authors", ValueType.list(ValueType.string()), Book::authors, Constraint.notEmpty(), Constraint.uniqueItems(),
              Constraint.nonBlank())
          .addOptional("sequelOf", ValueType.<Ref<?>>ref("book"), Book::sequelOf)
          .build());

  public static final EntityKind<Loan> LOAN = EntityKind.of("loan", "Loan",
      StructType.positional("loan", Loan.class,
              v -> new Loan(v.next(), v.next(), v.next(), v.next(), v.next(), v.next(), v.<Integer>next()))
          .add("id", ValueType.id(), Loan::id)
          .add("member", ValueType.<Ref<?>>ref("member"), Loan::member)
          .add("book", ValueType.<Ref<?>>ref("book"), Loan::book)
          .add("status", ValueType.code(LOAN_STATUS), Loan::status)
          .add("start", ValueType.date(), Loan::start)
          .addOptional("returned", ValueType.date(), Loan::returned, Constraint.requiredWhen("status", "returned"))
          .add("renewals", ValueType.integer(), Loan::renewals, Constraint.between(0, 3))
          .build(),
      List.of((loan, context) -> {
        // a rule of the kind's own, which the generator meets by drawing again
        if (loan.renewals() > 0 && loan.status().value().equals("lost")) {
          context.error("renewals", "lost-renewed", "a lost book cannot have been renewed");
        }
      }));

  public static final EntityKind<Fee> FEE = EntityKind.of("fee", "Fee",
      StructType.positional("fee", Fee.class, v -> new Fee(v.next(), v.next(), v.next(), v.next(), v.next()))
          .add("id", ValueType.id(), Fee::id)
          .add("loan", ValueType.<Ref<?>>ref("loan"), Fee::loan)
          .add("amount", ValueType.money(), Fee::amount, Constraint.range(new BigDecimal("100"), new BigDecimal("50000")))
          .addOptional("reason", ValueType.localizedText(), Fee::reason, Constraint.nonBlank())
          .add("waivedBy", ValueType.list(ValueType.<Ref<?>>ref("member")), Fee::waivedBy, Constraint.uniqueItems())
          .build());

  /** The library's kinds, with core's documents and no health kind. */
  public static KindRegistry registry() {
    return KindRegistry.of(new Library());
  }

  @Override
  public String name() {
    return "acme-library";
  }

  @Override
  public List<EntityKind<?>> kinds() {
    // listed with loans and fees first on purpose: the generator must order kinds by their references
    return List.of(FEE, LOAN, MEMBER, BOOK);
  }

  @Override
  public List<Codelist> codelists() {
    return List.of(
        Codelist.builder().name(TIER).label(LocalizedText.en("Membership tier"))
            .addEntries(CodeEntry.of("basic", "Basic", "De base"), CodeEntry.of("premium", "Premium", "Premium"))
            .build(),
        Codelist.builder().name(LOAN_STATUS).label(LocalizedText.en("Loan status"))
            .addEntries(CodeEntry.of("out", "Out", "Prêté"), CodeEntry.of("returned", "Returned", "Rendu"),
                CodeEntry.of("lost", "Lost", "Perdu"))
            .build());
  }
}
