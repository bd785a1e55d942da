/**
 * Finding typed mentions of people, places and organisations in analysed text: CoreNLP's CRF,
 * news patterns and gazetteers ({@link org.namelink.mentions.MentionFinder}), then document-level
 * stages that fix spans and types ({@link org.namelink.mentions.MentionStage}: span and context
 * rules, layout rules, one label per name in a document, teams in sports reports).
 *
 * <p>What a user needs from here: {@link org.namelink.mentions.Mention} and
 * {@link org.namelink.mentions.EntityType} in the results, and the two interfaces above to plug a
 * finder or a stage of one's own into {@code Namelink.builder()}.
 */
package org.namelink.mentions;
