package org.keneya.model.testkit.plugin;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.keneya.core.kind.CodeEntry;
import org.keneya.core.kind.Codelist;
import org.keneya.core.kind.DomainModel;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Ref;

/**
 * A user's own kind, registered only in the testkit's tests: a target for a pillar, with a unit
 * from its own codelist, an optional baseline meeting, and a rule (targets are not negative). The
 * testkit must generate it with no code of its own.
 */
public record Target(
    Id id, LocalizedText name, Ref<?> pillar, Code unit, BigDecimal value, Optional<Ref<?>> baselineMeeting)
    implements Entity {

  @SuppressWarnings("unchecked")
  public static final EntityKind<Target> KIND =
      EntityKind.of(
          "target",
          "Target",
          StructType.<Target, Object[]>builder(
                  "target",
                  Target.class,
                  () -> new Object[6],
                  p -> new Target((Id) p[0], (LocalizedText) p[1], (Ref<?>) p[2], (Code) p[3], (BigDecimal) p[4],
                      p[5] == null ? Optional.empty() : (Optional<Ref<?>>) p[5]))
              .add("id", ValueType.id(), Target::id, (p, v) -> p[0] = v)
              .add("name", ValueType.localizedText(), Target::name, (p, v) -> p[1] = v)
              .add("pillar", ValueType.<Ref<?>>ref("pillar"), Target::pillar, (p, v) -> p[2] = v)
              .add("unit", ValueType.code("target-unit"), Target::unit, (p, v) -> p[3] = v)
              .add("value", ValueType.decimal(), Target::value, (p, v) -> p[4] = v)
              .add("baselineMeeting", ValueType.optional(ValueType.<Ref<?>>ref("meeting")), Target::baselineMeeting,
                  (p, v) -> p[5] = v)
              .build(),
          List.of((target, context) -> {
            if (target.value().signum() < 0) {
              context.error("value", "negative-target", "a target must not be negative");
            }
          }));

  /** The health model's kinds and this one's: what a user with a kind of their own names in their tests. */
  public static final org.keneya.core.kind.KindRegistry REGISTRY =
      org.keneya.core.kind.KindRegistry.of(new org.keneya.model.HealthModel(), new Model());

  /** The domain model that registers {@link Target}. */
  public static final class Model implements DomainModel {
    @Override
    public String name() {
      return "acme-targets";
    }

    @Override
    public List<EntityKind<?>> kinds() {
      return List.of(KIND);
    }

    @Override
    public List<Codelist> codelists() {
      return List.of(Codelist.builder().name("target-unit").label(LocalizedText.en("Unit"))
          .addEntries(CodeEntry.of("percent", "Percent", "Pourcentage"), CodeEntry.of("count", "Count", "Nombre"))
          .build());
    }
  }
}
