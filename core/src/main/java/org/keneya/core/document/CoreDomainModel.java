package org.keneya.core.document;

import java.util.List;
import org.keneya.core.kind.Codelist;
import org.keneya.core.kind.DomainModel;
import org.keneya.core.kind.EntityKind;

/**
 * Core's own domain model, {@code keneya-core}: the {@link Document} kind that provenance refers
 * to. Registered through {@code META-INF/services}, so every registry loaded with {@link
 * org.keneya.core.kind.KindRegistry#load()} has it.
 */
public final class CoreDomainModel implements DomainModel {
  /** Used by {@link java.util.ServiceLoader}. */
  public CoreDomainModel() {}

  /** The model's name. */
  public static final String NAME = "keneya-core";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<EntityKind<?>> kinds() {
    return List.of(Document.KIND);
  }

  @Override
  public List<Codelist> codelists() {
    return List.of();
  }
}
