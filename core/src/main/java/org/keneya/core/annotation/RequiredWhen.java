package org.keneya.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An optional property present whenever the property {@code property} of the same value has the
 * value written {@code value}: {@link org.keneya.core.kind.Constraint#requiredWhen(String, String)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface RequiredWhen {
  /** The other property's name. */
  String property();

  /** Its value, as codecs write it. */
  String value();
}
