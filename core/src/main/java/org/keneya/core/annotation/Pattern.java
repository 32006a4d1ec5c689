package org.keneya.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text matching a regular expression whole:
 * {@link org.keneya.core.kind.Constraint#pattern(String)} (see there for the syntax allowed).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface Pattern {
  /** The regular expression. */
  String value();
}
