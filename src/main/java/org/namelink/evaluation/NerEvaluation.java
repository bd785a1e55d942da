package org.namelink.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.namelink.mentions.EntityType;
import org.namelink.text.Span;

/**
 * Scores predicted mentions against gold mentions, entity by entity; entity labels are ignored.
 *
 * <ul>
 *   <li><b>Exact</b>: a prediction is correct when a gold mention has the same document, span and
 *       type, as in CoNLL's {@code conlleval}. Duplicates are matched one-to-one, so repeating a
 *       prediction does not earn a second true positive.</li>
 *   <li><b>Overlap</b>: a prediction is correct when it shares at least one character with a gold
 *       mention of the same type in the same document that no other prediction has claimed. Exact
 *       pairs are matched first, then the rest greedily in span order (each prediction takes the
 *       earliest unclaimed overlapping gold mention); so overlap is never below exact.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class NerEvaluation {

    private NerEvaluation() {
    }

    /** Scores {@code predicted} against {@code gold}; both may mix documents and be in any order. */
    public static NerReport evaluate(List<LabeledMention> gold, List<LabeledMention> predicted) {
        List<LabeledMention> goldCopy = List.copyOf(Objects.requireNonNull(gold, "gold must not be null"));
        List<LabeledMention> predictedCopy =
                List.copyOf(Objects.requireNonNull(predicted, "predicted must not be null"));

        Map<EntityType, long[]> counts = new EnumMap<>(EntityType.class);   // {tp, predicted, gold}
        for (EntityType type : EntityType.values()) {
            counts.put(type, new long[3]);
        }
        Map<GroupKey, List<Span>> goldGroups = group(goldCopy);
        Map<GroupKey, List<Span>> predictedGroups = group(predictedCopy);
        long overlapTp = 0;
        for (Map.Entry<GroupKey, List<Span>> entry : predictedGroups.entrySet()) {
            List<Span> goldSpans = goldGroups.getOrDefault(entry.getKey(), List.of());
            long[] typeCounts = counts.get(entry.getKey().type());
            MatchCounts matched = match(goldSpans, entry.getValue());
            typeCounts[0] += matched.exact();
            overlapTp += matched.overlap();
        }
        for (LabeledMention m : predictedCopy) {
            counts.get(m.type())[1]++;
        }
        for (LabeledMention m : goldCopy) {
            counts.get(m.type())[2]++;
        }

        Map<EntityType, PrfScore> byType = new EnumMap<>(EntityType.class);
        PrfScore exact = PrfScore.ZERO;
        for (Map.Entry<EntityType, long[]> entry : counts.entrySet()) {
            long[] c = entry.getValue();
            PrfScore score = PrfScore.of(c[0], c[1], c[2]);
            byType.put(entry.getKey(), score);
            exact = exact.plus(score);
        }
        PrfScore overlap = PrfScore.of(overlapTp, predictedCopy.size(), goldCopy.size());
        return new NerReport(exact, overlap, byType);
    }

    private record GroupKey(String documentId, EntityType type) {
    }

    private record MatchCounts(long exact, long overlap) {
    }

    private static Map<GroupKey, List<Span>> group(List<LabeledMention> mentions) {
        Map<GroupKey, List<Span>> groups = new HashMap<>();
        for (LabeledMention m : mentions) {
            groups.computeIfAbsent(new GroupKey(m.documentId(), m.type()), k -> new ArrayList<>()).add(m.span());
        }
        for (List<Span> spans : groups.values()) {
            spans.sort(Comparator.naturalOrder());
        }
        return groups;
    }

    /** Matches spans of one document and type; both lists are sorted. */
    private static MatchCounts match(List<Span> gold, List<Span> predicted) {
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predictedUsed = new boolean[predicted.size()];
        long exact = 0;
        // Exact pass: both lists are sorted, so equal spans are found by a merge.
        for (int g = 0, p = 0; g < gold.size() && p < predicted.size(); ) {
            int c = gold.get(g).compareTo(predicted.get(p));
            if (c == 0) {
                goldUsed[g++] = true;
                predictedUsed[p++] = true;
                exact++;
            } else if (c < 0) {
                g++;
            } else {
                p++;
            }
        }
        long overlap = exact;
        for (int p = 0; p < predicted.size(); p++) {
            if (predictedUsed[p]) {
                continue;
            }
            Span span = predicted.get(p);
            for (int g = 0; g < gold.size() && gold.get(g).start() < span.end(); g++) {
                if (!goldUsed[g] && gold.get(g).overlaps(span)) {
                    goldUsed[g] = true;
                    overlap++;
                    break;
                }
            }
        }
        return new MatchCounts(exact, overlap);
    }
}
