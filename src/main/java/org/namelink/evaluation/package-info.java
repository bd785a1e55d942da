/**
 * Measuring Namelink against human gold: readers for gold data and scorers for mentions and entities.
 *
 * <p>Everything here speaks {@link org.namelink.evaluation.LabeledMention}: a document id, a
 * {@link org.namelink.text.Span}, an {@link org.namelink.mentions.EntityType} and a cluster label.
 * Gold and system output are both turned into such lists (the pipeline converts its own results),
 * so this package depends on nothing in Namelink but {@code text} and {@code mentions}.
 *
 * <ul>
 *   <li>Gold readers: {@link org.namelink.evaluation.GoldTsvReader} (the project's own regression
 *       gold), {@link org.namelink.evaluation.ConllReader} (CoNLL-2003, NER only) and
 *       {@link org.namelink.evaluation.AidaReader} (AIDA CoNLL-YAGO with Wikidata ids, a
 *       cross-document resolution gold).</li>
 *   <li>Scorers: {@link org.namelink.evaluation.NerEvaluation} (entity-level exact and overlap
 *       precision/recall/F1) and {@link org.namelink.evaluation.ClusterEvaluation} (B³, MUC,
 *       CEAFe, their CoNLL average, and cross-document pairwise scores).</li>
 * </ul>
 */
package org.namelink.evaluation;
