package org.keneya.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The property of a kind that is its status history: a list of dated entries, each with a status
 * code (a status whose codelist entry carries the tag {@value org.keneya.core.kind.FollowUpRoles#CLOSING_TAG}
 * closes the item). Core's follow-up queries read the status of an item as of a date from it.
 *
 * <pre>{@code
 * @StatusHistory List<Update> history();   // each Update has a LocalDate date and a Code status
 * }</pre>
 *
 * <p>Read by Keneya's annotation processor on a type carrying {@link Kind}; see {@link
 * org.keneya.core.kind.FollowUpRoles}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface StatusHistory {
  /** The name of the entries' date property. */
  String date() default "date";

  /** The name of the entries' status property, a code. */
  String status() default "status";
}
