package org.keneya.core.kind;

import org.keneya.core.value.LocalizedText;

/** The value type of {@link LocalizedText}: an object keyed by language in JSON, a column per language in CSV. */
final class LocalizedTextType extends ValueType<LocalizedText> {
  static final LocalizedTextType INSTANCE = new LocalizedTextType();

  private LocalizedTextType() {}

  @Override
  public Shape shape() {
    return Shape.LOCALIZED_TEXT;
  }
  @Override
  public final <A, R> R accept(Visitor<A, R> visitor, A arg) {
    return visitor.visitLocalizedText(this, arg);
  }


  @Override
  public String describe() {
    return "localized-text";
  }
}
