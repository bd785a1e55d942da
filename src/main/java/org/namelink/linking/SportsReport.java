package org.namelink.linking;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Whether a document is a report of a team sport, read from its opening words (a news report names
 * its sport in the headline: "Soccer - ...", "Cricket: ..."), and the titles Wikipedia gives a
 * place's side in that sport ("X national football team", "X County Cricket Club"). In such a report
 * a place name mostly stands for its side, and the dictionary, whose anchors mostly name the place,
 * often lacks the side's article among the name's candidates.
 *
 * <p>Sports are marked among a document's {@link ContextWords} as {@code sport:NAME}, which no word
 * can be (words are letters only). Stateless and thread-safe.
 */
final class SportsReport {

    /** How many opening words are the headline: enough for "Soccer - Velmora beat Tessavia 2-1". */
    static final int HEADLINE_WORDS = 12;

    static final String MARK = "sport:";

    /** A headline's word for a team sport, and the sport's name in titles. */
    private static final Map<String, String> SPORT_WORDS = Map.ofEntries(
            Map.entry("soccer", "football"), Map.entry("football", "football"), Map.entry("cricket", "cricket"),
            Map.entry("rugby", "rugby"), Map.entry("basketball", "basketball"), Map.entry("baseball", "baseball"),
            Map.entry("hockey", "hockey"), Map.entry("volleyball", "volleyball"), Map.entry("handball", "handball"));

    /** Wikipedia's usual titles of a place's side, {@code %s} the place. */
    private static final Map<String, List<String>> TEAM_TITLES = Map.of(
            "football", List.of("%s national football team"),
            "cricket", List.of("%s national cricket team", "%s cricket team"),
            "rugby", List.of("%s national rugby union team", "%s national rugby league team"),
            "basketball", List.of("%s national basketball team"),
            "baseball", List.of("%s national baseball team"),
            "hockey", List.of("%s men's national ice hockey team", "%s national ice hockey team"),
            "volleyball", List.of("%s men's national volleyball team"),
            "handball", List.of("%s men's national handball team"));

    private SportsReport() {
    }

    /** The marks of the team sports the headline of {@code text} names (none for most documents). */
    static Set<String> marks(String text) {
        Objects.requireNonNull(text, "text");
        Set<String> marks = new LinkedHashSet<>();
        int words = 0;
        int start = -1;
        for (int i = 0; i <= text.length() && words < HEADLINE_WORDS; i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String sport = SPORT_WORDS.get(text.substring(start, i).toLowerCase(Locale.ROOT));
                if (sport != null) {
                    marks.add(MARK + sport);
                }
                words++;
                start = -1;
            }
        }
        return marks;
    }

    /** The sports marked among a document's words. */
    static Set<String> sports(Set<String> documentWords) {
        Set<String> sports = new LinkedHashSet<>();
        for (String w : documentWords) {
            if (w.startsWith(MARK)) {
                sports.add(w.substring(MARK.length()));
            }
        }
        return sports;
    }

    /**
     * The sports that more than half of an entity's documents report: the entity's sense in them is
     * its side's. None when it has no documents.
     */
    static Set<String> sportsOf(List<Set<String>> documents) {
        Set<String> out = new LinkedHashSet<>();
        if (documents.isEmpty()) {
            return out;
        }
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Set<String> words : documents) {
            for (String s : sports(words)) {
                counts.merge(s, 1, Integer::sum);
            }
        }
        counts.forEach((s, n) -> {
            if (2 * n > documents.size()) {
                out.add(s);
            }
        });
        return out;
    }

    /** The surfaces to look up for a place's side in {@code sport}: "Velmora national football team". */
    static List<String> teamSurfaces(String name, String sport) {
        List<String> out = new ArrayList<>();
        for (String pattern : TEAM_TITLES.getOrDefault(sport, List.of())) {
            out.add(String.format(Locale.ROOT, pattern, name));
        }
        return out;
    }
}
