package org.namelink.linking;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.namelink.kb.Candidate;
import org.namelink.mentions.EntityType;

/**
 * The ranking rules of {@link KnowledgeBaseLinker}, one small function each, so that each can be
 * tested alone on a made-up dictionary.
 *
 * <p>Stateless and thread-safe.
 */
final class LinkRules {

    /** Words of titles too common to tell one article from another by context. */
    private static final Set<String> PLAIN_WORDS = Set.of("the", "and", "for", "national", "team", "club", "city",
            "county", "state", "province", "district", "people", "group", "company", "party", "born", "name",
            "united", "new", "north", "south", "east", "west", "men", "women", "association", "union");

    /** A word of a title and a word a report uses instead: soccer reports rarely say "football". */
    private static final Map<String, String> SYNONYMS = Map.of("football", "soccer", "association", "soccer");

    private LinkRules() {
    }

    /**
     * The prior of each article over the entity's variants: each variant's candidates weighted by
     * its mentions, divided by the mentions of the variants the dictionary knows at all (a spelling it
     * lacks does not lower the others' priors). Articles in order of first appearance.
     *
     * @param candidates per variant, its candidates (empty when the dictionary lacks it)
     * @param mentions per variant, its mentions (at least 1 counted for each)
     */
    static Map<String, Double> variantPrior(Map<String, List<Candidate>> candidates, Map<String, Integer> mentions) {
        Map<String, Double> prior = new LinkedHashMap<>();
        double weight = 0;
        for (Map.Entry<String, List<Candidate>> v : candidates.entrySet()) {
            if (v.getValue().isEmpty()) {
                continue;
            }
            int w = Math.max(1, mentions.getOrDefault(v.getKey(), 1));
            weight += w;
            for (Candidate c : v.getValue()) {
                prior.merge(c.title(), w * c.prior(), Double::sum);
            }
        }
        if (weight > 0) {
            double total = weight;
            prior.replaceAll((title, p) -> Math.min(1.0, p / total));
        }
        return prior;
    }

    /**
     * The share of the prior that the dictionary's known variants keep when the entity's canonical
     * name, its fullest, is a name of several words the dictionary lacks: the canonical name's
     * weight then counts for "none of the candidates" (a full name no article is linked with is most
     * likely someone else than the articles of its surname). 1 otherwise: a short spelling the
     * dictionary lacks (a misspelling, an acronym) does not dilute the others.
     *
     * @param candidates per variant, its candidates (empty when the dictionary lacks it)
     * @param mentions per variant, its weight, the canonical name's among them
     * @param canonical the entity's canonical name
     */
    static double knownShare(Map<String, List<Candidate>> candidates, Map<String, Integer> mentions,
                             String canonical) {
        if (!candidates.getOrDefault(canonical, List.of()).isEmpty() || canonical.strip().split("\\s+").length < 2) {
            return 1;
        }
        double known = 0;
        for (Map.Entry<String, List<Candidate>> v : candidates.entrySet()) {
            if (!v.getValue().isEmpty()) {
                known += Math.max(1, mentions.getOrDefault(v.getKey(), 1));
            }
        }
        double missing = Math.max(1, mentions.getOrDefault(canonical, 1));
        return known / (known + missing);
    }

    /**
     * How well an article's kind fits the entity's type: 1 the same kind, 0 unknown, negative
     * another kind. A team's sense (a place standing for its side) wants a team; an organisation
     * may be a club.
     */
    static double typeFit(EntityType type, boolean team, TitleKind kind) {
        if (kind == TitleKind.UNKNOWN) {
            return 0;
        }
        if (kind == TitleKind.OTHER) {
            return -1;
        }
        if (team) {
            return kind == TitleKind.TEAM ? 1 : kind == TitleKind.LOCATION ? -0.5 : -1;
        }
        // A match helps little: most articles' titles say nothing of their kind, and must not lose for it.
        switch (type) {
            case PERSON:
                return kind == TitleKind.PERSON ? MATCH : -1;
            case LOCATION:
                return kind == TitleKind.LOCATION ? MATCH : kind == TitleKind.TEAM ? -0.25 : -1;
            case ORGANIZATION:
                return kind == TitleKind.ORGANIZATION || kind == TitleKind.TEAM ? MATCH
                        : kind == TitleKind.LOCATION ? -0.5 : -1;
            default:
                return 0;
        }
    }

