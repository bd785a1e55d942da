package org.namelink.evaluation;

import java.util.List;

/**
 * One CoNLL-2003 document rebuilt as text, with its PERSON/LOCATION/ORGANIZATION gold mentions.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id       e.g. {@code testa-001}
 * @param text     sentences joined by {@code "\n"}, tokens within a sentence by single spaces
 * @param mentions mentions whose {@code documentId} is {@code id} and whose spans lie in {@code text},
 *                 in text order
 */
public record ConllDocument(String id, String text, List<LabeledMention> mentions) {

    public ConllDocument {
        mentions = DocumentChecks.mentionsOf(id, text, mentions);
    }
}
