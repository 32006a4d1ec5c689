package org.keneya.core.kind;

import org.keneya.core.value.Id;

/**
 * A record with an identity: what a dataset holds, indexes by id and lets other records refer to.
 * Every entity type of a domain model implements it and is described by an {@link EntityKind}.
 */
public interface Entity {
  /** The entity's id, unique within its kind. */
  Id id();
}
