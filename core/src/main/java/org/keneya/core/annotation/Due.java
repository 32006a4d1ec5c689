package org.keneya.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A deadline property ({@link org.keneya.core.value.Deadline}) of a kind that is followed up. A kind
 * may have several (a deadline, then the horizon it was framed in): the first in declaration order
 * from which a date can be derived decides when the item is due.
 *
 * <pre>{@code
 * @Due @Nullable Deadline deadline();
 * }</pre>
 *
 * <p>Read by Keneya's annotation processor on a type carrying {@link Kind}; see {@link
 * org.keneya.core.kind.FollowUpRoles}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface Due {
}
