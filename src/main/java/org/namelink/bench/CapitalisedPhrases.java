package org.namelink.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs of capitalised words in a text ("Ain al-Asad", "The Pentagon", "Monday"): what a name
 * looked up in the knowledge base looks like, without the pipeline that finds real mentions, for
 * the knowledge base's benchmarks (names and chrome alike, as they come).
 *
 * <p>Stateless and thread-safe.
 */
public final class CapitalisedPhrases {

    private static final Pattern PHRASE = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:[ ](?:(?:al|el|bin|of|the|de)[ -])?\\p{Lu}[\\p{L}\\p{M}'’.-]*)*");

    private CapitalisedPhrases() {
    }

    /** The runs of capitalised words of {@code text}, in order, repeats kept. */
    public static List<String> of(String text) {
        Objects.requireNonNull(text, "text");
        List<String> out = new ArrayList<>();
        Matcher m = PHRASE.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