    /**
     * Whether an article may be an entity's at all: never a work, an event, a ship, a list or a
     * document ({@link TitleKind#OTHER}), whatever share of a name's anchors point to it ("Gulf"
     * mostly to the Gulf War): a person, place or organisation in the news is none of those. Its
     * share of the prior is left to "none of the candidates".
     */
    static boolean mayBeEntity(String title) {
        return mayBeEntity(TitleKind.of(title));
    }

    /** {@link #mayBeEntity(String)} of a title whose kind is known. */
    static boolean mayBeEntity(TitleKind kind) {
        return kind != TitleKind.OTHER;
    }

    /**
     * What an organisation's name earns beyond {@link #typeFit} for a place's article by the
     * territory it names ({@link TitleKind#territory}). A country stands for its state and
     * government, an organisation ("Tessavia said"): +0.5, so that it is neither helped nor hurt. A
     * division of a country's territory (a province, a county) hardly ever does: an organisation named
     * like one is something else that takes its name (a news agency, a company, a club outside a
     * sports report): -0.5, so that it counts as another kind altogether. 0 otherwise, for another
     * type, and for a side's sense (a sports report's county is its club: {@link #typeFit}).
     */
    static double territoryFit(EntityType type, boolean team, TitleKind.Territory territory) {
        if (type != EntityType.ORGANIZATION || team) {
            return 0;
        }
        return switch (territory) {
            case COUNTRY -> 0.5;
            case SUBDIVISION -> -0.5;
            case NONE -> 0;
        };
    }

    /** What a title of the entity's own kind earns. */
    static final double MATCH = 0.25;

    /**
     * The words of an article's title beyond the entity's own name, the ones that say which article
     * it is ("cricket" in "England cricket team"), without words every such title has; none for a
     * title that shares no word with the name.
     */
    static Set<String> distinctiveWords(String title, Set<String> nameWords) {
        return distinctiveWords(ContextWords.of(title.replace('_', ' ')), nameWords);
    }

