package org.keneya.testdomain;

import java.time.LocalDate;
import java.util.Currency;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.Constraint;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;

/**
 * Who runs stations.
 *
 * @param id the operator's id
 * @param name its name, in one or more languages
 * @param type a code of the {@value Observatory#OPERATOR_TYPES} codelist
 * @param website its web address, if known
 * @param founded the day it was founded, if known
 * @param currency the currency it budgets in, if known
 */
public record Operator(
    Id id, LocalizedText name, Code type, @Nullable String website, @Nullable LocalDate founded,
    @Nullable Currency currency) implements Entity {
  /** The kind {@code operator}. */
  public static final EntityKind<Operator> KIND = EntityKind.of("operator", "Operator",
      StructType.positional("operator", Operator.class,
              v -> new Operator(v.next(), v.next(), v.next(), v.next(), v.next(), v.next()))
          .add("id", ValueType.id(), Operator::id)
          .add("name", ValueType.localizedText(), Operator::name)
          .add("type", ValueType.code(Observatory.OPERATOR_TYPES), Operator::type)
          .addOptional("website", ValueType.string(), Operator::website, Constraint.pattern("https?://[^ ]+"))
          .addOptional("founded", ValueType.date(), Operator::founded)
          .addOptional("currency", ValueType.currency(), Operator::currency)
          .build());

  /** An operator with a French name and no optional value. */
  public static Operator of(String id, String type, String frenchName) {
    return new Operator(Id.of(id), LocalizedText.fr(frenchName), Code.of(type), null, null,
        null);
  }
}
