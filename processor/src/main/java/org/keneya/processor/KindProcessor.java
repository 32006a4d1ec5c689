package org.keneya.processor;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * Keneya's annotation processor: for each type carrying {@code org.keneya.core.annotation.Kind} or
 * {@code org.keneya.core.annotation.Struct} — a record, or an Immutables abstract type — it
 * generates, in the type's package, {@code <Type>Description} with the type's {@code EntityKind}
 * ({@code KIND}) or {@code StructType} ({@code TYPE}): properties in declaration order, value types
 * derived from the Java types, getters as method references and construction by a record's
 * canonical constructor or the Immutables builder, so that nothing is kept in step by hand and no
 * reflection runs. Anything it cannot describe is a compile error on the element, naming the type
 * and the property.
 *
 * <p>It reads the annotations by their names, so it depends on no Keneya artifact: put it on the
 * processor path ({@code annotationProcessorPaths}) next to Immutables.
 */
public final class KindProcessor extends AbstractProcessor {
  private static final String ANNOTATIONS = "org.keneya.core.annotation.";
  private static final String KIND = ANNOTATIONS + "Kind";
  private static final String STRUCT = ANNOTATIONS + "Struct";
  private static final String CODE_OF = ANNOTATIONS + "CodeOf";
  private static final String REF_TO = ANNOTATIONS + "RefTo";
  private static final String ANY_KIND = ANNOTATIONS + "AnyKind";
  private static final String KIND_RULE = ANNOTATIONS + "KindRule";
  private static final String VALUE = "org.keneya.core.value.";
  private static final String ENTITY = "org.keneya.core.kind.Entity";
  private static final String STRUCT_TYPE = "org.keneya.core.kind.StructType";
  private static final String SCALAR_TYPE = "org.keneya.core.kind.ScalarType";
  private static final String RULE_CONTEXT = "org.keneya.core.kind.Rule.Context";
  private static final String IMMUTABLE = "org.immutables.value.Value.Immutable";
  private static final String PARAMETER = "org.immutables.value.Value.Parameter";

  /** The same test as core's {@code Constraint.pattern}: what JSON Schema and Table Schema read otherwise. */
  private static final Pattern UNPORTABLE =
      Pattern.compile("\\(\\?|(?<![\\[\\\\])\\^|(?<!\\\\)\\$|\\\\[dDwWbBAzZQE0-9pPkuxc]");

  /** The value types of core's scalars and structs, by Java type. */
  private static final Map<String, String> KNOWN = Map.ofEntries(
      Map.entry("java.lang.String", "ValueType.string()"),
      Map.entry("java.lang.Boolean", "ValueType.bool()"),
      Map.entry("java.lang.Integer", "ValueType.integer()"),
      Map.entry("java.math.BigDecimal", "ValueType.decimal()"),
      Map.entry("java.time.LocalDate", "ValueType.date()"),
      Map.entry("java.time.Period", "ValueType.period()"),
      Map.entry("java.util.Currency", "ValueType.currency()"),
      Map.entry("java.lang.Long", "ValueType.longInteger()"),
      Map.entry("java.lang.Double", "ValueType.finiteDouble()"),
      Map.entry("java.util.UUID", "ValueType.uuid()"),
      Map.entry("java.time.Instant", "ValueType.instant()"),
      Map.entry("java.time.OffsetDateTime", "ValueType.offsetDateTime()"),
      Map.entry("java.time.Year", "ValueType.year()"),
      Map.entry("java.net.URI", "ValueType.uri()"),
      Map.entry(VALUE + "Id", "ValueType.id()"),
      Map.entry(VALUE + "PartialDate", "ValueType.partialDate()"),
      Map.entry(VALUE + "LocalizedText", "ValueType.localizedText()"),
      Map.entry(VALUE + "Money", "ValueType.money()"),
      Map.entry(VALUE + "DateRange", "ValueType.dateRange()"),
      Map.entry(VALUE + "StatedRate", "ValueType.statedRate()"),
      Map.entry(VALUE + "Deadline", "ValueType.deadline()"),
      Map.entry(VALUE + "Provenance", "ValueType.provenance()"));

  /** The names the generated source imports, which a type of the user's package must not shadow. */
  private static final Set<String> IMPORTED = Set.of("Constraint", "EntityKind", "Rule", "StructType", "ValueType");

  private Elements elements;
  private Types types;
  private Messager messager;
  private Filer filer;

