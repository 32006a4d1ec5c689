package org.keneya.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The reference property that follow-up progress is counted by: a pillar, a chapter, a theme.
 *
 * <pre>{@code
 * @Theme @Nullable Ref<Pillar> pillar();
 * }</pre>
 *
 * <p>Read by Keneya's annotation processor on a type carrying {@link Kind}; see {@link
 * org.keneya.core.kind.FollowUpRoles}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface Theme {
}
