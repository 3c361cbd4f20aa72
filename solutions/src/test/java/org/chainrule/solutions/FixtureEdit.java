package org.chainrule.solutions;

import java.util.ArrayList;
import java.util.List;

/**
 * A known-wrong fixture written as an edit of the reference solution, not as a copy of it: a file
 * {@code <Class>.java.edit} of blocks, each "replace these whole lines → with these lines".
 * <pre>
 *   # why the mistake is a mistake (lines starting with # and blank lines between blocks are notes)
 *   &#64;@ replace
 *           Tensor gradA = upstream.mul(b.value()).sumTo(a.shape());
 *   &#64;@ with
 *           Tensor gradA = upstream.mul(a.value()).sumTo(a.shape());   // MISTAKE: not swapped
 *   &#64;@ end
 * </pre>
 * The blocks apply in order, each to the result of the ones before. The lines to replace must
 * stand in the source exactly once, as whole lines; otherwise the edit fails and says which edit
 * file, which block, which source and what text was found 0 or N times. So when the solution
 * changes under a fixture, the fixture fails loudly instead of passing for a stale reason.
 */
final class FixtureEdit {
    static final String REPLACE = "@@ replace";
    static final String WITH = "@@ with";
    static final String END = "@@ end";

    /** One block: the whole lines {@code find} (each ending in a newline) become {@code replacement}. */
    record Block(int line, String find, String replacement) {
    }

    private final String name;
    private final List<Block> blocks;

    private FixtureEdit(String name, List<Block> blocks) {
        this.name = name;
        this.blocks = List.copyOf(blocks);
    }

    List<Block> blocks() {
        return blocks;
    }

    /**
     * Reads an edit file's text.
     *
     * @param name the edit file as the messages name it, e.g. {@code E02-gates/mul-not-swapped/MulGate.java.edit}
     * @throws IllegalArgumentException naming the file and line when a block is malformed
     */
    static FixtureEdit parse(String name, String text) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            String line = lines[i].stripTrailing();
            if (line.isEmpty() || line.startsWith("#")) {
                i++;
                continue;
            }
            if (!line.equals(REPLACE)) {
                throw malformed(name, i, "expected '" + REPLACE + "', a '#' note or a blank line, found '" + line + "'");
            }
            int start = i + 1;
            StringBuilder find = new StringBuilder();
            i = section(name, lines, start, WITH, find);
            StringBuilder replacement = new StringBuilder();
            i = section(name, lines, i + 1, END, replacement);
            if (find.length() == 0) {
                throw malformed(name, start - 1, "the block replaces nothing");
            }
            if (find.toString().equals(replacement.toString())) {
                throw malformed(name, start - 1, "the block replaces its text with itself: no mistake");
            }
            blocks.add(new Block(start, find.toString(), replacement.toString()));
            i++;
        }
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException(name + ": no '" + REPLACE + "' block, so no mistake.");
        }
        return new FixtureEdit(name, blocks);
    }

    /** Appends lines[from..] up to the marker line {@code until} (each with its newline); the marker's index. */
    private static int section(String name, String[] lines, int from, String until, StringBuilder into) {
        for (int i = from; i < lines.length; i++) {
            if (lines[i].stripTrailing().equals(until)) {
                return i;
            }
            if (lines[i].stripTrailing().startsWith("@@ ")) {
                throw malformed(name, i, "expected '" + until + "' before '" + lines[i].stripTrailing() + "'");
            }
            into.append(lines[i]).append('\n');
        }
        throw malformed(name, from - 1, "the block has no '" + until + "' line");
    }

    private static IllegalArgumentException malformed(String name, int index, String what) {
        return new IllegalArgumentException(name + " line " + (index + 1) + ": " + what + ".");
    }

    /**
     * The source with every block applied.
     *
     * @param sourceName the source as the messages name it, e.g. {@code solutions/src/main/java/.../MulGate.java}
     * @throws IllegalStateException naming this edit, the block, the source and the text when a
     *     block's lines stand in the source 0 times or more than once
     */
    String applyTo(String source, String sourceName) {
        String result = source;
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            List<Integer> at = wholeLineMatches(result, block.find());
            if (at.size() != 1) {
                throw new IllegalStateException(String.format(
                        "%s, block %d (line %d): the lines to replace stand %s in %s%s:\n%s",
                        name, b + 1, block.line(), at.isEmpty() ? "nowhere" : at.size() + " times", sourceName,
                        at.isEmpty() ? " (did the solution change? update the fixture)"
                                : " (add a neighbouring line to the block until they stand there once)",
                        block.find()));
            }
            int from = at.get(0);
            result = result.substring(0, from) + block.replacement() + result.substring(from + block.find().length());
        }
        return result;
    }

    /** Where {@code lines} starts in {@code text} at the start of a line (a line ends in a newline). */
    static List<Integer> wholeLineMatches(String text, String lines) {
        String padded = "\n" + text;
        List<Integer> at = new ArrayList<>();
        for (int i = padded.indexOf("\n" + lines); i >= 0; i = padded.indexOf("\n" + lines, i + 1)) {
            at.add(i);          // padded[i] is the newline before the match, so the match starts at text[i]
        }
        return at;
    }
}
