package org.keneya.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A number from {@code min} to {@code max}, both included:
 * {@link org.keneya.core.kind.Constraint#between(long, long)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface Between {
  /** The least value allowed. */
  long min();

  /** The greatest value allowed. */
  long max();
}
