package org.namelink.bench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Texts shaped to defeat a pipeline's linearity, of any size: the shapes of issue 11 (repeated short
 * sentences on one line, one endless sentence, runs of characters tokenizers handle badly, no full stop
 * at all) and of issue 21 (a chain of hyphenated syllables; two names of thousands of words for the
 * matcher). Each shape builds a text of a given size in UTF-8 bytes, seeded where random: a document,
 * or for {@link Input#NAME_PAIR} a line of {@code match} input.
 *
 * <p>Immutable and thread-safe.
 */
public enum HostileText {
    /** "He said. " on one line. */
    SENTENCES("'He said. ' on one line", repeat("He said. ")),
    /** "Mr. " on one line: a title before every word, no sentence end the splitter believes. */
    TITLES("'Mr. ' on one line", repeat("Mr. ")),
    /** "A " on one line: one endless sentence of capitalised one-letter words. */
    ONE_SENTENCE("'A ' as one sentence", repeat("A ")),
    /** Random letters and punctuation, no space, on one line. */
    LETTERS_PUNCTUATION("letters and punctuation, one line", random("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.,;:!?'\"-()/&")),
    /** Words, some capitalised, lines of about 70 characters, and no full stop anywhere. */
    NO_FULL_STOP("words, no full stop", HostileText::noFullStop),
    /** NUL characters. */
    NUL("NUL", repeat("\u0000")),
    /** C0 and C1 control characters (no line breaks). */
    CONTROL("control characters", random("\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f\u0010\u001b\u007f\u0080\u0085\u009f")),
    /** U+FFFD, the replacement character left by bad decoding. */
    REPLACEMENT("U+FFFD", repeat("\uFFFD")),
    /** U+202E, right-to-left override. */
    RTL_OVERRIDE("U+202E", repeat("\u202E")),
    /** Private-use characters. */
    PRIVATE_USE("private use", repeat("\uE000")),
    /** Emoji (surrogate pairs), no space. */
    EMOJI("emoji", repeat("\uD83D\uDE00")),
    /** Capitalised syllables joined by hyphens, no space: one chain ("Ka-Lo-Mi-Ra-..."), read as names. */
    HYPHEN_CHAIN("hyphenated syllables, one chain", HostileText::hyphenChain),
    /** Two person names of many capitalised made-up words each, matched as {@code match} matches a pair. */
    LONG_NAMES("two names of many words, matched", Input.NAME_PAIR, HostileText::longNames);

    /** What a shape's text is for. */
    public enum Input {
        /** A document, processed by the pipeline. */
        DOCUMENT,
        /** A line of {@code match} input, {@code TYPE<TAB>name<TAB>name}, decided by the resolver's matcher. */
        NAME_PAIR
    }

    private static final long SEED = 11;

    private final String description;
    private final Input input;
    private final IntFunction<String> maker;

    HostileText(String description, IntFunction<String> maker) {
        this(description, Input.DOCUMENT, maker);
    }

    HostileText(String description, Input input, IntFunction<String> maker) {
        this.description = description;
        this.input = input;
        this.maker = maker;
    }

    /** What the shape's text is for. */
    public Input input() {
        return input;
    }

    public String description() {
        return description;
    }

    /** The name used on the command line: lower case, hyphens. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The shape named {@code label} ({@link #label()}). */
    public static HostileText ofLabel(String label) {
        Objects.requireNonNull(label, "label");
        for (HostileText shape : values()) {
            if (shape.label().equals(label)) {
                return shape;
            }
        }
        throw new IllegalArgumentException("shape must be one of " + Arrays.stream(values()).map(HostileText::label).toList()
                + ", was '" + label + "'");
    }

    /**
     * A text of this shape of about {@code bytes} bytes in UTF-8 (at least that many, less one unit).
     *
     * @throws IllegalArgumentException if {@code bytes} is not positive
     */
    public String text(int bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("bytes must be at least 1, was " + bytes);
        }
        return maker.apply(bytes);
    }

    private static IntFunction<String> repeat(String unit) {
        int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
        return bytes -> unit.repeat(Math.max(1, bytes / unitBytes));
    }

    private static IntFunction<String> random(String alphabet) {
        return bytes -> {
            Random random = new Random(SEED);
            StringBuilder text = new StringBuilder();
            int size = 0;
            while (size < bytes) {
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                text.append(c);
                size += String.valueOf(c).getBytes(StandardCharsets.UTF_8).length;
            }
            return text.toString();
        };
    }

    private static final List<String> WORDS = List.of("the", "said", "minister", "of", "and", "Baghdad", "Ali",
            "government", "in", "Erbil", "people", "to", "Council", "a", "forces", "on", "city", "Ahmed", "new", "United");

    private static String noFullStop(int bytes) {
        Random random = new Random(SEED);
        StringBuilder text = new StringBuilder();
        int line = 0;
        while (text.length() < bytes) {
            String word = WORDS.get(random.nextInt(WORDS.size()));
            text.append(word);
            line += word.length() + 1;
            if (line > 70) {
                text.append('\n');
                line = 0;
            } else {
                text.append(' ');
            }
        }
        return text.toString();
    }

    private static final List<String> SYLLABLES = List.of("ka", "lo", "mi", "ra", "ten", "vor", "zu", "bel", "dan",
            "sho", "rik", "mel");

    private static String capitalised(String syllable) {
        return Character.toUpperCase(syllable.charAt(0)) + syllable.substring(1);
    }

    private static String hyphenChain(int bytes) {
        Random random = new Random(SEED);
        StringBuilder text = new StringBuilder();
        while (text.length() < bytes) {
            if (text.length() > 0) {
                text.append('-');
            }
            text.append(capitalised(SYLLABLES.get(random.nextInt(SYLLABLES.size()))));
        }
        return text.toString();
    }

    /** {@code PERSON<TAB>name<TAB>name}, each name of about half the bytes, in words of two or three syllables. */
    private static String longNames(int bytes) {
        return "PERSON\t" + madeUpName(bytes / 2, SEED) + "\t" + madeUpName(bytes / 2, SEED + 1);
    }

    private static String madeUpName(int bytes, long seed) {
        Random random = new Random(seed);
        StringBuilder name = new StringBuilder();
        do {
            if (name.length() > 0) {
                name.append(' ');
            }
            StringBuilder word = new StringBuilder();
            for (int k = 2 + random.nextInt(2); k > 0; k--) {
                word.append(SYLLABLES.get(random.nextInt(SYLLABLES.size())));
            }
            name.append(capitalised(word.toString()));
        } while (name.length() < bytes);
        return name.toString();
    }
}
