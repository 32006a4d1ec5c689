package org.keneya.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A property naming the actors responsible for an item (a reference or a list of references), and
 * their role: follow-up progress is counted per actor and role, lead and supporting apart.
 *
 * <pre>{@code
 * @Responsible("lead") List<Ref<Actor>> lead();
 * @Responsible("supporting") List<Ref<Actor>> supporting();
 * }</pre>
 *
 * <p>Read by Keneya's annotation processor on a type carrying {@link Kind}; see {@link
 * org.keneya.core.kind.FollowUpRoles}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface Responsible {
  /** The role, such as {@code lead} or {@code supporting}. */
  String value();
}
