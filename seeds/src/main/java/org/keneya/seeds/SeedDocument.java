package org.keneya.seeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.keneya.core.document.Document;
import org.keneya.core.value.Id;
import org.keneya.core.value.Ref;

/**
 * One of the five source documents the seeds transcribe. Each is carried unchanged as a
 * resource ({@link #text()}); its {@code document} record ({@link #ref()}) is what every
 * transcribed record's provenance points to.
 *
 * <pre>{@code
 * String report = SeedDocument.PRODESS_CT_2017.text();          // the original, as written
 * Dataset ct = Seeds.document(SeedDocument.PRODESS_CT_2017);     // what was transcribed from it
 * }</pre>
 */
public enum SeedDocument {
  /** HBHI group work, Mali: conclusions, challenges and action points per pillar. */
  HBHI_GROUP_WORK("hbhi-mali-travaux-de-groupe", "000_d5682461a1d8ca3d.txt"),
  /** Community-health priorities per thematic area, feasible within six months. */
  COMMUNITY_HEALTH_PRIORITIES("sante-communautaire-priorites", "001_e4eaf8f36648a0e8.txt"),
  /** Ministry web publications: ARISE PEES, ANTIM board session and budgets, workshops. */
  MINISTRY_PUBLICATIONS("msds-publications", "002_88fc3a3758348a61.txt"),
  /** Report of the PRODESS technical committee of 30–31 May 2017. */
  PRODESS_CT_2017("prodess-ct-2017", "003_aeb5e62f863db837.txt"),
  /** Ministry web page listing workshops and their reports. */
  MINISTRY_WORKSHOPS("msds-ateliers", "004_946068f5b7174bd1.txt");

  private final Id id;
  private final String fileName;

  SeedDocument(String id, String fileName) {
    this.id = Id.of(id);
    this.fileName = fileName;
  }

  /** The id of its {@code document} record, such as {@code prodess-ct-2017}. */
  public Id id() {
    return id;
  }

  public Ref<Document> ref() {
    return Document.KIND.ref(id);
  }

  /** The original file's name, as in the document record's {@code file} property. */
  public String fileName() {
    return fileName;
  }

  /** The original document, unchanged (UTF-8 text). */
  public String text() {
    try (InputStream in = open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read seed document " + fileName, e);
    }
  }

  /** Opens the original document; the caller closes the stream. */
  public InputStream open() {
    return Seeds.resource("documents/" + fileName);
  }
}
