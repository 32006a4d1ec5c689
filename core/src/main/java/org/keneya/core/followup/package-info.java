/**
 * Follow-up queries over any kind that declares its follow-up roles ({@link
 * org.keneya.core.kind.FollowUpRoles}): the status of every item as of a date, what is overdue or
 * due soon and why, and progress per theme and per responsible actor. Entry point: {@link
 * org.keneya.core.followup.FollowUp}.
 */
@NullMarked
package org.keneya.core.followup;

import org.jspecify.annotations.NullMarked;
