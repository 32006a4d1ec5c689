package org.example.production;

import java.util.List;
import org.keneya.core.kind.CodeEntry;
import org.keneya.core.kind.Codelist;
import org.keneya.core.kind.DomainModel;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.FollowUpRoles;
import org.keneya.core.value.LocalizedText;

/**
 * A production's kinds — {@code rehearsal} and {@code fix} — and the states of a fix; used with the
 * theatre's model, whose actors fix things: {@code KindRegistry.of(new TheatreModel(), new
 * ProductionModel())}.
 */
public final class ProductionModel implements DomainModel {
  /** The codelist of a fix's states; {@code fixed} and {@code wontfix} close it. */
  public static final String FIX_STATES = "fix-state";

  /** A model to put in a registry. */
  public ProductionModel() {}

  @Override
  public String name() {
    return "production";
  }

  @Override
  public List<EntityKind<?>> kinds() {
    return List.of(Rehearsal.KIND, Fix.KIND);
  }

  @Override
  public List<Codelist> codelists() {
    return List.of(
        Codelist.builder().name(FIX_STATES).label(LocalizedText.of("en", "State", "fr", "État"))
            .addEntries(CodeEntry.of("reported", "Reported", "Signalé"), CodeEntry.of("started", "Started", "Commencé"))
            .addEntries(CodeEntry.of("fixed", "Fixed", "Réparé", FollowUpRoles.CLOSING_TAG))
            .addEntries(CodeEntry.of("wontfix", "Will not fix", "Ne sera pas réparé", FollowUpRoles.CLOSING_TAG))
            .build());
  }
}
