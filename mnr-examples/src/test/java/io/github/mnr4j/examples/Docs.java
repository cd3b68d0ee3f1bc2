package io.github.mnr4j.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The repository's markdown files and their fenced blocks, for the tests that compile, run and
 * execute what the documentation shows. Tests run in mnr-examples, so the root is its parent.
 */
public final class Docs {
  /** The repository's root. */
  public static final Path ROOT = Path.of("..");

  private Docs() {}

  /**
   * A fenced block: the file, the line of its opening fence, its language and its text, and the
   * {@code <!-- consumer-check: NAME -->} marker right above it, if any.
   *
   * @param file the markdown file
   * @param line the line of the opening fence, from 1
   * @param language the word after the fence, or empty
   * @param text the lines between the fences
   * @param marker the consumer-check name, if the block has one
   */
  public record Block(Path file, int line, String language, String text, Optional<String> marker) {
    /**
     * Where the block's line {@code offset} (from 0) stands, for messages.
     *
     * @param offset a line of the block, from 0
     * @return such as {@code README.md:42}
     */
    public String origin(int offset) {
      return ROOT.relativize(file) + ":" + (line + 1 + offset);
    }
  }

  /**
   * Returns every markdown file of the repository, build output and Git's files aside.
   *
   * @return the files, sorted
   */
  public static List<Path> markdownFiles() {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(f -> f.toString().endsWith(".md"))
          .filter(
              f -> {
                String path = ROOT.relativize(f).toString().replace('\\', '/');
                return !path.contains("/target/")
                    && !path.startsWith("target/")
                    && !path.startsWith(".git/")
                    && !path.contains("/node_modules/");
              })
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the fenced blocks of every markdown file, in file order.
   *
   * @return the blocks
   */
  public static List<Block> blocks() {
    List<Block> blocks = new ArrayList<>();
    for (Path file : markdownFiles()) {
      blocks.addAll(blocks(file));
    }
    return blocks;
  }

  /**
   * Returns the fenced blocks of one markdown file.
   *
   * @param file the file
   * @return its blocks, in order
   */
  public static List<Block> blocks(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String fence = lines.get(i).strip();
      if (!fence.startsWith("```")) {
        continue;
      }
      String indent = lines.get(i).substring(0, lines.get(i).indexOf('`'));
      int end = i + 1;
      while (end < lines.size() && !lines.get(end).strip().equals("```")) {
        end++;
      }
      String text =
          lines.subList(i + 1, Math.min(end, lines.size())).stream()
              .map(l -> l.startsWith(indent) ? l.substring(indent.length()) : l)
              .collect(Collectors.joining("\n"));
      Optional<String> marker = Optional.empty();
      if (i > 0 && lines.get(i - 1).strip().startsWith("<!-- consumer-check: ")) {
        marker =
            Optional.of(
                lines.get(i - 1).strip().replace("<!-- consumer-check: ", "").replace(" -->", ""));
      }
      blocks.add(new Block(file, i + 1, fence.substring(3).strip(), text, marker));
      i = end;
    }
    return blocks;
  }
}
