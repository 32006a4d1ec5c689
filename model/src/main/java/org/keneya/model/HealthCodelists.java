package org.keneya.model;

import com.google.common.collect.ImmutableList;
import org.keneya.core.kind.CodeEntry;
import org.keneya.core.kind.Codelist;
import org.keneya.core.value.Code;
import org.keneya.core.value.LocalizedText;

/**
 * The codelists of the health model, with English and French labels, and constants for the codes
 * code is most often written against. Codelists are data: a user may replace any of them through
 * {@link org.keneya.core.kind.KindRegistry.Builder#replaceCodelist(Codelist)}, as long as the codes
 * their data uses are listed.
 *
 * <pre>{@code
 * Codelist statuses = HealthCodelists.RECOMMENDATION_STATUSES;
 * statuses.entry(HealthCodelists.COMPLETED).orElseThrow().hasTag(HealthCodelists.CLOSING); // true
 * }</pre>
 */
public final class HealthCodelists {
  private HealthCodelists() {}

  // ---- codelist names
  public static final String FRAMEWORK_TYPE = "framework-type";
  public static final String FINDING_TYPE = "finding-type";
  public static final String RECOMMENDATION_TYPE = "recommendation-type";
  public static final String RECOMMENDATION_STATUS = "recommendation-status";
  public static final String AUDIENCE = "audience";
  public static final String ACTOR_TYPE = "actor-type";
  public static final String LEVEL = "level";
  public static final String ROLE = "role";
  public static final String MEETING_TYPE = "meeting-type";
  public static final String MEETING_STATUS = "meeting-status";
  public static final String PROGRAMME_TYPE = "programme-type";
  public static final String FUNDING_SOURCE = "funding-source";
  public static final String EVENT_TYPE = "event-type";

  /** The tag of a status that keeps a recommendation open. */
  public static final String OPEN = "open";
  /** The tag of a status that closes a recommendation. */
  public static final String CLOSING = org.keneya.core.kind.FollowUpRoles.CLOSING_TAG;

  // ---- frequently used codes
  public static final Code FRAMEWORK_PILLARS = Code.of("pillars");
  public static final Code DECISION = Code.of("decision");
  public static final Code LETTER_OF_AGREEMENT = Code.of("letter-of-agreement");
  public static final Code THEMATIC_AREAS = Code.of("thematic-areas");
  public static final Code SWOT = Code.of("swot");
  public static final Code POLICY_AXES = Code.of("policy-axes");

  public static final Code CONCLUSION = Code.of("conclusion");
  public static final Code STRENGTH = Code.of("strength");
  public static final Code WEAKNESS = Code.of("weakness");
  public static final Code OPPORTUNITY = Code.of("opportunity");
  public static final Code THREAT = Code.of("threat");
  public static final Code CHALLENGE = Code.of("challenge");

  public static final Code RECOMMENDATION = Code.of("recommendation");
  public static final Code ACTION_POINT = Code.of("action-point");
  public static final Code NEXT_STEP = Code.of("next-step");

  public static final Code NOT_STARTED = Code.of("not-started");
  public static final Code IN_PROGRESS = Code.of("in-progress");
  public static final Code CONSTRAINED = Code.of("constrained");
  public static final Code COMPLETED = Code.of("completed");
  public static final Code DISCONTINUED = Code.of("discontinued");

  public static final Code COUNTRY = Code.of("country");
  public static final Code GLOBAL_PARTNERS = Code.of("global-partners");
  public static final Code PARTICIPANTS = Code.of("participants");

  public static final Code MINISTRY = Code.of("ministry");
  public static final Code DIRECTORATE = Code.of("directorate");
  public static final Code AGENCY = Code.of("agency");
  public static final Code PARTNER = Code.of("partner");
  public static final Code NGO = Code.of("ngo");
  public static final Code CIVIL_SOCIETY = Code.of("civil-society");
  public static final Code COMMUNITY_ASSOCIATION = Code.of("community-association");
  public static final Code PRIVATE_SECTOR = Code.of("private-sector");
  public static final Code PROFESSIONAL_ORDER = Code.of("professional-order");
  public static final Code UNION = Code.of("union");
  public static final Code LOCAL_GOVERNMENT = Code.of("local-government");
  public static final Code HEALTH_FACILITY = Code.of("health-facility");
  public static final Code PROJECT_TEAM = Code.of("project");
  public static final Code COLLECTIVE = Code.of("collective");
  public static final Code PERSON = Code.of("person");

  public static final Code INTERNATIONAL = Code.of("international");
  public static final Code NATIONAL = Code.of("national");
  public static final Code REGIONAL = Code.of("regional");
  public static final Code DISTRICT = Code.of("district");
  public static final Code COMMUNE = Code.of("commune");
  public static final Code HEALTH_AREA = Code.of("health-area");

