package org.namelink.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.namelink.kb.Candidate;
import org.namelink.kb.KnowledgeBase;
import org.namelink.linking.KnowledgeBaseLinker.Subject;
import org.namelink.mentions.EntityType;

/**
 * The articles an entity may be, with their prior: the first part of {@link KnowledgeBaseLinker}'s
 * ranking, which reads the knowledge base and no context but the sports its reports are about. Its
 * most mentioned variants are looked up, each weighted by the mentions that contain it (the canonical
 * name as if it had every mention); an organisation none of whose variants the dictionary knows
 * through its leading words; in a sports report, each variant's side under Wikipedia's usual titles.
 *
 * <p>Thread-safe: the knowledge base and the title facts are, and nothing else is kept.
 */
final class EntityCandidates {

    /** The variants looked up: the most mentioned ones. */
    static final int MAX_VARIANTS = 12;
    /** The prior given a side's article found by its usual title: a rare sense, which context must confirm. */
    static final double SIDE_PRIOR = 0.02;
    /** The variants whose sides are looked up. */
    static final int SIDE_VARIANTS = 3;

    private final KnowledgeBase kb;
    private final TitleFacts titleFacts;
    private final int maxCandidates;

    EntityCandidates(KnowledgeBase kb, TitleFacts titleFacts, int maxCandidates) {
        this.kb = kb;
        this.titleFacts = titleFacts;
        this.maxCandidates = maxCandidates;
    }

    /**
     * Each candidate article's prior over the entity's variants ({@link LinkRules#variantPrior}),
     * scaled by the share of the entity's weight the dictionary knows ({@link LinkRules#knownShare}),
     * with the sides of {@code sports} (empty outside sports reports) added.
     */
    Map<String, Double> prior(Subject e, Set<String> sports) {
        Map<String, Integer> mentions = variantMentions(e);
        Map<String, List<Candidate>> candidates = new LinkedHashMap<>();
        for (String v : mentions.keySet()) {
            candidates.put(v, kb.candidates(v, maxCandidates));
        }
        if (e.type() == EntityType.ORGANIZATION && candidates.values().stream().allMatch(List::isEmpty)) {
            // The tagger may have taken the next word into an organisation's name ("X Airlines Boeing"):
            // its leading words, when they name an organisation's article, are a variant as weighty as
            // the name, whose absence from the dictionary still counts for "none" (knownShare).
            String name = e.name();
            leadingOrganisation(name).ifPresent(lead -> {
                candidates.put(lead.getKey(), lead.getValue());
                mentions.put(lead.getKey(), mentions.getOrDefault(name, 1));
            });
        }
        double known = LinkRules.knownShare(candidates, mentions, e.name());
        Map<String, Double> prior = LinkRules.variantPrior(candidates, mentions);
        prior.replaceAll((title, value) -> value * known);
        addSides(prior, mentions.keySet(), sports);
        return prior;
    }

    /** The entity's most mentioned variants, each with the mentions that contain it, and its canonical name. */
    static Map<String, Integer> variantMentions(Subject e) {
        Map<String, Long> counts = new HashMap<>();
        List<String> lowerVariants = new ArrayList<>();
        for (String v : e.variants()) {
            lowerVariants.add(v.toLowerCase(Locale.ROOT));
        }
        e.mentionTexts().forEach((mentionText, n) -> {
            String text = mentionText.toLowerCase(Locale.ROOT);
            for (int i = 0; i < lowerVariants.size(); i++) {
                if (text.contains(lowerVariants.get(i))) {
                    counts.merge(e.variants().get(i), n, Long::sum);
                }
            }
        });
        Map<String, Integer> out = new LinkedHashMap<>();
        e.variants().stream().sorted(Comparator.comparingLong((String v) -> -counts.getOrDefault(v, 0L)))
                .limit(MAX_VARIANTS).forEach(v -> out.put(v, Math.max(1, asInt(counts.getOrDefault(v, 0L)))));
        // The canonical name, the fullest, is the least ambiguous: it counts as if it had every mention
        // (an acronym written more often than the name, AFP, must not decide alone).
        out.put(e.name(), Math.max(out.getOrDefault(e.name(), 1), asInt(e.mentionCount())));
        return out;
    }

    private static int asInt(long count) {
        return (int) Math.min(count, Integer.MAX_VALUE);
    }

    /**
     * The longest run of an organisation's name's leading words, of at least two words and not the
     * whole name, whose most likely article (with a prior of at least 0.5) is an organisation's or a
     * team's by its title, with its candidates: the organisation the name's boundary overshot.
     */
    private Optional<Map.Entry<String, List<Candidate>>> leadingOrganisation(String name) {
        String[] words = name.strip().split("\\s+");
        for (int k = words.length - 1; k >= 2; k--) {
            String lead = String.join(" ", java.util.Arrays.asList(words).subList(0, k));
            List<Candidate> found = kb.candidates(lead, maxCandidates);
            if (!found.isEmpty() && found.get(0).prior() >= 0.5) {
                TitleKind kind = titleFacts.kind(found.get(0).title());
                if (kind == TitleKind.ORGANIZATION || kind == TitleKind.TEAM) {
                    return Optional.of(Map.entry(lead, found));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Adds, for each sport, the side's article under Wikipedia's usual titles ("X national football
     * team") when the dictionary has it, at {@link #SIDE_PRIOR}: a place's anchors mostly name the
     * place, so its side is often not among its candidates at all.
     */
    private void addSides(Map<String, Double> prior, Set<String> variants, Set<String> sports) {
        for (String sport : sports) {
            variants.stream().distinct().limit(SIDE_VARIANTS).forEach(v -> {
                for (String surface : SportsReport.teamSurfaces(v, sport)) {
                    for (Candidate c : kb.candidates(surface, 1)) {
                        if (c.prior() >= 0.5 && titleFacts.kind(c.title()) == TitleKind.TEAM) {
                            prior.merge(c.title(), SIDE_PRIOR, Math::max);
                        }
                    }
                }
            });
        }
    }
}
