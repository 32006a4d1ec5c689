package org.keneya.core.kind;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.keneya.core.document.CoreDomainModel;
import org.keneya.core.error.DomainModelException;
import org.keneya.core.internal.codec.RegistryState;

/**
 * The entity kinds and codelists of every domain model in use, merged. Kinds are ordered by model
 * name, then in each model's own order, so output never depends on classpath order. Building a
 * registry refuses two kinds with the same name or Java type, two different codelists with the same
 * name, and any reference to a kind or codelist that nobody declares.
 *
 * <pre>{@code
 * KindRegistry registry = KindRegistry.of(new NoteModel()); // the models you choose
 * EntityKind<?> kind = registry.kind("note").orElseThrow();
 *
 * KindRegistry mine = KindRegistry.builder()              // with a vocabulary and a kind of your own
 *     .add(new NoteModel())
 *     .replaceCodelist(myStatuses)
 *     .replaceKind(MyNote.KIND)
 *     .build();
 *
 * KindRegistry found = KindRegistry.load();               // every DomainModel on the class path (the command line's)
 * }</pre>
 */
public final class KindRegistry {
  static {
    RegistryState.access(registry -> registry.codecState);
  }

  private final ImmutableList<DomainModel> models;
  private final ImmutableMap<String, EntityKind<?>> kinds;
  private final ImmutableMap<Class<?>, EntityKind<?>> kindsByType;
  private final ImmutableMap<String, Codelist> codelists;
  private final Map<Class<?>, Optional<EntityKind<?>>> kindOfClass = new ConcurrentHashMap<>();
  /** What the codecs keep about these kinds (see RegistryState): it goes with the registry. */
  private final ConcurrentMap<Object, Object> codecState = new ConcurrentHashMap<>();

  private KindRegistry(
      ImmutableList<DomainModel> models,
      ImmutableMap<String, EntityKind<?>> kinds,
      ImmutableMap<String, Codelist> codelists) {
    this.models = models;
    this.kinds = kinds;
    this.kindsByType = kinds.values().stream()
        .collect(ImmutableMap.toImmutableMap(EntityKind::type, k -> k, (a, b) -> {
          throw new DomainModelException(
              "kinds " + a.name() + " and " + b.name() + " share the Java type " + a.type().getName());
        }));
    this.codelists = codelists;
    kinds.values().forEach(this::checkReferences);
  }

  /** Every {@link DomainModel} found by {@link ServiceLoader} in the context class loader. */
  public static KindRegistry load() {
    return load(Thread.currentThread().getContextClassLoader());
  }

  /** Every {@link DomainModel} found by {@link ServiceLoader} in {@code loader}. */
  public static KindRegistry load(ClassLoader loader) {
    Builder builder = builder();
    ServiceLoader.load(DomainModel.class, loader).forEach(builder::add);
    return builder.build();
  }

  /** A registry of exactly these models. */
  public static KindRegistry of(DomainModel... models) {
    return builder().addAll(List.of(models)).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The models merged here, ordered by name. */
  public ImmutableList<DomainModel> models() {
    return models;
  }

  /** Every kind, in output order. */
  public ImmutableList<EntityKind<?>> kinds() {
    return kinds.values().asList();
  }

  public Optional<EntityKind<?>> kind(String name) {
    return Optional.ofNullable(kinds.get(name));
  }

  /** The kind named {@code name}, or a {@link DomainModelException} naming the known kinds. */
  public EntityKind<?> requireKind(String name) {
    EntityKind<?> kind = kinds.get(name);
    if (kind == null) {
      throw new DomainModelException("no kind named \"" + name + "\"; known kinds: " + kinds.keySet());
    }
    return kind;
  }

  /** The kind whose type is {@code type} or one of its supertypes (generated classes included). */
  @SuppressWarnings("unchecked")
  public <E extends Entity> Optional<EntityKind<E>> kindOf(Class<E> type) {
    return (Optional<EntityKind<E>>) (Optional<?>) kindOfClass.computeIfAbsent(type, this::findKind);
  }

  /** The kind of {@code entity}, or a {@link DomainModelException} if none is registered for it. */
  @SuppressWarnings("unchecked")
  public <E extends Entity> EntityKind<E> kindOf(E entity) {
    return kindOf((Class<E>) entity.getClass())
        .orElseThrow(() -> new DomainModelException(
            "no registered kind describes " + entity.getClass().getName() + "; known kinds: " + kinds.keySet()));
  }

  private Optional<EntityKind<?>> findKind(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      EntityKind<?> kind = kindsByType.get(c);
      if (kind != null) {
        return Optional.of(kind);
      }
      for (Class<?> i : c.getInterfaces()) {
        kind = kindsByType.get(i);
        if (kind != null) {
          return Optional.of(kind);
        }
      }
    }
    return Optional.empty();
  }

  public ImmutableList<Codelist> codelists() {
    return codelists.values().asList();
  }

  public Optional<Codelist> codelist(String name) {
    return Optional.ofNullable(codelists.get(name));
  }

