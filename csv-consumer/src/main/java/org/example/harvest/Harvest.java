package org.example.harvest;

import java.util.List;
import org.keneya.core.kind.CodeEntry;
import org.keneya.core.kind.Codelist;
import org.keneya.core.kind.DomainModel;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.value.LocalizedText;

/** The harvest's kinds and codelist, registered explicitly (no service file). */
public final class Harvest implements DomainModel {
  /** The codelist of regions. */
  public static final String REGIONS = "region";

  /** The registry of this model (with core's own kinds). */
  public static KindRegistry registry() {
    return KindRegistry.of(new Harvest());
  }

  @Override
  public String name() {
    return "harvest";
  }

  @Override
  public List<EntityKind<?>> kinds() {
    return List.of(Farm.KIND, Delivery.KIND);
  }

  @Override
  public List<Codelist> codelists() {
    return List.of(Codelist.builder().name(REGIONS).label(LocalizedText.en("Region"))
        .addEntries(CodeEntry.of("north", "North", "Nord"), CodeEntry.of("south", "South", "Sud"))
        .build());
  }
}