  public static final Code FUNDING = Code.of("funding");
  public static final Code ACCOUNTABLE = Code.of("accountable");
  public static final Code EXTENDING = Code.of("extending");
  public static final Code IMPLEMENTING = Code.of("implementing");
  public static final Code ORGANISER = Code.of("organiser");
  public static final Code CHAIR = Code.of("chair");
  public static final Code CO_CHAIR = Code.of("co-chair");
  public static final Code FACILITATOR = Code.of("facilitator");
  public static final Code SPEAKER = Code.of("speaker");
  public static final Code PARTICIPANT = Code.of("participant");
  public static final Code SIGNATORY = Code.of("signatory");

  public static final Code WORKSHOP = Code.of("workshop");
  public static final Code TECHNICAL_COMMITTEE = Code.of("technical-committee");
  public static final Code BOARD_SESSION = Code.of("board-session");
  public static final Code SYMPOSIUM = Code.of("symposium");
  public static final Code SIGNING_CEREMONY = Code.of("signing-ceremony");
  public static final Code TRAINING = Code.of("training");
  public static final Code REVIEW = Code.of("review");
  public static final Code WORKING_GROUP = Code.of("working-group");

  public static final Code ANNOUNCED = Code.of("announced");
  public static final Code HELD = Code.of("held");

  public static final Code PROGRAMME = Code.of("programme");
  public static final Code PLAN = Code.of("plan");
  public static final Code PROJECT = Code.of("project");
  public static final Code STRATEGY = Code.of("strategy");
  public static final Code POLICY = Code.of("policy");
  public static final Code REPORT = Code.of("report");

  public static final Code STATE = Code.of("state");
  public static final Code OWN_RESOURCES = Code.of("own-resources");
  public static final Code PARTNERS = Code.of("partners");

  // ---- the codelists

  public static final Codelist FRAMEWORK_TYPES = list(FRAMEWORK_TYPE, "Framework type", "Type de cadre",
      CodeEntry.of("pillars", "Pillars", "Piliers"),
      CodeEntry.of("thematic-areas", "Thematic areas", "Domaines thématiques"),
      CodeEntry.of("swot", "SWOT headings", "Rubriques FFOM"),
      CodeEntry.of("policy-axes", "Policy axes", "Axes de politique"));

  public static final Codelist FINDING_TYPES = list(FINDING_TYPE, "Finding type", "Type de constat",
      CodeEntry.of("conclusion", "Conclusion", "Conclusion"),
      CodeEntry.of("strength", "Strength", "Force"),
      CodeEntry.of("weakness", "Weakness", "Faiblesse"),
      CodeEntry.of("opportunity", "Opportunity", "Opportunité"),
      CodeEntry.of("threat", "Threat", "Menace"),
      CodeEntry.of("challenge", "Challenge", "Défi"));

  public static final Codelist RECOMMENDATION_TYPES = list(RECOMMENDATION_TYPE, "Recommendation type", "Type de recommandation",
      CodeEntry.of("recommendation", "Recommendation", "Recommandation"),
      CodeEntry.of("action-point", "Action point", "Point d'action"),
      CodeEntry.of("next-step", "Next step", "Prochaine étape"));

  /** The default statuses, each tagged {@value #OPEN} or {@value #CLOSING}. */
  public static final Codelist RECOMMENDATION_STATUSES = list(RECOMMENDATION_STATUS, "Implementation status", "État d'exécution",
      CodeEntry.of("not-started", "Not started", "Non démarrée", OPEN),
      CodeEntry.of("in-progress", "In progress", "En cours", OPEN),
      CodeEntry.of("constrained", "Constrained", "Contrainte", OPEN),
      CodeEntry.of("completed", "Completed", "Réalisée", CLOSING),
      CodeEntry.of("discontinued", "Discontinued", "Abandonnée", CLOSING));

  public static final Codelist AUDIENCES = list(AUDIENCE, "Audience", "Destinataires",
      CodeEntry.of("country", "MoH, government and partners", "Ministère, gouvernement et partenaires"),
      CodeEntry.of("global-partners", "Global partners", "Partenaires mondiaux"),
      CodeEntry.of("participants", "Participants", "Participants"));

  public static final Codelist ACTOR_TYPES = list(ACTOR_TYPE, "Actor type", "Type d'acteur",
      CodeEntry.of("ministry", "Ministry", "Ministère"),
      CodeEntry.of("directorate", "Directorate", "Direction"),
      CodeEntry.of("agency", "Agency", "Agence"),
      CodeEntry.of("partner", "Technical and financial partner", "Partenaire technique et financier"),
      CodeEntry.of("ngo", "NGO", "ONG"),
      CodeEntry.of("civil-society", "Civil society", "Société civile"),
      CodeEntry.of("community-association", "Community association", "Association communautaire"),
      CodeEntry.of("private-sector", "Private sector", "Secteur privé"),
      CodeEntry.of("professional-order", "Professional order", "Ordre professionnel"),
      CodeEntry.of("union", "Union", "Syndicat"),
      CodeEntry.of("local-government", "Local government", "Collectivité territoriale"),
      CodeEntry.of("health-facility", "Health facility", "Établissement de santé"),
      CodeEntry.of("project", "Project", "Projet"),
      CodeEntry.of("collective", "Group of actors", "Ensemble d'acteurs"),
      CodeEntry.of("person", "Person", "Personne"));

