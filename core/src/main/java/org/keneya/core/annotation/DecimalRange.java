package org.keneya.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A number within decimal bounds, both included; an empty bound is no bound:
 * {@link org.keneya.core.kind.Constraint#range(java.math.BigDecimal, java.math.BigDecimal)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface DecimalRange {
  /** The least value allowed, as a decimal text ({@code "-90"}); empty for none. */
  String min() default "";

  /** The greatest value allowed, as a decimal text; empty for none. */
  String max() default "";
}
