package org.keneya.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's Java snippets are the example programs' code, not a copy that drifts: each block
 * marked {@code <!-- snippet: FILE#TAG -->} must equal the region between {@code // tag::TAG[]}
 * and {@code // end::TAG[]} in that file (common indentation removed). The examples themselves
 * are compiled and run by {@link ExamplesTest}.
 */
class ReadmeSnippetsTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern SNIPPET =
      Pattern.compile("<!-- snippet: (\\S+)#(\\S+) -->\\n```java\\n(.*?)\\n```", Pattern.DOTALL);

  @Test
  void everyMarkedReadmeSnippetIsTheTaggedRegionOfItsExample() throws IOException {
    String readme = read(ROOT.resolve("README.md"));
    Matcher m = SNIPPET.matcher(readme);
    List<String> checked = new ArrayList<>();
    while (m.find()) {
      String region = region(read(ROOT.resolve(m.group(1))), m.group(2));
      assertEquals(region, m.group(3), () -> "README snippet " + m.group(1) + "#" + m.group(2)
          + " differs from the example's tagged region: copy the region into the README");
      checked.add(m.group(2));
    }
    assertEquals(List.of("build", "validate", "query", "open", "kind", "plugin", "scalar", "convert", "property"), checked);
  }

  @Test
  void theReadmeStartsWithTheTwoCommandsForAFreshMachine() throws IOException {
    String readme = read(ROOT.resolve("README.md"));
    int firstSection = readme.indexOf("\n## ");
    String top = readme.substring(0, firstSection);
    assertTrue(top.contains("```sh\nmvn -B -ntp package -DskipTests && java -jar cli/target/keneya.jar report\n"
        + "mvn -B -ntp verify\n```"), top);
    assertTrue(read(ROOT.resolve(".ci/run")).contains("mvn -B -ntp verify"), ".ci/run runs the README's test command");
  }

  /** The lines between the tag markers, without their common indentation. */
  static String region(String source, String tag) {
    List<String> lines = source.lines().collect(Collectors.toList());
    int start = indexOf(lines, "// tag::" + tag + "[]");
    int end = indexOf(lines, "// end::" + tag + "[]");
    assertTrue(start >= 0 && end > start, "no region " + tag);
    List<String> body = lines.subList(start + 1, end);
    int indent = body.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return body.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n"));
  }

  private static int indexOf(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        return i;
      }
    }
    return -1;
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
