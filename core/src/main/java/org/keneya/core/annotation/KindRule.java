package org.keneya.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule of the kind declared on the enclosing type: a static, non-private method
 * {@code void check(T entity, Rule.Context context)}, listed in the kind's rules as
 * {@link org.keneya.core.kind.Rule#named} with this description and these codes.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface KindRule {
  /** What the rule checks, in one sentence. */
  String description();

  /** The codes of the violations it reports. */
  String[] codes() default {};
}
