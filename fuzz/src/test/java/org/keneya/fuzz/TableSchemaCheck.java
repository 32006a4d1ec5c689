package org.keneya.fuzz;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The field constraints of one resource of a {@code datapackage.json}, checked on a CSV table as a
 * Frictionless reader checks them: a missing value ({@code ""}) only where not required, then the
 * field's type, {@code enum}, {@code pattern} (whole value), {@code minimum}/{@code maximum} and
 * {@code minLength}/{@code maxLength} (characters of a string, items of an array). Test-side, so
 * that the constraints Keneya writes are checked by code that does not read them from Keneya's
 * descriptions.
 */
final class TableSchemaCheck {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern DURATION = Pattern.compile("-?P(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?");

  private final JsonNode fields;
  private final Set<String> missingValues = new HashSet<>();

  private TableSchemaCheck(JsonNode schema) {
    this.fields = schema.get("fields");
    schema.path("missingValues").forEach(v -> missingValues.add(v.asString()));
  }

  /** The check of the resource named {@code resource} in {@code descriptor}. */
  static TableSchemaCheck of(String descriptor, String resource) {
    for (JsonNode r : JSON.readTree(descriptor).get("resources")) {
      if (r.get("name").asString().equals(resource)) {
        return new TableSchemaCheck(r.get("schema"));
      }
    }
    throw new IllegalArgumentException("no resource " + resource);
  }

  /** What breaks the constraints, as {@code row N, column: reason}; empty when the table passes. */
  List<String> violations(CsvTable table) {
    List<String> header = table.rows.get(0);
    List<String> out = new ArrayList<>();
    for (int r = 1; r < table.rows.size(); r++) {
      List<String> row = table.rows.get(r);
      for (JsonNode field : fields) {
        String name = field.get("name").asString();
        int at = header.indexOf(name);
        if (at < 0) {
          out.add("no column " + name);
          continue;
        }
        String problem = problem(field, at < row.size() ? row.get(at) : "");
        if (problem != null) {
          out.add("row " + (r + 1) + ", " + name + ": " + problem);
        }
      }
    }
    return out;
  }

  private String problem(JsonNode field, String cell) {
    JsonNode constraints = field.path("constraints");
    if (missingValues.contains(cell)) {
      return constraints.path("required").asBoolean(false) ? "required" : null;
    }
    String type = field.get("type").asString();
    BigDecimal number = null;
    int length = cell.codePointCount(0, cell.length());
    try {
      switch (type) {
        case "integer":
          number = new BigDecimal(Long.parseLong(cell));
          break;
        case "number":
          number = new BigDecimal(cell);
          break;
        case "boolean":
          if (!cell.equals("true") && !cell.equals("false")) {
            return "not a boolean: " + cell;
          }
          break;
        case "date":
          LocalDate.parse(cell);
          break;
        case "duration":
          if (!DURATION.matcher(cell).matches()) {
            return "not a duration: " + cell;
          }
          break;
        case "array":
          JsonNode array = JSON.readTree(cell);
          if (!array.isArray()) {
            return "not an array: " + cell;
          }
          length = array.size();
          break;
        default: // string
      }
    } catch (RuntimeException e) {
      return "not of type " + type + ": " + cell;
    }
    if (constraints.has("enum")) {
      boolean listed = false;
      for (JsonNode v : constraints.get("enum")) {
        listed |= v.asString().equals(cell);
      }
      if (!listed) {
        return "not in the enum: " + cell;
      }
    }
    if (constraints.has("pattern") && !Pattern.compile(constraints.get("pattern").asString()).matcher(cell).matches()) {
      return "does not match " + constraints.get("pattern").asString() + ": \"" + cell + "\"";
    }
    if (number != null && constraints.has("minimum") && number.compareTo(constraints.get("minimum").decimalValue()) < 0) {
      return "below the minimum: " + cell;
    }
    if (number != null && constraints.has("maximum") && number.compareTo(constraints.get("maximum").decimalValue()) > 0) {
      return "above the maximum: " + cell;
    }
    if (constraints.has("minLength") && length < constraints.get("minLength").asInt()) {
      return "shorter than " + constraints.get("minLength").asInt() + ": " + cell;
    }
    if (constraints.has("maxLength") && length > constraints.get("maxLength").asInt()) {
      return "longer than " + constraints.get("maxLength").asInt() + ": " + cell;
    }
    return null;
  }
}