    /** {@link #distinctiveWords(String, Set)} of a title whose words ({@link ContextWords#of}) are known. */
    static Set<String> distinctiveWords(Set<String> titleWords, Set<String> nameWords) {
        if (java.util.Collections.disjoint(titleWords, nameWords)) {
            // Not a sense of this name ("United States" among Chicago's candidates): no words to confirm it by.
            return Set.of();
        }
        Set<String> words = new HashSet<>();
        for (String w : titleWords) {
            if (!nameWords.contains(w) && !PLAIN_WORDS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * The share of an article's distinctive words that the entity's documents use (0 when the title
     * has none: the plain article is neither helped nor hurt).
     */
    static double context(Set<String> distinctive, Set<String> documentWords) {
        if (distinctive.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : distinctive) {
            if (documentWords.contains(w) || documentWords.contains(SYNONYMS.getOrDefault(w, w))) {
                shared++;
            }
        }
        return (double) shared / distinctive.size();
    }

    /**
     * The share of an article's distinctive words found among the words of the articles linked for
     * the other entities of the same documents: a cricket club beside confirms a cricket team.
     */
    static double coherence(Set<String> distinctive, Set<String> linkedTitleWords) {
        return context(distinctive, linkedTitleWords);
    }

    /**
     * Whether an article's title is another name for the entity, sharing none of its words, diacritics
     * aside ("Tessavia" among the candidates of "Tessavian Republic"): no word of it can confirm it by
     * context, but the article itself can, when another entity of the same documents is linked to it
     * ({@link #aliasCoherence}).
     */
    static boolean isAlias(Set<String> titleWords, Set<String> nameWords) {
        return isAliasOfFolded(titleWords, withoutMarks(nameWords));
    }

    /** {@link #isAlias} with the name's words already {@link #withoutMarks}: once per entity, not per title. */
    static boolean isAliasOfFolded(Set<String> titleWords, Set<String> foldedNameWords) {
        // A name without words to compare (an acronym of two letters) makes every article look like an alias.
        if (titleWords.isEmpty() || foldedNameWords.isEmpty()) {
            return false;
        }
        for (String w : titleWords) {
            if (foldedNameWords.contains(withoutMarks(w))) {
                return false;
            }
        }
        return true;
    }

    /** The words without their diacritics ("coruña" → "coruna"). */
    static Set<String> withoutMarks(Set<String> words) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(withoutMarks(w)));
        return out;
    }

    private static String withoutMarks(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                String folded = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD);
                StringBuilder b = new StringBuilder(folded.length());
                folded.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                        .forEach(b::appendCodePoint);
                return b.toString();
            }
        }
        return word; // plain ASCII: nothing to fold (most words)
    }

    /**
     * An alias's coherence: the share of the entity's documents where another entity is linked to the
     * article itself (a report that names a country calls it by another name too). Only for a name
     * whose candidates are all aliases (the linker asks): a name with an article of its own is that
     * article's (a capital beside its country is the capital), and a sense of the name itself (the
     * city beside its club) is no alias.
     *
     * @param title the article
     * @param linkedTitles per document of the entity, the articles linked for the other entities there
     */
    static double aliasCoherence(String title, List<Set<String>> linkedTitles) {
        if (linkedTitles.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (Set<String> titles : linkedTitles) {
            if (titles.contains(title)) {
                shared++;
            }
        }
        return (double) shared / linkedTitles.size();
    }

    /**
     * Whether an article can be a person's by its name: 0 when it can, -1 when its title, without
     * the parenthesis, is one word (a surname's or a place's page) or begins with a given name whose
     * initial none of the person's full names has ("Ian Fleming" for D. Fleming). Other types: 0.
     */
    static double personNameFit(EntityType type, String title, Iterable<String> variants) {
        if (type != EntityType.PERSON) {
            return 0;
        }
        String main = title.replace('_', ' ');
        int paren = main.indexOf(" (");
        if (paren > 0) {
            main = main.substring(0, paren);
        }
        String[] words = main.strip().split("\\s+");
        if (words.length < 2) {
            return -1;
        }
        Set<Integer> initials = new HashSet<>();
        for (String v : variants) {
            String[] parts = v.strip().split("\\s+");
            if (parts.length >= 2 && !parts[0].isEmpty()) {
                initials.add(foldedInitial(parts[0]));
            }
        }
        if (initials.isEmpty() || words[0].isEmpty()) {
            return 0; // a surname alone: nothing to compare the given name with
        }
        return initials.contains(foldedInitial(words[0])) ? 0 : -1;
    }

    private static int foldedInitial(String word) {
        String folded = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD);
        return Character.toLowerCase(folded.codePointAt(0));
    }

    /**
     * Whether an article's title is one of the entity's names itself (its parenthesis left out): the
     * name's own article, a place's, never its side's, which Wikipedia titles otherwise.
     */
    static boolean isPlainName(String title, Iterable<String> variants) {
        String main = title.replace('_', ' ');
        int paren = main.indexOf(" (");
        if (paren > 0) {
            main = main.substring(0, paren);
        }
        for (String v : variants) {
            if (v.strip().equalsIgnoreCase(main.strip())) {
                return true;
            }
        }
        return false;
    }

    /** The words of a name, as {@link ContextWords} reads them. */
    static Set<String> nameWords(Iterable<String> variants) {
        Set<String> words = new HashSet<>();
        for (String v : variants) {
            words.addAll(ContextWords.of(v.toLowerCase(Locale.ROOT)));
        }
        return words;
    }
}
