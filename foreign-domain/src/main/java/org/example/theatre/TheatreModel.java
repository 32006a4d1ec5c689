package org.example.theatre;

import java.util.List;
import org.keneya.core.kind.CodeEntry;
import org.keneya.core.kind.Codelist;
import org.keneya.core.kind.DomainModel;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.value.LocalizedText;

/**
 * The theatre company's kinds — {@code actor} and {@code role} — and its codelist. Not listed in
 * {@code META-INF/services}: a registry has it when its user names it, as in {@code
 * KindRegistry.of(new TheatreModel())}.
 */
public final class TheatreModel implements DomainModel {
  /** The codelist of actors' guilds. */
  public static final String GUILDS = "guild";

  /** A model to put in a registry. */
  public TheatreModel() {}

  @Override
  public String name() {
    return "theatre";
  }

  @Override
  public List<EntityKind<?>> kinds() {
    return List.of(Actor.KIND, Role.KIND);
  }

  @Override
  public List<Codelist> codelists() {
    return List.of(
        Codelist.builder().name(GUILDS).label(LocalizedText.of("en", "Guild", "fr", "Syndicat"))
            .addEntries(CodeEntry.of("equity", "Equity", "Equity"), CodeEntry.of("snapac", "SNAPAC", "SNAPAC"))
            .build());
  }
}