  public static final Codelist LEVELS = list(LEVEL, "Level", "Niveau",
      CodeEntry.of("international", "International", "International"),
      CodeEntry.of("national", "National", "National"),
      CodeEntry.of("regional", "Regional", "Régional"),
      CodeEntry.of("district", "District", "District (cercle)"),
      CodeEntry.of("commune", "Commune", "Commune"),
      CodeEntry.of("health-area", "Health area", "Aire de santé"));

  /** Roles of actors: the IATI organisation roles, then roles in meetings. */
  public static final Codelist ROLES = list(ROLE, "Role", "Rôle",
      CodeEntry.of("funding", "Funding", "Financement"),
      CodeEntry.of("accountable", "Accountable", "Responsable"),
      CodeEntry.of("extending", "Extending", "Gestion déléguée"),
      CodeEntry.of("implementing", "Implementing", "Mise en œuvre"),
      CodeEntry.of("organiser", "Organiser", "Organisateur"),
      CodeEntry.of("chair", "Chair", "Président"),
      CodeEntry.of("co-chair", "Co-chair", "Coprésident"),
      CodeEntry.of("facilitator", "Facilitator", "Facilitateur"),
      CodeEntry.of("speaker", "Speaker", "Intervenant"),
      CodeEntry.of("participant", "Participant", "Participant"),
      CodeEntry.of("signatory", "Signatory", "Signataire"));

  public static final Codelist MEETING_TYPES = list(MEETING_TYPE, "Meeting type", "Type de réunion",
      CodeEntry.of("workshop", "Workshop", "Atelier"),
      CodeEntry.of("technical-committee", "Technical committee", "Comité technique"),
      CodeEntry.of("board-session", "Board session", "Session du conseil d'administration"),
      CodeEntry.of("symposium", "Symposium", "Symposium"),
      CodeEntry.of("signing-ceremony", "Signing ceremony", "Cérémonie de signature"),
      CodeEntry.of("training", "Training", "Formation"),
      CodeEntry.of("review", "Review", "Revue"),
      CodeEntry.of("working-group", "Working group", "Groupe de travail"));

  public static final Codelist MEETING_STATUSES = list(MEETING_STATUS, "Meeting status", "Statut de la réunion",
      CodeEntry.of("announced", "Announced", "Annoncée"),
      CodeEntry.of("held", "Held", "Tenue"));

  public static final Codelist PROGRAMME_TYPES = list(PROGRAMME_TYPE, "Programme type", "Type de programme",
      CodeEntry.of("programme", "Programme", "Programme"),
      CodeEntry.of("plan", "Plan", "Plan"),
      CodeEntry.of("project", "Project", "Projet"),
      CodeEntry.of("strategy", "Strategy", "Stratégie"),
      CodeEntry.of("policy", "Policy", "Politique"),
      CodeEntry.of("report", "Report or study", "Rapport ou étude"));

  public static final Codelist FUNDING_SOURCES = list(FUNDING_SOURCE, "Funding source", "Source de financement",
      CodeEntry.of("state", "State", "État"),
      CodeEntry.of("own-resources", "Own resources", "Ressources propres"),
      CodeEntry.of("partners", "Partners", "Partenaires"));

  public static final Codelist EVENT_TYPES = list(EVENT_TYPE, "Event type", "Type d'événement",
      CodeEntry.of("decision", "Decision", "Décision"),
      CodeEntry.of("decree", "Decree", "Décret"),
      CodeEntry.of("letter-of-agreement", "Letter of agreement", "Lettre d'accord"),
      CodeEntry.of("agreement", "Agreement or convention", "Accord ou convention"),
      CodeEntry.of("visit", "Visit", "Visite"),
      CodeEntry.of("validation", "Validation", "Validation"),
      CodeEntry.of("signature", "Signature", "Signature"),
      CodeEntry.of("instruction", "Instruction", "Instruction"),
      CodeEntry.of("launch", "Launch", "Lancement"),
      CodeEntry.of("evaluation", "Evaluation", "Évaluation"));

  /** Every codelist of the health model. */
  public static final ImmutableList<Codelist> ALL = ImmutableList.of(
      FRAMEWORK_TYPES, FINDING_TYPES, RECOMMENDATION_TYPES, RECOMMENDATION_STATUSES, AUDIENCES,
      ACTOR_TYPES, LEVELS, ROLES, MEETING_TYPES, MEETING_STATUSES, PROGRAMME_TYPES, FUNDING_SOURCES, EVENT_TYPES);

  private static Codelist list(String name, String english, String french, CodeEntry... entries) {
    return Codelist.builder()
        .name(name)
        .label(LocalizedText.of("en", english, "fr", french))
        .addEntries(entries)
        .build();
  }
}
