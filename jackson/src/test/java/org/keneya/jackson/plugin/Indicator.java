package org.keneya.jackson.plugin;

import com.google.common.collect.ImmutableList;
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
 * A kind defined only in keneya-jackson's tests (a copy of io-json's), registered through
 * META-INF/services the way a user's jar would: the module must write and read it with no change.
 */
public record Indicator(
    Id id, LocalizedText name, Ref<?> pillar, Code unit, Optional<BigDecimal> target, ImmutableList<Ref<?>> sources)
    implements Entity {

  @SuppressWarnings("unchecked")
  public static final EntityKind<Indicator> KIND = EntityKind.of("indicator", "Indicator",
      StructType.<Indicator, Object[]>builder("indicator", Indicator.class, () -> new Object[6],
              p -> new Indicator((Id) p[0], (LocalizedText) p[1], (Ref<?>) p[2], (Code) p[3],
                  p[4] == null ? Optional.empty() : (Optional<BigDecimal>) p[4],
                  p[5] == null ? ImmutableList.of() : (ImmutableList<Ref<?>>) p[5]))
          .add("id", ValueType.id(), Indicator::id, (p, v) -> p[0] = v)
          .add("name", ValueType.localizedText(), Indicator::name, (p, v) -> p[1] = v)
          .add("pillar", ValueType.<Ref<?>>ref("pillar"), Indicator::pillar, (p, v) -> p[2] = v)
          .add("unit", ValueType.code("indicator-unit"), Indicator::unit, (p, v) -> p[3] = v)
          .add("target", ValueType.optional(ValueType.decimal()), Indicator::target, (p, v) -> p[4] = v)
          .add("sources", ValueType.list(ValueType.<Ref<?>>ref("document")), Indicator::sources, (p, v) -> p[5] = v)
          .build());

  /** Registers {@link Indicator}. */
  public static final class Model implements DomainModel {
    @Override
    public String name() {
      return "acme-indicators";
    }

    @Override
    public List<EntityKind<?>> kinds() {
      return List.of(KIND);
    }

    @Override
    public List<Codelist> codelists() {
      return List.of(Codelist.builder().name("indicator-unit").label(LocalizedText.en("Unit"))
          .addEntries(CodeEntry.of("percent", "Percent", "Pourcentage"), CodeEntry.of("count", "Count", "Nombre"))
          .build());
    }
  }
}
