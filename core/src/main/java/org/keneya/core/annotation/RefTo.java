package org.keneya.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The kind a {@link org.keneya.core.value.Ref} property points to, when its type argument does not
 * carry {@link Kind} (such as {@code Ref<?>}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface RefTo {
  /** The kind's name. */
  String value();
}
