package org.keneya.testdomain;

import java.time.LocalDate;
import java.util.Currency;
import org.jspecify.annotations.Nullable;
import org.keneya.core.annotation.CodeOf;
import org.keneya.core.annotation.Kind;
import org.keneya.core.annotation.Pattern;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
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
@Kind(name = "operator", label = "Operator")
public record Operator(
    Id id, LocalizedText name, @CodeOf(Observatory.OPERATOR_TYPES) Code type,
    @Pattern("https?://[^ ]+") @Nullable String website, @Nullable LocalDate founded, @Nullable Currency currency) implements Entity {
  /** The kind {@code operator}, described from this declaration by Keneya's annotation processor. */
  public static final EntityKind<Operator> KIND = OperatorDescription.KIND;

  /** An operator with a French name and no optional value. */
  public static Operator of(String id, String type, String frenchName) {
    return new Operator(Id.of(id), LocalizedText.fr(frenchName), Code.of(type), null, null,
        null);
  }
}
