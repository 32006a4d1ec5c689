package org.keneya.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The reference to the event an item came from — the meeting that formulated it — so that a
 * deadline "within six months" that states no date to run from runs from the end of that event,
 * as its kind says when it occurs ({@link Occurs}).
 *
 * <pre>{@code
 * @Origin @Nullable Ref<Meeting> meeting();
 * }</pre>
 *
 * <p>Read by Keneya's annotation processor on a type carrying {@link Kind}; see {@link
 * org.keneya.core.kind.FollowUpRoles}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface Origin {}
