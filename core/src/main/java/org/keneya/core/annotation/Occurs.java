package org.keneya.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The property saying when an entity occurs — a date, a partial date (a year, a month) or a date
 * range — so that a deadline before or at it gets a date: an event, a meeting.
 *
 * <pre>{@code
 * @Occurs LocalDate date();
 * }</pre>
 *
 * <p>Read by Keneya's annotation processor on a type carrying {@link Kind}; see {@link
 * org.keneya.core.kind.FollowUpRoles}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface Occurs {
}
