package org.keneya.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A number (integer, decimal, money's amount) of {@code value} or more:
 * {@link org.keneya.core.kind.Constraint#atLeast(long)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface AtLeast {
  /** The least value allowed. */
  long value();
}
