package org.keneya.model.testkit;

import com.google.common.collect.ImmutableList;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Ref;
import org.keneya.model.Framework;
import org.keneya.model.HealthCodelists;
import org.keneya.model.Pillar;

/**
 * A framework with its pillars, to put in every generated dataset instead of random frameworks.
 *
 * <pre>{@code
 * Gen<Dataset> hbhiOnly = HealthGens.datasets().withFramework(FixedFramework.hbhi());
 * }</pre>
 *
 * @param framework the framework
 * @param pillars its pillars, each referring to it
 */
public record FixedFramework(Framework framework, ImmutableList<Pillar> pillars) {

  /** HBHI ("High Burden to High Impact") and its four pillars, as the group work on HBHI pillars lists them. */
  public static FixedFramework hbhi() {
    Framework hbhi = Framework.builder()
        .id(Id.of("hbhi"))
        .type(HealthCodelists.FRAMEWORK_PILLARS)
        .acronym("HBHI")
        .name(LocalizedText.of("en", "High Burden to High Impact", "fr", "D’une charge élevée à un impact élevé"))
        .build();
    Ref<Framework> ref = Ref.of("framework", "hbhi");
    return new FixedFramework(hbhi, ImmutableList.of(
        pillar(ref, 1, "Political will to reduce malaria deaths", "Engagement Politique"),
        pillar(ref, 2, "Strategic information to drive impact", "Information stratégique pour piloter l'impact"),
        pillar(ref, 3, "Better guidance, policies and strategies", "Accompagnement politiques et stratégies"),
        pillar(ref, 4, "Coordinated national malaria response", "Leadership et Coordination")));
  }

  private static Pillar pillar(Ref<Framework> framework, int position, String english, String french) {
    return Pillar.builder()
        .id(Id.of("hbhi.p" + position))
        .framework(framework)
        .position(position)
        .code("P" + position)
        .name(LocalizedText.of("en", english, "fr", french))
        .build();
  }
}
