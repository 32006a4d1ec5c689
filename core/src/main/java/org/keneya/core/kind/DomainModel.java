package org.keneya.core.kind;

import java.util.List;

/**
 * The service-provider interface of a domain model: a named set of entity kinds and codelists,
 * found with {@link java.util.ServiceLoader}. A jar registers its model by listing the
 * implementation in {@code META-INF/services/org.keneya.core.kind.DomainModel}; the implementation
 * needs a public no-argument constructor.
 *
 * <pre>{@code
 * public final class IndicatorModel implements DomainModel {
 *   public String name() { return "acme-indicators"; }
 *   public List<EntityKind<?>> kinds() { return List.of(Indicator.KIND); }
 *   public List<Codelist> codelists() { return List.of(); }
 * }
 * }</pre>
 */
public interface DomainModel {
  /** A unique name such as {@code acme-notes}; models are ordered by it, for stable output. */
  String name();

  /** The kinds, in the order datasets list them. */
  List<EntityKind<?>> kinds();

  /** The codelists the kinds' codes come from. */
  List<Codelist> codelists();
}
