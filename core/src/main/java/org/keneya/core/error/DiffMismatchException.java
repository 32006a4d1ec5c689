package org.keneya.core.error;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A dataset diff was applied to a dataset it does not fit: an entity it adds is already there, an
 * entity it removes or changes is not, or a value it changes is not the "before" value it names.
 * Nothing was applied (datasets are immutable: {@code apply} gives a new dataset or throws). The
 * message names the entity and, for a value, its path.
 *
 * <pre>{@code
 * dataset.apply(diff); // DiffMismatchException: station:s1 name: expected {fr: "Kati"} but found {fr: "Kita"}
 * }</pre>
 */
public class DiffMismatchException extends InvalidDataException {
  private static final long serialVersionUID = 1L;

  private final String entity;
  private final @Nullable String path;

  /**
   * @param entity the entity's reference, such as {@code station:s1}
   * @param path the path of the value below the entity, such as {@code lines[0].amount}, or null
   *     when the entity as a whole does not fit
   * @param reason what does not fit, without the place
   */
  public DiffMismatchException(String entity, @Nullable String path, String reason) {
    super(Place.path(path == null ? entity : entity + " " + path), reason);
    this.entity = entity;
    this.path = path;
  }

  /** The entity that does not fit, such as {@code station:s1}. */
  public String entity() {
    return entity;
  }

  /** The path of the value that does not fit, such as {@code lines[0].amount}; empty for the entity as a whole. */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }
}
