package org.namelink.evaluation;

import java.util.List;

/**
 * One AIDA CoNLL-YAGO document with its PERSON/LOCATION/ORGANIZATION mentions labelled by
 * Wikidata id, so equal labels in different documents denote the same real entity.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id       {@code "aida-"} followed by the file's numeric id
 * @param text     the document text (tokens joined by single spaces)
 * @param mentions mentions whose {@code documentId} is {@code id} and whose spans lie in {@code text},
 *                 in text order
 */
public record AidaDocument(String id, String text, List<LabeledMention> mentions) {

    public AidaDocument {
        mentions = DocumentChecks.mentionsOf(id, text, mentions);
    }
}