  private void checkReferences(EntityKind<?> kind) {
    for (Property<?, ?> property : kind.properties()) {
      checkReferences(kind.name() + "." + property.name(), property.type());
    }
  }

  private void checkReferences(String path, ValueType<?> type) {
    if (type instanceof CodeType && !codelists.containsKey(((CodeType) type).codelist())) {
      throw new DomainModelException(
          path + " uses codelist \"" + ((CodeType) type).codelist() + "\", which no model declares");
    }
    if (type instanceof RefType) {
      ((RefType<?>) type).target().filter(t -> !kinds.containsKey(t)).ifPresent(t -> {
        throw new DomainModelException(path + " refers to kind \"" + t + "\", which no model declares");
      });
    }
    if (type instanceof StructType) {
      for (Property<?, ?> p : ((StructType<?>) type).properties()) {
        checkReferences(path + "." + p.name(), p.type());
      }
    } else if (type instanceof ListType) {
      checkReferences(path, ((ListType<?>) type).element());
    } else if (type instanceof OptionalType) {
      checkReferences(path, ((OptionalType<?>) type).element());
    }
  }

  @Override
  public String toString() {
    return "KindRegistry" + kinds.keySet();
  }

  /** Collects domain models, and the kinds and codelists that replace theirs. */
  public static final class Builder {
    private final List<DomainModel> models = new ArrayList<>();
    private final Map<String, Codelist> replacements = new LinkedHashMap<>();
    private final Map<String, EntityKind<?>> kindReplacements = new LinkedHashMap<>();

    private Builder() {
      // Core's own kinds (documents, which provenance refers to) are always present.
      models.add(new CoreDomainModel());
    }

    public Builder add(DomainModel model) {
      if (models.stream().noneMatch(m -> m.name().equals(model.name()) && m.getClass() == model.getClass())) {
        models.add(model);
      }
      return this;
    }

    public Builder addAll(Iterable<? extends DomainModel> more) {
      more.forEach(this::add);
      return this;
    }

    /** Uses {@code codelist} instead of the one of the same name that a model declares. */
    public Builder replaceCodelist(Codelist codelist) {
      replacements.put(codelist.name(), codelist);
      return this;
    }

    /**
     * Uses {@code kind} instead of the kind of the same name that a model declares — a user's own
     * {@code person} with more properties, or their own {@code document}, to which every provenance
     * then refers (references name kinds, not Java types). Every codec, the validator and the
     * generators then see the replacement; the replaced kind's Java type is no longer one of the
     * registry's. {@link #build()} refuses a replacement of a kind that no model declares, and
     * checks the replacement's codelists and references like any kind's.
     *
     * <p>A typed reference of the model, such as a {@code Ref<Person>} held by a note,
     * then resolves to an entity of the replacement's Java type: resolve it as a {@code Ref<?>}
     * (or a reference to the replacement's type), not as the replaced type, which a cast would
     * refuse.
     */
    public Builder replaceKind(EntityKind<?> kind) {
      kindReplacements.put(kind.name(), kind);
      return this;
    }

    /** Merges the models; see the class documentation for what is refused. */
    public KindRegistry build() {
      List<DomainModel> sorted = new ArrayList<>(models);
      sorted.sort(Comparator.comparing(DomainModel::name));
      Map<String, EntityKind<?>> kinds = new LinkedHashMap<>();
      Map<String, DomainModel> kindOwners = new LinkedHashMap<>();
      Map<String, Codelist> codelists = new LinkedHashMap<>();
      Map<String, DomainModel> codelistOwners = new LinkedHashMap<>();
      for (DomainModel model : sorted) {
        for (EntityKind<?> kind : model.kinds()) {
          DomainModel owner = kindOwners.putIfAbsent(kind.name(), model);
          if (owner != null) {
            throw new DomainModelException(
                "kind \"" + kind.name() + "\" is declared by both " + owner.name() + " and " + model.name());
          }
          kinds.put(kind.name(), kind);
        }
        for (Codelist codelist : model.codelists()) {
          Codelist existing = codelists.putIfAbsent(codelist.name(), codelist);
          if (existing != null && !existing.equals(codelist)) {
            throw new DomainModelException(
                "codelist \"" + codelist.name() + "\" is declared differently by "
                    + codelistOwners.get(codelist.name()).name() + " and " + model.name());
          }
          codelistOwners.putIfAbsent(codelist.name(), model);
        }
      }
      kindReplacements.forEach((name, kind) -> {
        if (!kinds.containsKey(name)) {
          throw new DomainModelException("no model declares kind \"" + name + "\" to replace");
        }
        kinds.put(name, kind);
      });
      replacements.forEach((name, codelist) -> {
        if (!codelists.containsKey(name)) {
          throw new DomainModelException("no model declares codelist \"" + name + "\" to replace");
        }
        codelists.put(name, codelist);
      });
      return new KindRegistry(ImmutableList.copyOf(sorted), ImmutableMap.copyOf(kinds), ImmutableMap.copyOf(codelists));
    }
  }
}
