package org.keneya.fuzz;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.EntityKind;

/**
 * One input to one reader: the bytes of a file, or the files of a folder, with the name the reader
 * is given (which every refusal must name) and how the input was made from its corpus entry.
 *
 * @param format which reader reads it
 * @param name the source name passed to the reader, such as {@code seeds.json} or {@code actor.csv}
 * @param bytes the file, for every format but {@link Format#FOLDER}
 * @param files a folder's files by relative name ({@code __MACOSX/._actor.csv}), otherwise empty
 * @param kind the kind of a single table, otherwise null
 * @param how the corpus entry and the mutations applied, for the report
 */
record Input(Format format, String name, byte[] bytes, Map<String, byte[]> files, @Nullable EntityKind<?> kind, String how) {

  static Input bytes(Format format, String name, byte[] bytes, String how) {
    return new Input(format, name, bytes, Map.of(), null, how);
  }

  static Input table(EntityKind<?> kind, byte[] bytes, String how) {
    return new Input(Format.TABLE, kind.name() + ".csv", bytes, Map.of(), kind, how);
  }

  static Input folder(String name, Map<String, byte[]> files, String how) {
    return new Input(Format.FOLDER, name, new byte[0], Collections.unmodifiableMap(new TreeMap<>(files)), null, how);
  }

  /** The same input with other bytes, one more mutation named. */
  Input withBytes(byte[] newBytes, String mutation) {
    return new Input(format, name, newBytes, files, kind, how + " | " + mutation);
  }

  /** The same folder with other files, one more mutation named. */
  Input withFiles(Map<String, byte[]> newFiles, String mutation) {
    return new Input(format, name, bytes, Collections.unmodifiableMap(new TreeMap<>(newFiles)), kind, how + " | " + mutation);
  }

  /** The same bytes read by another reader (a JSON document fed to the table reader, say). */
  Input as(Format other, @Nullable EntityKind<?> otherKind) {
    String newName = other == Format.TABLE && otherKind != null ? otherKind.name() + ".csv" : "input." + other.extension;
    return new Input(other, newName, bytes, files, otherKind, how + " | read as " + other);
  }

  /** Bytes in the input: the file, or all of a folder's files. */
  long size() {
    return format.isBytes() ? bytes.length : files.values().stream().mapToLong(b -> b.length).sum();
  }

  @Override
  public String toString() {
    return format + " " + name + " (" + size() + " bytes): " + how;
  }
}
