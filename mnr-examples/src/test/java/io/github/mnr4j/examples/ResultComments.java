package io.github.mnr4j.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The rule for results written in examples: a comment at the end of a line that ends a statement
 * states the statement's result, which a test checks. The result of an expression is its value
 * ({@code String.valueOf}); of a declaration, the declared variable's; of {@code
 * System.out.print...}, what it printed. {@code ...} in a comment stands for any text, and a quoted
 * comment matches a string without its quotes. A comment on a line of its own is prose, never a
 * result.
 */
public final class ResultComments {
  /** The places of the results that examples state, and of those checked since {@link #reset}. */
  private static final Set<String> STATED = new TreeSet<>();

  private static final Set<String> CHECKED = new TreeSet<>();

  private static final Pattern DECLARATION =
      Pattern.compile(
          "^(?:final\\s+)?(?!return\\b|throw\\b|new\\b)[\\w.]+(?:<[^=]*>)?(?:\\[\\])*\\s+(\\w+)\\s*=[^=].*",
          Pattern.DOTALL);

  private ResultComments() {}

  /** Forgets the results stated and checked so far. */
  public static synchronized void reset() {
    STATED.clear();
    CHECKED.clear();
  }

  /**
   * Returns the results stated in examples rewritten since {@link #reset} that no run checked: a
   * comment in a branch that did not run, or a loop that ran no time, states nothing.
   *
   * @return their places
   */
  public static synchronized Set<String> unchecked() {
    Set<String> unchecked = new TreeSet<>(STATED);
    unchecked.removeAll(CHECKED);
    return unchecked;
  }

  /** A body to run while what it prints is captured. */
  @FunctionalInterface
  public interface Body {
    /**
     * Runs.
     *
     * @throws Exception whatever the example throws
     */
    void run() throws Exception;
  }

  /**
   * Rewrites Java code so that each statement with a result comment checks its result.
   *
   * @param code the example's code
   * @param origin names a line of the code, from 0, for messages: such as {@code README.md:42}
   * @return the code with checks, on as many lines
   */
  public static String withChecks(String code, java.util.function.IntFunction<String> origin) {
    List<String> out = new ArrayList<>();
    List<String> statement = new ArrayList<>();
    int depth = 0;
    String[] lines = code.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      int comment = commentStart(line);
      String codePart = comment < 0 ? line : line.substring(0, comment);
      depth += depth(codePart);
      statement.add(codePart);
      String trimmed = codePart.strip();
      boolean ends = depth == 0 && trimmed.endsWith(";");
      if (comment >= 0 && !trimmed.isEmpty()) {
        String expected = line.substring(comment + 2).strip();
        if (!ends) {
          throw new AssertionError(
              origin.apply(n)
                  + ": a comment at the end of a line states a result, but the line ends no"
                  + " statement; put prose on a line of its own: "
                  + line.strip());
        }
        synchronized (ResultComments.class) {
          STATED.add(origin.apply(n));
        }
        out.addAll(checked(statement, expected, origin.apply(n)));
        statement.clear();
        continue;
      }
      if (comment >= 0) {
        statement.set(statement.size() - 1, line); // a comment on a line of its own
      }
      if (depth == 0
          && (trimmed.endsWith(";")
              || trimmed.endsWith("{")
              || trimmed.endsWith("}")
              || trimmed.isEmpty())) {
        out.addAll(statement);
        statement.clear();
      }
    }
    out.addAll(statement);
    return String.join("\n", out);
  }

  /** The statement's lines, rewritten to check its result; as many lines as it had. */
  private static List<String> checked(List<String> lines, String expected, String origin) {
    String text = String.join("\n", lines).strip();
    String body = text.substring(0, text.length() - 1).strip();
    String literal = literal(expected);
    String place = literal(origin);
    String rewritten;
    java.util.regex.Matcher declaration = DECLARATION.matcher(body);
    if (body.startsWith("System.out.print")) {
      rewritten =
          "io.github.mnr4j.examples.ResultComments.check("
              + place
              + ", io.github.mnr4j.examples.ResultComments.printed(() -> { "
              + body
              + "; }), "
              + literal
              + ");";
    } else if (declaration.matches()) {
      rewritten =
          body
              + "; io.github.mnr4j.examples.ResultComments.check("
              + place
              + ", "
              + declaration.group(1)
              + ", "
              + literal
              + ");";
    } else {
      rewritten =
          "io.github.mnr4j.examples.ResultComments.check("
              + place
              + ", "
              + body
              + ", "
              + literal
              + ");";
    }
    List<String> out = new ArrayList<>(List.of(rewritten.split("\n", -1)));
    while (out.size() < lines.size()) {
      out.add("");
    }
    return out;
  }

  /**
   * Checks a result against its comment.
   *
   * @param origin where the comment is
   * @param actual the result
   * @param expected the comment
   */
  public static void check(String origin, Object actual, String expected) {
    synchronized (ResultComments.class) {
      CHECKED.add(origin);
    }
    if (!matches(actual, expected)) {
      throw new AssertionError(
          origin + ": the comment says " + expected + ", but the result is " + text(actual));
    }
  }

  /**
   * Tells whether a result matches its comment.
   *
   * @param actual the result
   * @param expected the comment
   * @return true if it does
   */
  public static boolean matches(Object actual, String expected) {
    String text = text(actual);
    if (actual instanceof String
        && expected.length() >= 2
        && expected.startsWith("\"")
        && expected.endsWith("\"")) {
      expected = expected.substring(1, expected.length() - 1);
    }
    StringBuilder regex = new StringBuilder();
    String[] parts = expected.split("\\.\\.\\.", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(text).matches();
  }

  private static String text(Object actual) {
    if (actual instanceof Printed printed) {
      return printed.text.stripTrailing();
    }
    return String.valueOf(actual);
  }

  /** What a body printed. */
  public static final class Printed {
    final String text;

    Printed(String text) {
      this.text = text;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /**
   * Runs a body and returns what it printed on {@code System.out}.
   *
   * @param body the body
   * @return what it printed
   */
  public static Printed printed(Body body) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      body.run();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e); // a program's main need not declare what it throws
    } finally {
      System.setOut(original);
    }
    return new Printed(bytes.toString(StandardCharsets.UTF_8));
  }

  /** Where a line's comment starts, outside string and character literals; -1 if none. */
  static int commentStart(String line) {
    return outsideLiterals(line).indexOf("//");
  }

  /**
   * How much a line opens parentheses and brackets, less what it closes: a statement ends at a
   * semicolon outside them (braces are blocks, or lambdas inside parentheses).
   */
  private static int depth(String code) {
    int depth = 0;
    for (char c : outsideLiterals(code).toCharArray()) {
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
      }
    }
    return depth;
  }

  /** The line with what stands inside string and character literals blanked out. */
  private static String outsideLiterals(String line) {
    StringBuilder outside = new StringBuilder(line);
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == '\\' && i + 1 < line.length()) {
          outside.setCharAt(i++, ' ');
        } else if (c == quote) {
          quote = 0;
          continue;
        }
        outside.setCharAt(i, ' ');
      } else if (c == '"' || c == '\'') {
        quote = c;
      }
    }
    return outside.toString();
  }

  /** A Java string literal of a text. */
  private static String literal(String text) {
    StringBuilder literal = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        case '\n' -> literal.append("\\n");
        default -> literal.append(c);
      }
    }
    return literal.append('"').toString();
  }
}
