package org.keneya.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.keneya.testkit.gen.Gen;
import org.keneya.testkit.gen.GenerationException;
import org.keneya.testkit.gen.Source;

/**
 * Text matching a declared {@linkplain org.keneya.core.kind.Constraint#pattern(String) pattern}, drawn
 * from the expression itself: literals, {@code .}, character classes with ranges and negated ones
 * ({@code [^@\s]}, drawn from a small universe of letters, digits and punctuation), {@code \s}, {@code
 * \S} and escaped punctuation, groups, alternatives and the quantifiers {@code ? * + {n} {n,}
 * {n,m}} — the portable part of regular expressions that a declared pattern may use. Unbounded
 * repeats draw at most 8 more than their minimum; every choice comes from the source, so a text
 * shrinks towards the shortest match. A draw that does not match after all (an expression beyond
 * this subset) is drawn again a few times, then refused with a {@link GenerationException}.
 */
final class PatternGen implements Gen<String> {
  private static final int MORE = 8;
  private static final String NON_SPACE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éç-_.";
  /** Beyond letters and digits, what a negated class such as {@code [^@\s]} may draw from. */
  private static final String OTHERS = " \t@!#%&*+=/:;,?'\"()[]{}<>|~^$";

  private final Pattern pattern;
  private final Node root;

  private PatternGen(String regex) {
    this.pattern = Pattern.compile(regex);
    this.root = new Parser(regex).alternatives();
  }

  static PatternGen of(String regex) {
    return new PatternGen(regex);
  }

  @Override
  public String generate(Source source) {
    for (int attempt = 0; attempt < DerivedGens.ATTEMPTS; attempt++) {
      StringBuilder out = new StringBuilder();
      root.append(source, out);
      if (pattern.matcher(out).matches()) {
        return out.toString();
      }
    }
    throw new GenerationException("could not draw a text matching " + pattern.pattern());
  }

  private interface Node {
    void append(Source source, StringBuilder out);
  }

  private record Sequence(List<Node> parts) implements Node {
    @Override
    public void append(Source source, StringBuilder out) {
      parts.forEach(p -> p.append(source, out));
    }
  }

  private record Choice(List<Node> options) implements Node {
    @Override
    public void append(Source source, StringBuilder out) {
      options.get((int) source.draw(options.size() - 1)).append(source, out);
    }
  }

  private record Repeat(Node node, int min, int max) implements Node {
    @Override
    public void append(Source source, StringBuilder out) {
      int n = min + (int) source.draw(max - min);
      for (int i = 0; i < n; i++) {
        node.append(source, out);
      }
    }
  }

  /** One of the code points listed, the first being the simplest (a shrunk text uses it). */
  private record Chars(int[] codePoints) implements Node {
    @Override
    public void append(Source source, StringBuilder out) {
      out.appendCodePoint(codePoints[(int) source.draw(codePoints.length - 1)]);
    }
  }

  private static final class Parser {
    private final String regex;
    private int at;

    Parser(String regex) {
      this.regex = regex;
    }

    Node alternatives() {
      List<Node> options = new ArrayList<>();
      options.add(sequence());
      while (at < regex.length() && regex.charAt(at) == '|') {
        at++;
        options.add(sequence());
      }
      return options.size() == 1 ? options.get(0) : new Choice(options);
    }

    private Node sequence() {
      List<Node> parts = new ArrayList<>();
      while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
        parts.add(quantified(atom()));
      }
      return new Sequence(parts);
    }

    private Node atom() {
      char c = regex.charAt(at++);
      switch (c) {
        case '(': {
          Node inner = alternatives();
          at++; // ')'
          return inner;
        }
        case '[':
          return charClass();
        case '.':
          return chars(NON_SPACE + " ");
        case '\\':
          return escape(regex.charAt(at++));
        default:
          return new Chars(new int[] {c});
      }
    }

    private Node escape(char c) {
      switch (c) {
        case 's':
          return chars(" \t");
        case 'S':
          return chars(NON_SPACE);
        case 'n':
          return chars("\n");
        case 't':
          return chars("\t");
        default:
          return new Chars(new int[] {c});
      }
    }

    private Node charClass() {
      boolean negated = regex.charAt(at) == '^';
      if (negated) {
        at++;
      }
      StringBuilder members = new StringBuilder();
      while (regex.charAt(at) != ']') {
        char c = regex.charAt(at++);
        if (c == '\\') {
          char e = regex.charAt(at++);
          members.append(e == 's' ? " \t\n\r" : e == 'S' ? NON_SPACE : e == 'n' ? "\n" : e == 't' ? "\t" : String.valueOf(e));
        } else if (regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
          at++;
          char to = regex.charAt(at++);
          if (to == '\\') {
            to = regex.charAt(at++);
          }
          for (char x = c; x <= to && x - c < 256; x++) {
            members.append(x);
          }
        } else {
          members.append(c);
        }
      }
      at++; // ']'
      if (!negated) {
        return chars(members.toString());
      }
      StringBuilder allowed = new StringBuilder(); // [^…]: what the class leaves of a small universe
      (NON_SPACE + OTHERS).codePoints().filter(cp -> members.indexOf(new String(Character.toChars(cp))) < 0)
          .forEach(allowed::appendCodePoint);
      if (allowed.length() == 0) {
        throw new GenerationException("the class [^" + members + "] leaves no character to draw");
      }
      return chars(allowed.toString());
    }

    private static Node chars(String members) {
      return new Chars(members.codePoints().distinct().toArray());
    }

    private Node quantified(Node atom) {
      if (at >= regex.length()) {
        return atom;
      }
      char c = regex.charAt(at);
      Node out;
      if (c == '?') {
        at++;
        out = new Repeat(atom, 0, 1);
      } else if (c == '*') {
        at++;
        out = new Repeat(atom, 0, MORE);
      } else if (c == '+') {
        at++;
        out = new Repeat(atom, 1, 1 + MORE);
      } else if (c == '{') {
        int close = regex.indexOf('}', at);
        String[] bounds = regex.substring(at + 1, close).split(",", -1);
        at = close + 1;
        int min = Integer.parseInt(bounds[0].trim());
        int max = bounds.length == 1 ? min : bounds[1].isBlank() ? min + MORE : Integer.parseInt(bounds[1].trim());
        out = new Repeat(atom, min, max);
      } else {
        return atom;
      }
      if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
        at++; // a lazy or possessive mark changes nothing about what matches
      }
      return out;
    }
  }
}
