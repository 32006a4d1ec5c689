package org.keneya.core.kind;

import java.util.List;
import org.keneya.core.value.Id;
import org.keneya.core.value.Provenance;

/**
 * A record with an identity: what a dataset holds, indexes by id and lets other records refer to.
 * Every entity type of a domain model implements it and is described by an {@link EntityKind}.
 *
 * <pre>{@code
 * boolean fromReport = entity.provenance().stream()
 *     .anyMatch(p -> p.document().id().equals(Id.of("review-2017")));
 * }</pre>
 */
public interface Entity {
  /** The entity's id, unique within its kind. */
  Id id();

  /**
   * Where the record comes from — the documents and passages it was transcribed from. Kinds that
   * keep provenance override this (usually as a described property); the default is none.
   */
  default List<Provenance> provenance() {
    return List.of();
  }
}
