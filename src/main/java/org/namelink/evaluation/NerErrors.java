package org.namelink.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.namelink.mentions.EntityType;

/**
 * NER errors by kind, the gold mentions without an exact match counted by their type:
 *
 * <ul>
 *   <li><b>type</b>: a prediction has the gold span but another type;</li>
 *   <li><b>boundary</b>: a prediction of the gold type overlaps it with another span;</li>
 *   <li><b>both</b>: only predictions of another type and span overlap it;</li>
 *   <li><b>missed</b>: no prediction overlaps it;</li>
 * </ul>
 * and <b>spurious</b>: predictions without an exact match that overlap no gold mention, counted by
 * their own type. A prediction may explain the errors of several gold mentions (one span over two
 * names is a boundary error of each). Exact matches are one-to-one, as in {@link NerEvaluation}.
 *
 * @param counts per type, the counts of {@link Kind}s; has every type
 */
public record NerErrors(Map<EntityType, Map<Kind, Long>> counts) {

    /** The kinds of error. */
    public enum Kind {
        BOUNDARY, TYPE, BOTH, MISSED, SPURIOUS
    }

    public NerErrors {
        Objects.requireNonNull(counts, "counts must not be null");
        EnumMap<EntityType, Map<Kind, Long>> copy = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            EnumMap<Kind, Long> kinds = new EnumMap<>(Kind.class);
            for (Kind k : Kind.values()) {
                kinds.put(k, counts.getOrDefault(t, Map.of()).getOrDefault(k, 0L));
            }
            copy.put(t, java.util.Collections.unmodifiableMap(kinds));
        }
        counts = java.util.Collections.unmodifiableMap(copy);
    }

    /** Classifies the errors of {@code predicted} against {@code gold}. */
    public static NerErrors of(List<LabeledMention> gold, List<LabeledMention> predicted) {
        Objects.requireNonNull(gold, "gold must not be null");
        Objects.requireNonNull(predicted, "predicted must not be null");
        Map<String, List<LabeledMention>> predictedByDoc = byDocument(predicted);
        Map<ExactKey, Integer> unmatchedPredicted = new HashMap<>();
        predicted.forEach(p -> unmatchedPredicted.merge(ExactKey.of(p), 1, Integer::sum));
        List<LabeledMention> goldLeft = new ArrayList<>();
        for (LabeledMention g : gold) {
            ExactKey key = ExactKey.of(g);
            if (unmatchedPredicted.getOrDefault(key, 0) > 0) {
                unmatchedPredicted.merge(key, -1, Integer::sum);
            } else {
                goldLeft.add(g);
            }
        }
        Map<EntityType, Map<Kind, Long>> counts = new EnumMap<>(EntityType.class);
        for (LabeledMention g : goldLeft) {
            add(counts, g.type(), kind(g, predictedByDoc.getOrDefault(g.documentId(), List.of())));
        }
        Map<String, List<LabeledMention>> goldByDoc = byDocument(gold);
        for (Map.Entry<ExactKey, Integer> e : unmatchedPredicted.entrySet()) {
            ExactKey p = e.getKey();
            boolean overlaps = goldByDoc.getOrDefault(p.documentId(), List.of()).stream()
                    .anyMatch(g -> g.span().overlaps(p.span()));
            if (!overlaps) {
                for (int i = 0; i < e.getValue(); i++) {
                    add(counts, p.type(), Kind.SPURIOUS);
                }
            }
        }
        return new NerErrors(counts);
    }

    private static Kind kind(LabeledMention g, List<LabeledMention> predicted) {
        boolean sameType = false;
        boolean otherType = false;
        for (LabeledMention p : predicted) {
            if (p.span().equals(g.span()) && p.type() != g.type()) {
                return Kind.TYPE;
            }
            if (p.span().overlaps(g.span())) {
                sameType |= p.type() == g.type();
                otherType |= p.type() != g.type();
            }
        }
        return sameType ? Kind.BOUNDARY : otherType ? Kind.BOTH : Kind.MISSED;
    }

    private static void add(Map<EntityType, Map<Kind, Long>> counts, EntityType type, Kind kind) {
        counts.computeIfAbsent(type, t -> new EnumMap<>(Kind.class)).merge(kind, 1L, Long::sum);
    }

    private static Map<String, List<LabeledMention>> byDocument(List<LabeledMention> mentions) {
        Map<String, List<LabeledMention>> m = new HashMap<>();
        mentions.forEach(x -> m.computeIfAbsent(x.documentId(), d -> new ArrayList<>()).add(x));
        return m;
    }

    private record ExactKey(String documentId, org.namelink.text.Span span, EntityType type) {
        static ExactKey of(LabeledMention m) {
            return new ExactKey(m.documentId(), m.span(), m.type());
        }
    }

    /** The count of {@code kind} for {@code type}. */
    public long count(EntityType type, Kind kind) {
        return counts.get(Objects.requireNonNull(type, "type")).get(Objects.requireNonNull(kind, "kind"));
    }

    /** A table: a row per type and one for all, a column per kind. */
    public String report() {
        StringBuilder b = new StringBuilder("NER errors by kind (gold type; spurious by predicted type):\n");
        b.append(String.format(Locale.ROOT, "  %-13s %8s %6s %6s %7s %9s%n", "", "boundary", "type", "both",
                "missed", "spurious"));
        long[] all = new long[Kind.values().length];
        for (EntityType t : EntityType.values()) {
            long[] row = new long[Kind.values().length];
            for (Kind k : Kind.values()) {
                row[k.ordinal()] = count(t, k);
                all[k.ordinal()] += row[k.ordinal()];
            }
            b.append(row(t.name(), row));
        }
        b.append(row("all", all));
        return b.toString();
    }

    private static String row(String label, long[] r) {
        return String.format(Locale.ROOT, "  %-13s %8d %6d %6d %7d %9d%n", label, r[0], r[1], r[2], r[3], r[4]);
    }
}