  /** Used by {@link java.util.ServiceLoader}. */
  public KindProcessor() {}

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    elements = env.getElementUtils();
    types = env.getTypeUtils();
    messager = env.getMessager();
    filer = env.getFiler();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ANNOTATIONS + "*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      String name = annotation.getQualifiedName().toString();
      if (name.equals(KIND) || name.equals(STRUCT)) {
        for (TypeElement type : ElementFilter.typesIn(round.getElementsAnnotatedWith(annotation))) {
          new Description(type, name.equals(KIND)).generate();
        }
      } else if (name.equals(KIND_RULE)) {
        for (Element method : round.getElementsAnnotatedWith(annotation)) {
          if (mirror(method.getEnclosingElement(), KIND) == null) {
            error(method, simpleName(method.getEnclosingElement()) + "." + method.getSimpleName()
                + ": @KindRule belongs to a method of a type carrying @Kind");
          }
        }
      }
    }
    return false;
  }

  /** One property: its name, Java type as stored, value type and constraints. */
  private static final class Property {
    final String name;
    final Element element;
    final String getter; // the accessor's name
    final String javaType; // the stored type (the bare value of an optional), in source
    boolean optional;
    boolean optionalWrapped; // stored as an Optional rather than a nullable value
    boolean list;
    String valueType = "";
    String elementKind = ""; // integer, decimal, money, string, text or other: what constraints apply to
    final List<String> constraints = new ArrayList<>();
    String requiredWhen;

    Property(String name, Element element, String getter, String javaType) {
      this.name = name;
      this.element = element;
      this.getter = getter;
      this.javaType = javaType;
    }
  }

  /** The description of one annotated type, checked and written. */
  private final class Description {
    final TypeElement type;
    final boolean kind;
    final String packageName;
    final String typeName; // the type as the generated source names it
    final String className;
    /** The follow-up roles' builder calls ({@code .due("deadline")}), in declaration order. */
    final List<String> roles = new ArrayList<>();
    /** The roles a kind gives one property at most, seen so far. */
    final java.util.Set<String> singleRoles = new java.util.HashSet<>();
    boolean failed;

    Description(TypeElement type, boolean kind) {
      this.type = type;
      this.kind = kind;
      this.packageName = elements.getPackageOf(type).getQualifiedName().toString();
      this.typeName = source(type.asType());
      this.className = flatName(type) + "Description";
    }

    void error(Element element, String message) {
      failed = true;
      KindProcessor.this.error(element, message);
    }

    void generate() {
      String label = simpleName(type);
      if (type.getNestingKind().isNested() && !type.getModifiers().contains(Modifier.STATIC)
          && type.getKind() == ElementKind.CLASS) {
        error(type, label + ": an inner class cannot be described; make it static");
        return;
      }
      if (!type.getTypeParameters().isEmpty()) {
        error(type, label + ": a generic type cannot be described");
        return;
      }
      if (kind && !types.isAssignable(type.asType(), erasure(ENTITY))) {
        error(type, label + ": @Kind is for a type implementing " + ENTITY);
        return;
      }
      boolean record = type.getKind() == ElementKind.RECORD;
      boolean immutable = !record && type.getModifiers().contains(Modifier.ABSTRACT);
      if (!record && !immutable) {
        error(type, label + ": @" + (kind ? "Kind" : "Struct")
            + " is for a record or an Immutables abstract type (@Value.Immutable)");
        return;
      }
      if (immutable && mirror(type, IMMUTABLE) == null) {
        error(type, label + ": an abstract type is described through Immutables' builder: add @Value.Immutable");
        return;
      }
      List<Property> properties = record ? recordProperties() : immutableProperties();
      for (Property p : properties) {
        checkConstraints(p, properties);
      }
      List<String> rules = rules();
      if (failed) {
        return;
      }
      write(properties, rules, record);
    }

    List<Property> recordProperties() {
      List<Property> properties = new ArrayList<>();
      for (RecordComponentElement component : type.getRecordComponents()) {
        ExecutableElement accessor = component.getAccessor();
        Property p = property(component.getSimpleName().toString(), component, component.getSimpleName().toString(),
            component.asType(), nullable(component) || (accessor != null && nullable(accessor)));
        if (p != null) {
          properties.add(p);
        }
      }
      return properties;
    }

    /** Abstract accessors: those inherited from supertypes first, then the type's own in source order. */
    List<Property> immutableProperties() {
      Set<String> seen = new LinkedHashSet<>();
      List<ExecutableElement> own = new ArrayList<>();
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        if (isAttribute(method)) {
          own.add(method);
          seen.add(method.getSimpleName().toString());
        }
      }
      List<ExecutableElement> inherited = new ArrayList<>();
      for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
        if (isAttribute(method) && !method.getEnclosingElement().equals(type)
            && seen.add(method.getSimpleName().toString())) {
          inherited.add(method);
        }
      }
      List<Property> properties = new ArrayList<>();
      for (List<ExecutableElement> methods : List.of(inherited, own)) {
        for (ExecutableElement method : methods) {
          String accessor = method.getSimpleName().toString();
          Property p = property(attributeName(accessor), method, accessor, method.getReturnType(), nullable(method));
          if (p != null) {
            properties.add(p);
          }
        }
      }
      return properties;
    }

    boolean isAttribute(ExecutableElement method) {
      return method.getModifiers().contains(Modifier.ABSTRACT) && !method.getModifiers().contains(Modifier.STATIC)
          && method.getParameters().isEmpty() && method.getTypeParameters().isEmpty()
          && method.getReturnType().getKind() != TypeKind.VOID
          && !((TypeElement) method.getEnclosingElement()).getQualifiedName().contentEquals("java.lang.Object");
    }

    /** A property, or null after reporting why it cannot be described. */
    Property property(String name, Element element, String getter, TypeMirror declared, boolean nullable) {
      String where = simpleName(type) + "." + name;
      TypeMirror stored = declared;
      boolean wrapped = false;
      if (isA(declared, "java.util.Optional")) {
        List<? extends TypeMirror> args = ((DeclaredType) declared).getTypeArguments();
        if (args.size() != 1) {
          error(element, where + ": a raw Optional cannot be described");
          return null;
        }
        stored = args.get(0);
        wrapped = true;
      }
      if (nullable && stored.getKind().isPrimitive()) {
        error(element, where + ": a primitive cannot be @Nullable");
        return null;
      }
      Property p = new Property(name, element, getter, generic(stored));
      p.optional = nullable || wrapped;
      p.optionalWrapped = wrapped;
      p.list = isA(stored, "java.util.List");
      String valueType = valueType(p, stored, where);
      if (valueType == null) {
        return null;
      }
      p.valueType = valueType;
      return p;
    }

    /** The expression of the value type of {@code t}, or null after reporting why there is none. */
    String valueType(Property p, TypeMirror t, String where) {
      Element element = p.element;
      if (t.getKind() == TypeKind.BOOLEAN) {
        p.elementKind = "other";
        return "ValueType.bool()";
      }
      if (t.getKind() == TypeKind.INT) {
        p.elementKind = "integer";
        return "ValueType.integer()";
      }
      if (t.getKind() == TypeKind.LONG) {
        p.elementKind = "integer";
        return "ValueType.longInteger()";
      }
      if (t.getKind() == TypeKind.DOUBLE) {
        p.elementKind = "decimal";
        return "ValueType.finiteDouble()";
      }
      if (t.getKind() != TypeKind.DECLARED) {
        error(element, where + ": its type " + t + " cannot be described (supported: core's values, String, boolean,"
            + " int, long, double, BigDecimal, LocalDate, Period, Currency, UUID, Instant, OffsetDateTime, Year, URI,"
            + " enums, Code, Ref, List, Optional, @Struct types, types with a static ScalarType TYPE field)");
        return null;
      }
      DeclaredType declared = (DeclaredType) t;
      TypeElement element0 = (TypeElement) declared.asElement();
      String name = element0.getQualifiedName().toString();
      String known = KNOWN.get(name);
      if (known != null) {
        p.elementKind = name.equals("java.lang.Integer") || name.equals("java.lang.Long") ? "integer"
            : name.equals("java.math.BigDecimal") || name.equals("java.lang.Double") ? "decimal"
            : name.equals(VALUE + "Money") ? "money"
            : name.equals("java.lang.String") ? "string"
            : name.equals(VALUE + "LocalizedText") ? "text" : "other";
        return known;
      }
      p.elementKind = "other";
      if (name.equals(VALUE + "Code")) {
        String codelist = stringValue(mirror(element, CODE_OF), "value");
        if (codelist == null) {
          error(element, where + ": a Code needs its codelist: add @CodeOf(\"codelist\")");
          return null;
        }
        return "ValueType.code(" + literal(codelist) + ")";
      }
      if (name.equals(VALUE + "Ref")) {
        return refType(declared, element, where);
      }
      if (name.equals("java.util.List")) {
        if (declared.getTypeArguments().size() != 1 || declared.getTypeArguments().get(0).getKind() != TypeKind.DECLARED) {
          error(element, where + ": a list needs the type of its items (List<X>)");
          return null;
        }
        String item = valueType(p, declared.getTypeArguments().get(0), where);
        return item == null ? null : "ValueType.list(" + item + ")";
      }
      if (name.equals("java.util.Optional")) {
        error(element, where + ": an Optional can only be a property's own type, not nested in " + p.javaType);
        return null;
      }
      if (element0.getKind() == ElementKind.ENUM) {
        return "ValueType.enumeration(" + source(types.erasure(t)) + ".class)";
      }
      if (mirror(element0, STRUCT) != null) {
        String pkg = elements.getPackageOf(element0).getQualifiedName().toString();
        String description = flatName(element0) + "Description";
        return (pkg.equals(packageName) ? "" : pkg + ".") + description + ".TYPE";
      }
      for (VariableElement field : ElementFilter.fieldsIn(element0.getEnclosedElements())) {
        if (field.getSimpleName().contentEquals("TYPE") && field.getModifiers().contains(Modifier.STATIC)
            && (isA(field.asType(), STRUCT_TYPE) || isA(field.asType(), SCALAR_TYPE))) {
          return source(types.erasure(t)) + ".TYPE"; // a user's own struct or scalar
        }
      }
      error(element, where + ": its type " + name + " cannot be described: not one of core's values, nor an enum,"
          + " nor a type carrying @Struct (or a static StructType TYPE field), nor a scalar (a static ScalarType TYPE field)");
      return null;
    }

    String refType(DeclaredType ref, Element element, String where) {
      String refTo = stringValue(mirror(element, REF_TO), "value");
      boolean any = mirror(element, ANY_KIND) != null;
      TypeMirror target = ref.getTypeArguments().isEmpty() ? null : ref.getTypeArguments().get(0);
      String refSource = VALUE + "Ref<"
          + (target == null || target.getKind() == TypeKind.WILDCARD ? "?" : source(target)) + ">";
      if (refTo != null && any) {
        error(element, where + ": @RefTo and @AnyKind together: choose one");
        return null;
      }
      if (refTo != null) {
        return "ValueType.<" + refSource + ">ref(" + literal(refTo) + ")";
      }
      if (target == null || target.getKind() == TypeKind.WILDCARD) {
        if (any) {
          return "ValueType.<" + refSource + ">anyRef()";
        }
        error(element, where + ": a Ref<?> needs @RefTo(\"kind\"), or @AnyKind for a reference to any kind");
        return null;
      }
      if (any) {
        error(element, where + ": @AnyKind is for a Ref<?>, not a " + refSource);
        return null;
      }
      Element targetElement = types.asElement(target);
      String kindName = targetElement == null ? null : stringValue(mirror(targetElement, KIND), "name");
      if (kindName == null) {
        error(element, where + ": the kind of " + refSource + " is unknown: " + target
            + " carries no @Kind; add @RefTo(\"kind\")");
        return null;
      }
      return "ValueType.<" + refSource + ">ref(" + literal(kindName) + ")";
    }

    /** Reads the constraint annotations of {@code p}, refusing those its type cannot take. */
    void checkConstraints(Property p, List<Property> all) {
      String where = simpleName(type) + "." + p.name;
      for (AnnotationMirror a : p.element.getAnnotationMirrors()) {
        String name = ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().toString();
        if (!name.startsWith(ANNOTATIONS)) {
          continue;
        }
        String simple = name.substring(ANNOTATIONS.length());
        String constraint;
        switch (simple) {
          case "NonBlank":
            constraint = fits(p, where, simple, "string", "text") ? "Constraint.nonBlank()" : null;
            break;
          case "AtLeast":
            constraint = fits(p, where, simple, "integer", "decimal", "money")
                ? "Constraint.atLeast(" + longValue(a, "value") + "L)" : null;
            break;
          case "Between": {
            long min = longValue(a, "min");
            long max = longValue(a, "max");
            constraint = fits(p, where, simple, "integer", "decimal", "money")
                ? "Constraint.between(" + min + "L, " + max + "L)" : null;
            if (constraint != null && min > max) {
              error(p.element, where + ": @Between min " + min + " is above max " + max);
            }
            break;
          }
          case "DecimalRange":
            constraint = fits(p, where, simple, "integer", "decimal", "money") ? decimalRange(p, a, where) : null;
            break;
          case "Pattern": {
            String regex = stringValue(a, "value");
            constraint = fits(p, where, simple, "string") ? "Constraint.pattern(" + literal(regex) + ")" : null;
            if (constraint != null) {
              checkPattern(p, regex, where);
            }
            break;
          }
          case "UniqueItems":
            constraint = listOnly(p, where, simple) ? "Constraint.uniqueItems()" : null;
            break;
          case "NotEmpty":
            constraint = listOnly(p, where, simple) ? "Constraint.notEmpty()" : null;
            break;
          case "Size": {
            long min = intValue(a, "min", 0);
            long max = intValue(a, "max", Integer.MAX_VALUE);
            constraint = listOnly(p, where, simple) ? "Constraint.size(" + min + ", " + max + ")" : null;
            if (constraint != null && (min < 0 || min > max)) {
              error(p.element, where + ": @Size from " + min + " to " + max + " is no size");
            }
            break;
          }
          case "RequiredWhen": {
            String other = stringValue(a, "property");
            String value = stringValue(a, "value");
            constraint = "Constraint.requiredWhen(" + literal(other) + ", " + literal(value) + ")";
            if (!p.optional) {
              error(p.element, where + ": @RequiredWhen is for an optional property (@Nullable or Optional)");
            } else if (other.equals(p.name) || all.stream().noneMatch(q -> q.name.equals(other))) {
              error(p.element, where + ": @RequiredWhen names the property " + other + ", which "
                  + simpleName(type) + " does not have");
            } else if (all.stream().anyMatch(q -> q.name.equals(other) && q.list)) {
              error(p.element, where + ": @RequiredWhen names the property " + other + ", a list, not a scalar");
            }
            break;
          }
          case "StatusHistory":
            constraint = role(p, where, simple, ".statusHistory(" + literal(p.name) + ", "
                + literal(stringValue(a, "date", "date")) + ", " + literal(stringValue(a, "status", "status")) + ")");
            break;
          case "Due":
            constraint = role(p, where, simple, ".due(" + literal(p.name) + ")");
            break;
          case "Responsible":
            constraint = role(p, where, simple, ".responsible(" + literal(stringValue(a, "value")) + ", " + literal(p.name) + ")");
            break;
          case "Occurs":
            constraint = role(p, where, simple, ".occurs(" + literal(p.name) + ")");
            break;
          case "Theme":
            constraint = role(p, where, simple, ".theme(" + literal(p.name) + ")");
            break;
          case "Origin":
            constraint = role(p, where, simple, ".origin(" + literal(p.name) + ")");
            break;
          default:
            constraint = null; // CodeOf, RefTo, AnyKind: read with the value type
        }
        if (constraint != null) {
          p.constraints.add(constraint);
        }
      }
    }

    /**
     * Adds a follow-up role's builder call; returns null, a role being no constraint. Whether the
     * property's type fits the role is checked when the kind is made ({@code FollowUpRoles}), naming
     * the kind and the property.
     */
    String role(Property p, String where, String annotation, String call) {
      boolean single = !annotation.equals("Due") && !annotation.equals("Responsible");
      if (!kind) {
        error(p.element, where + ": @" + annotation + " is a follow-up role of a kind (@Kind), not of a @Struct");
      } else if (single && !singleRoles.add(annotation)) {
        error(p.element, where + ": a kind has one @" + annotation + " property");
      } else {
        roles.add(call);
      }
      return null;
    }

    boolean fits(Property p, String where, String annotation, String... kinds) {
      if (List.of(kinds).contains(p.elementKind)) {
        return true;
      }
      error(p.element, where + ": @" + annotation + " cannot apply to " + p.javaType + " (it applies to "
          + String.join(", ", kinds).replace("text", "LocalizedText").replace("string", "String")
          + (p.list ? " items" : "") + ")");
      return false;
    }

    boolean listOnly(Property p, String where, String annotation) {
      if (p.list) {
        return true;
      }
      error(p.element, where + ": @" + annotation + " applies to a list only, not to " + p.javaType);
      return false;
    }

    String decimalRange(Property p, AnnotationMirror a, String where) {
      String min = stringValue(a, "min");
      String max = stringValue(a, "max");
      StringBuilder out = new StringBuilder("Constraint.range(");
      BigDecimal[] bounds = new BigDecimal[2];
      String[] texts = {min == null ? "" : min, max == null ? "" : max};
      for (int i = 0; i < 2; i++) {
        if (i > 0) {
          out.append(", ");
        }
        if (texts[i].isEmpty()) {
          out.append("null");
          continue;
        }
        try {
          bounds[i] = new BigDecimal(texts[i]);
        } catch (NumberFormatException e) {
          error(p.element, where + ": @DecimalRange bound " + texts[i] + " is not a decimal");
          return null;
        }
        out.append("new java.math.BigDecimal(").append(literal(texts[i])).append(")");
      }
      if (bounds[0] == null && bounds[1] == null) {
        error(p.element, where + ": @DecimalRange needs a bound");
        return null;
      }
      if (bounds[0] != null && bounds[1] != null && bounds[0].compareTo(bounds[1]) > 0) {
        error(p.element, where + ": @DecimalRange min " + texts[0] + " is above max " + texts[1]);
        return null;
      }
      return out.append(")").toString();
    }

    void checkPattern(Property p, String regex, String where) {
      try {
        Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        error(p.element, where + ": @Pattern " + regex + " is not a regular expression: " + e.getDescription());
        return;
      }
      if (UNPORTABLE.matcher(regex).find()) {
        error(p.element, where + ": @Pattern " + regex
            + " uses an anchor, a (?…) group or an escape that JSON Schema and Table Schema read differently");
      }
    }

    /** The {@code Rule.named(...)} expressions of the type's {@code @KindRule} methods, in source order. */
    List<String> rules() {
      List<String> rules = new ArrayList<>();
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        AnnotationMirror rule = mirror(method, KIND_RULE);
        if (rule == null) {
          continue;
        }
        String where = simpleName(type) + "." + method.getSimpleName();
        if (!kind) {
          error(method, where + ": @KindRule is for a type carrying @Kind, not @Struct");
          continue;
        }
        List<? extends VariableElement> params = method.getParameters();
        boolean ok = method.getModifiers().contains(Modifier.STATIC)
            && !method.getModifiers().contains(Modifier.PRIVATE)
            && method.getReturnType().getKind() == TypeKind.VOID
            && params.size() == 2
            && types.isAssignable(type.asType(), params.get(0).asType())
            && isA(params.get(1).asType(), RULE_CONTEXT);
        if (!ok) {
          error(method, where + ": a @KindRule method is static, not private, and declared void "
              + method.getSimpleName() + "(" + simpleName(type) + " entity, Rule.Context context)");
          continue;
        }
        StringBuilder out = new StringBuilder("Rule.<").append(typeName).append(">named(")
            .append(literal(stringValue(rule, "description"))).append(", ").append(typeName).append("::")
            .append(method.getSimpleName());
        for (String code : stringValues(rule, "codes")) {
          out.append(", ").append(literal(code));
        }
        rules.add(out.append(")").toString());
      }
      return rules;
    }

    void write(List<Property> properties, List<String> rules, boolean record) {
      String structName = kind ? stringValue(mirror(type, KIND), "name") : stringValue(mirror(type, STRUCT), "value");
      String label = kind ? stringValue(mirror(type, KIND), "label") : null;
      if (label == null || label.isEmpty()) {
        label = type.getSimpleName().toString();
      }
      StringBuilder create = new StringBuilder();
      if (record) {
        create.append("v -> new ").append(typeName).append("(");
        for (int i = 0; i < properties.size(); i++) {
          create.append(i == 0 ? "" : ",").append("\n                ").append(next(properties.get(i)));
        }
        create.append(")");
      } else if (!properties.isEmpty() && properties.stream().allMatch(p -> inDeclarationOrder(p.element))) {
        // Every attribute a @Value.Parameter without an explicit order: Immutables' of(...), which
        // takes them in declaration order; an explicit order would differ, so that goes by the builder.
        create.append("v -> ").append(immutableName()).append(".of(");
        for (int i = 0; i < properties.size(); i++) {
          create.append(i == 0 ? "" : ",").append("\n                ").append(next(properties.get(i)));
        }
        create.append(")");
      } else {
        create.append("v -> ").append(immutableName()).append(".builder()");
        for (Property p : properties) {
          create.append("\n                .").append(p.name).append("(").append(next(p)).append(")");
        }
        create.append("\n                .build()");
      }
      StringBuilder struct = new StringBuilder("StructType.positional(").append(literal(structName)).append(", ")
          .append(typeName).append(".class,\n            ").append(create).append(")");
      for (Property p : properties) {
        struct.append("\n        .").append(p.optional && !p.optionalWrapped ? "addOptional" : "add").append("(")
            .append(literal(p.name)).append(", ")
            .append(p.optionalWrapped ? "ValueType.optional(" + p.valueType + ")" : p.valueType).append(", ")
            .append(typeName).append("::").append(p.getter);
        for (String c : p.constraints) {
          struct.append(", ").append(c);
        }
        struct.append(")");
      }
      struct.append("\n        .build()");
      String generated = elements.getTypeElement("javax.annotation.processing.Generated") == null ? ""
          : "@javax.annotation.processing.Generated(\"" + KindProcessor.class.getName() + "\")\n";
      StringBuilder out = new StringBuilder();
      if (!packageName.isEmpty()) {
        out.append("package ").append(packageName).append(";\n\n");
      }
      out.append("import org.keneya.core.kind.Constraint;\n")
          .append("import org.keneya.core.kind.EntityKind;\n")
          .append("import org.keneya.core.kind.Rule;\n")
          .append("import org.keneya.core.kind.StructType;\n")
          .append("import org.keneya.core.kind.ValueType;\n\n")
          .append("/**\n * The description of {@link ").append(typeName).append("}, generated by Keneya's annotation")
          .append(" processor from its\n * declaration: do not edit.\n */\n")
          .append(generated)
          .append("@SuppressWarnings(\"unused\")\n")
          .append("public final class ").append(className).append(" {\n");
      if (kind) {
        out.append("  /** The kind {@code ").append(structName).append("}. */\n")
            .append("  public static final EntityKind<").append(typeName).append("> KIND = EntityKind.of(")
            .append(literal(structName)).append(", ").append(literal(label)).append(",\n      ")
            .append(struct);
        if (!rules.isEmpty() || !roles.isEmpty()) {
          out.append(",\n      java.util.List.of(");
          for (int i = 0; i < rules.size(); i++) {
            out.append(i == 0 ? "" : ",").append("\n          ").append(rules.get(i));
          }
          out.append(")");
        }
        if (!roles.isEmpty()) {
          out.append(",\n      org.keneya.core.kind.FollowUpRoles.builder()");
          roles.forEach(r -> out.append("\n          ").append(r));
          out.append("\n          .build()");
        }
        out.append(");\n");
      } else {
        out.append("  /** The structure {@code ").append(structName).append("}. */\n")
            .append("  public static final StructType<").append(typeName).append("> TYPE = ").append(struct)
            .append(";\n");
      }
      out.append("\n  private ").append(className).append("() {}\n}\n");
      String file = packageName.isEmpty() ? className : packageName + "." + className;
      try (Writer writer = filer.createSourceFile(file, type).openWriter()) {
        writer.write(out.toString());
      } catch (IOException e) {
        error(type, simpleName(type) + ": cannot write " + file + ": " + e.getMessage());
      }
    }

    /** The positional value of {@code p} as the constructor or builder method takes it. */
    String next(Property p) {
      String value = "v.<" + p.javaType + ">next()";
      return p.optionalWrapped ? "java.util.Optional.ofNullable(" + value + ")" : value;
    }

    /** Immutables' generated class: {@code ImmutableT}, or {@code ImmutableOuter.T} for a nested type. */
    String immutableName() {
      Element outer = type;
      while (outer.getEnclosingElement().getKind() != ElementKind.PACKAGE) {
        outer = outer.getEnclosingElement();
      }
      String flat = "Immutable" + outer.getSimpleName();
      return outer == type ? flat : flat + "." + type.getSimpleName();
    }

    /** {@code t} in source, boxed if primitive (as a type argument). */
    String generic(TypeMirror t) {
      return t.getKind().isPrimitive() ? source(types.boxedClass((javax.lang.model.type.PrimitiveType) t).asType())
          : source(t);
    }

    /** {@code t} in source: simple names for java.lang and the package's own top-level types that nothing shadows. */
    String source(TypeMirror t) {
      switch (t.getKind()) {
        case DECLARED: {
          DeclaredType declared = (DeclaredType) t;
          TypeElement element = (TypeElement) declared.asElement();
          StringBuilder out = new StringBuilder(name(element));
          List<? extends TypeMirror> args = declared.getTypeArguments();
          if (!args.isEmpty()) {
            out.append("<");
            for (int i = 0; i < args.size(); i++) {
              out.append(i == 0 ? "" : ", ").append(source(args.get(i)));
            }
            out.append(">");
          }
          return out.toString();
        }
        case WILDCARD: {
          WildcardType wildcard = (WildcardType) t;
          if (wildcard.getExtendsBound() != null) {
            return "? extends " + source(wildcard.getExtendsBound());
          }
          return wildcard.getSuperBound() != null ? "? super " + source(wildcard.getSuperBound()) : "?";
        }
        case ARRAY:
          return source(((javax.lang.model.type.ArrayType) t).getComponentType()) + "[]";
        default:
          return t.getKind().isPrimitive() ? t.getKind().name().toLowerCase(java.util.Locale.ROOT) : t.toString();
      }
    }

    String name(TypeElement element) {
      Element top = element;
      while (top.getEnclosingElement().getKind() != ElementKind.PACKAGE) {
        top = top.getEnclosingElement();
      }
      String pkg = ((PackageElement) top.getEnclosingElement()).getQualifiedName().toString();
      String qualified = element.getQualifiedName().toString();
      String relative = pkg.isEmpty() ? qualified : qualified.substring(pkg.length() + 1);
      String topName = top.getSimpleName().toString();
      boolean imported = IMPORTED.contains(topName);
      if (pkg.equals("org.keneya.core.kind") && imported) {
        return relative;
      }
      if (pkg.equals(packageName) && !imported) {
        return relative;
      }
      if (pkg.equals("java.lang") && top == element && !imported
          && elements.getTypeElement(packageName.isEmpty() ? topName : packageName + "." + topName) == null) {
        return relative;
      }
      return qualified;
    }
  }

  // Helpers on annotations and types.

  private void error(Element element, String message) {
    messager.printMessage(Diagnostic.Kind.ERROR, message, element);
  }

  private static String simpleName(Element element) {
    return element.getSimpleName().toString();
  }

  /** T's nested name with dots replaced: {@code Outer_Inner} for a nested type. */
  private static String flatName(TypeElement type) {
    String name = type.getSimpleName().toString();
    Element outer = type.getEnclosingElement();
    while (outer.getKind() != ElementKind.PACKAGE) {
      name = outer.getSimpleName() + "_" + name;
      outer = outer.getEnclosingElement();
    }
    return name;
  }

  private TypeMirror erasure(String qualifiedName) {
    TypeElement element = elements.getTypeElement(qualifiedName);
    return element == null ? types.getNoType(TypeKind.NONE) : types.erasure(element.asType());
  }

  private static boolean isA(TypeMirror t, String qualifiedName) {
    return t.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) t).asElement()).getQualifiedName().contentEquals(qualifiedName);
  }

  /** Whether the element or its type carries an annotation named {@code Nullable} (JSpecify's, or any other). */
  private static boolean nullable(Element element) {
    TypeMirror t = element instanceof ExecutableElement ? ((ExecutableElement) element).getReturnType() : element.asType();
    for (List<? extends AnnotationMirror> mirrors : List.of(element.getAnnotationMirrors(), t.getAnnotationMirrors())) {
      for (AnnotationMirror m : mirrors) {
        if (m.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")) {
          return true;
        }
      }
    }
    return false;
  }

  /** A {@code @Value.Parameter} attribute whose place in {@code of(...)} is its declaration's. */
  private static boolean inDeclarationOrder(Element accessor) {
    AnnotationMirror parameter = mirror(accessor, PARAMETER);
    return parameter != null && value(parameter, "order") == null;
  }

  private static AnnotationMirror mirror(Element element, String qualifiedName) {
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      if (((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(qualifiedName)) {
        return m;
      }
    }
    return null;
  }

  private static AnnotationValue value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static String stringValue(AnnotationMirror mirror, String name) {
    if (mirror == null) {
      return null;
    }
    AnnotationValue value = value(mirror, name);
    return value == null ? null : (String) value.getValue();
  }

  /** The value of {@code name} in {@code mirror}, or {@code otherwise} when the annotation leaves its default. */
  private static String stringValue(AnnotationMirror mirror, String name, String otherwise) {
    String value = stringValue(mirror, name);
    return value == null ? otherwise : value;
  }

  private static long longValue(AnnotationMirror mirror, String name) {
    AnnotationValue value = value(mirror, name);
    return value == null ? 0 : ((Number) value.getValue()).longValue();
  }

  private static long intValue(AnnotationMirror mirror, String name, int otherwise) {
    AnnotationValue value = value(mirror, name);
    return value == null ? otherwise : ((Number) value.getValue()).longValue();
  }

  private static List<String> stringValues(AnnotationMirror mirror, String name) {
    AnnotationValue value = value(mirror, name);
    List<String> out = new ArrayList<>();
    if (value != null && value.getValue() instanceof List) {
      for (Object item : (List<?>) value.getValue()) {
        out.add((String) ((AnnotationValue) item).getValue());
      }
    }
    return out;
  }

  /** A Java string literal. */
  private static String literal(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }

  /** The attribute an accessor stands for under Keneya's style ({@code get*}, {@code *OrNull}). */
  static String attributeName(String accessor) {
    if (accessor.endsWith("OrNull") && accessor.length() > "OrNull".length()) {
      return accessor.substring(0, accessor.length() - "OrNull".length());
    }
    if (accessor.startsWith("get") && accessor.length() > 3 && Character.isUpperCase(accessor.charAt(3))) {
      return Character.toLowerCase(accessor.charAt(3)) + accessor.substring(4);
    }
    return accessor;
  }
}
