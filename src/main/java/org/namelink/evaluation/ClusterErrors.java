package org.namelink.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Where the cross-document pairwise errors of a clustering come from: the system entities that join
 * the most cross-document pairs of different gold entities (false joins), and the gold entities whose
 * cross-document pairs the system splits the most (splits), each with the spellings of its pieces.
 * The false pairs of all system entities add up to {@link ClusterEvaluation}'s predicted minus true
 * pairs, and the split pairs of all gold entities to its gold minus true pairs; the same mentions are
 * scored (the gold ones, a mention the system missed being an entity of its own).
 *
 * <p>Stateless and thread-safe.
 */
public final class ClusterErrors {

    /** Which side an error is counted on. */
    public enum Kind {
        /** One system entity holds mentions of several gold entities. */
        FALSE_JOIN,
        /** One gold entity's mentions are in several system entities. */
        SPLIT
    }

    /**
     * One erroneous entity and its pieces.
     *
     * @param kind   false join (the entity is a system one, the pieces gold ones) or split (the reverse)
     * @param entity the entity's label
     * @param pairs  the cross-document pairs this entity gets wrong
     * @param pieces the entity's pieces, largest first: each the other side's label and its spellings
     *               with their counts
     */
    public record ClusterError(Kind kind, String entity, long pairs, List<Piece> pieces) {
        public ClusterError {
            Objects.requireNonNull(kind, "kind must not be null");
            Objects.requireNonNull(entity, "entity must not be null");
            pieces = List.copyOf(Objects.requireNonNull(pieces, "pieces must not be null"));
        }

        /** One line: kind, pairs, the entity and its pieces. */
        public String describe() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-10s %6d pairs  %s:",
                    kind == Kind.FALSE_JOIN ? "false join" : "split", pairs, entity));
            for (Piece p : pieces) {
                StringJoiner spellings = new StringJoiner(", ", "  [" + p.label() + " ", "]");
                p.spellings().forEach((s, c) -> spellings.add(c > 1 ? s + " x" + c : s));
                b.append(spellings);
            }
            return b.toString();
        }
    }

    /**
     * A piece of an erroneous entity.
     *
     * @param label     the other side's label
     * @param spellings the mentions' spellings and how often each occurs, most frequent first
     */
    public record Piece(String label, Map<String, Integer> spellings) {
        public Piece {
            Objects.requireNonNull(label, "label must not be null");
            Objects.requireNonNull(spellings, "spellings must not be null");
            spellings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(spellings));
        }
    }

    private ClusterErrors() {
    }

    /**
     * The {@code limit} worst false joins and the {@code limit} worst splits, each by cross-document
     * pairs, the worst first.
     *
     * @param gold      gold mentions (the scored ones)
     * @param predicted system mentions; those at no gold mention's document and span are ignored
     * @param texts     document id to text, to spell the mentions
     * @param limit     how many of each kind; at least 0
     * @throws IllegalArgumentException if two gold mentions, or two predicted mentions, share a
     *                                  document and span (as {@link ClusterEvaluation#evaluate})
     */
    public static List<ClusterError> largest(List<LabeledMention> gold, List<LabeledMention> predicted,
                                             Map<String, String> texts, int limit) {
        Objects.requireNonNull(gold, "gold must not be null");
        Objects.requireNonNull(predicted, "predicted must not be null");
        Objects.requireNonNull(texts, "texts must not be null");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be at least 0, was " + limit);
        }
        Map<String, String> systemLabels = new HashMap<>();
        for (LabeledMention m : predicted) {
            if (systemLabels.putIfAbsent(m.documentId() + '\u0000' + m.span(), m.entity()) != null) {
                throw new IllegalArgumentException("predicted must hold one mention per document and span, "
                        + "but document '" + m.documentId() + "' has two at " + m.span());
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        Map<String, List<Scored>> bySystem = new HashMap<>();
        Map<String, List<Scored>> byGold = new HashMap<>();
        int missed = 0;
        for (LabeledMention m : gold) {
            String key = m.documentId() + '\u0000' + m.span();
            if (!seen.add(key)) {
                throw new IllegalArgumentException("gold must hold one mention per document and span, "
                        + "but document '" + m.documentId() + "' has two at " + m.span());
            }
            String system = systemLabels.get(key);
            if (system == null) {
                system = "(not found #" + (++missed) + ")";
            }
            String text = texts.getOrDefault(m.documentId(), "");
            String spelling = m.span().end() <= text.length() ? m.span().coveredText(text) : m.span().toString();
            Scored s = new Scored(m.documentId(), m.entity(), system, spelling);
            bySystem.computeIfAbsent(system, k -> new ArrayList<>()).add(s);
            byGold.computeIfAbsent(m.entity(), k -> new ArrayList<>()).add(s);
        }
        List<ClusterError> errors = new ArrayList<>();
        errors.addAll(worst(Kind.FALSE_JOIN, bySystem, Scored::gold, limit));
        errors.addAll(worst(Kind.SPLIT, byGold, Scored::system, limit));
        return List.copyOf(errors);
    }

    private record Scored(String document, String gold, String system, String spelling) {
    }

    private static List<ClusterError> worst(Kind kind, Map<String, List<Scored>> clusters,
                                            java.util.function.Function<Scored, String> otherSide, int limit) {
        List<ClusterError> errors = new ArrayList<>();
        for (Map.Entry<String, List<Scored>> cluster : clusters.entrySet()) {
            Map<String, List<Scored>> pieces = new TreeMap<>();
            for (Scored s : cluster.getValue()) {
                pieces.computeIfAbsent(otherSide.apply(s), k -> new ArrayList<>()).add(s);
            }
            if (pieces.size() < 2) {
                continue;
            }
            long wrong = crossDocumentPairs(cluster.getValue());
            for (List<Scored> piece : pieces.values()) {
                wrong -= crossDocumentPairs(piece);
            }
            if (wrong == 0) {
                continue;
            }
            List<Piece> described = pieces.entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<String, List<Scored>> e) -> -e.getValue().size())
                            .thenComparing(Map.Entry::getKey))
                    .map(e -> new Piece(e.getKey(), spellings(e.getValue())))
                    .toList();
            errors.add(new ClusterError(kind, cluster.getKey(), wrong, described));
        }
        errors.sort(Comparator.comparingLong((ClusterError e) -> -e.pairs()).thenComparing(ClusterError::entity));
        return errors.subList(0, Math.min(limit, errors.size()));
    }

    private static Map<String, Integer> spellings(List<Scored> mentions) {
        Map<String, Integer> counts = new TreeMap<>();
        mentions.forEach(s -> counts.merge(s.spelling(), 1, Integer::sum));
        Map<String, Integer> ordered = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getValue()))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    /** Pairs of mentions in different documents. */
    private static long crossDocumentPairs(List<Scored> mentions) {
        Map<String, Long> perDocument = new HashMap<>();
        mentions.forEach(s -> perDocument.merge(s.document(), 1L, Long::sum));
        long n = mentions.size();
        long pairs = n * (n - 1) / 2;
        for (long c : perDocument.values()) {
            pairs -= c * (c - 1) / 2;
        }
        return pairs;
    }
}
