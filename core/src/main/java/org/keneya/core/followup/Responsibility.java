package org.keneya.core.followup;

import static com.google.common.base.Preconditions.checkNotNull;

import org.keneya.core.value.Ref;

/**
 * An actor responsible for an item, in a role ({@code lead}, {@code supporting}) that the item's
 * kind declares ({@link org.keneya.core.annotation.Responsible}).
 *
 * @param role the role, as the kind names it
 * @param actor the responsible actor
 */
public record Responsibility(String role, Ref<?> actor) {
  /** Checks that both are given. */
  public Responsibility {
    checkNotNull(role, "role");
    checkNotNull(actor, "actor");
  }
}
