package org.keneya.cli;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.CodeType;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.OptionalType;
import org.keneya.core.kind.Property;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Code;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Ref;
import org.keneya.model.Actor;
import org.keneya.model.Framework;
import org.keneya.model.Pillar;

/**
 * What every section of a report shares: the dataset, the date, the labels and formats of the
 * language, and how the data's own texts are shown in it — an entity's name in the chosen language
 * falling back to the other, a code by its codelist label, an actor by its acronym and name.
 */
final class ReportContext {
  /** The properties that name an entity, in order of preference, whatever its kind. */
  private static final List<String> NAME_PROPERTIES = List.of("name", "title", "statement");

  private final Dataset dataset;
  private final ReportLabels labels;
  private final LocalFormats formats;

  ReportContext(Dataset dataset, ReportLabels labels) {
    this.dataset = dataset;
    this.labels = labels;
    this.formats = new LocalFormats(labels);
  }

  /** The dataset reported on. */
  Dataset dataset() {
    return dataset;
  }

  /** The labels of the report's language. */
  ReportLabels labels() {
    return labels;
  }

  /** How the report's language writes numbers and dates. */
  LocalFormats formats() {
    return formats;
  }

  /** The label {@code key} with its arguments. */
  String label(ReportLabel key, Object... args) {
    return labels.get(key, args);
  }

  /**
   * {@code n} followed by the noun of label {@code one} or {@code many}: French takes the singular
   * for 0 and 1 ({@code 0 erreur}), English only for 1 ({@code 0 errors}).
   */
  String count(long n, ReportLabel one, ReportLabel many) {
    return label(singular(n) ? one : many, formats.number(n));
  }

  /** Whether {@code n} takes the singular: 0 and 1 in French, 1 in English. */
  boolean singular(long n) {
    return labels.language() == ReportLanguage.FR ? n <= 1 : n == 1;
  }

  /** {@code text} in the report's language, else in the other, else in any. */
  String text(LocalizedText text) {
    return text.get(labels.language().tag(), labels.language().other().tag());
  }

  /** What kind {@code kind} is called in this language; the kind's own label for a kind the labels do not name. */
  String kindName(EntityKind<?> kind) {
    return labels.kind(kind.name()).orElse(kind.label());
  }

  /** The label of {@code code} in {@code codelist}, from the data; the code itself when the codelist lacks it. */
  String codeLabel(String codelist, Code code) {
    return dataset.registry().codelist(codelist).flatMap(l -> l.entry(code))
        .map(e -> text(e.label()))
        .orElse(code.value());
  }

  /** {@code DNS — Direction nationale de la santé}, or the reference's id with a note when the data lacks it. */
  String actor(Ref<?> ref) {
    Object found = dataset.get(ref).orElse(null);
    if (found instanceof Actor a) {
      return a.acronym().map(acronym -> acronym + " — " + text(a.name())).orElse(text(a.name()));
    }
    return found instanceof Entity e ? name(e) : label(ReportLabel.NOT_IN_DATA, ref.id().value());
  }

  /** An actor's acronym, else its name. */
  String shortActor(Ref<?> ref) {
    Object found = dataset.get(ref).orElse(null);
    if (found instanceof Actor a) {
      return a.acronym().orElse(text(a.name()));
    }
    return found instanceof Entity e ? name(e) : ref.id().value();
  }

  /** A framework's acronym, else its name. */
  String framework(Ref<Framework> ref) {
    return dataset.get(ref).map(f -> f.acronym().orElse(text(f.name()))).orElse(ref.id().value());
  }

  /**
   * A pillar's name in the report's language; with its framework's acronym when another pillar of
   * the data bears the same name, so that no two pillars read alike.
   */
  String pillar(Pillar pillar) {
    String name = text(pillar.name());
    boolean shared = dataset.entities(Pillar.class).stream()
        .anyMatch(other -> !other.id().equals(pillar.id()) && text(other.name()).equals(name));
    return shared ? name + " (" + framework(pillar.framework()) + ")" : name;
  }

  /** What {@code ref} names: a pillar by {@link #pillar}, an actor by {@link #actor}, anything else by {@link #name}. */
  String refName(Ref<?> ref) {
    Object found = dataset.get(ref).orElse(null);
    if (found instanceof Pillar p) {
      return pillar(p);
    }
    if (found instanceof Actor) {
      return actor(ref);
    }
    return found instanceof Entity e ? name(e) : label(ReportLabel.NOT_IN_DATA, ref.id().value());
  }

  /** An entity's name, title or statement in the report's language, whatever its kind; else its id. */
  String name(Entity entity) {
    EntityKind<?> kind = dataset.registry().kindOf(entity);
    for (String property : NAME_PROPERTIES) {
      if (kind.property(property).isPresent() && value(kind, entity, property) instanceof LocalizedText text) {
        return text(text);
      }
    }
    return entity.id().value();
  }

  /** The label of an entity's {@code type} code, whatever its kind; empty when its kind has no coded type. */
  Optional<String> typeLabel(Entity entity) {
    EntityKind<?> kind = dataset.registry().kindOf(entity);
    Optional<? extends Property<?, ?>> type = kind.property("type");
    if (type.isEmpty() || !(value(kind, entity, "type") instanceof Code code)) {
      return Optional.empty();
    }
    ValueType<?> valueType = type.get().type();
    ValueType<?> element = valueType instanceof OptionalType<?> o ? o.element() : valueType;
    return Optional.of(element instanceof CodeType c ? codeLabel(c.codelist(), code) : code.value());
  }

  /**
   * The value of {@code entity}'s property {@code name}, an optional unwrapped: the report reads the
   * roles a kind declares through its description, not through the model's classes.
   */
  static @Nullable Object value(EntityKind<?> kind, Entity entity, String name) {
    return read(kind, entity, name);
  }

  /** Reads the property with the entity typed as its kind needs. */
  private static <E extends Entity> @Nullable Object read(EntityKind<E> kind, Entity entity, String name) {
    @SuppressWarnings("unchecked")
    E typed = (E) entity;
    Object value = kind.property(name).orElseThrow().valueOrNull(typed);
    return value instanceof Optional<?> optional ? optional.orElse(null) : value;
  }
}
