package org.keneya.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A list of {@code min} to {@code max} items: {@link org.keneya.core.kind.Constraint#size(int, int)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface Size {
  /** The least number of items. */
  int min() default 0;

  /** The greatest number of items; the default, {@link Integer#MAX_VALUE}, declares no upper bound. */
  int max() default Integer.MAX_VALUE;
}
