package org.namelink.evaluation;

import java.util.List;
import java.util.Objects;

/** Validation shared by the document records of the gold readers. Stateless and thread-safe. */
final class DocumentChecks {

    private DocumentChecks() {
    }

    /**
     * Checks that every mention belongs to document {@code id} and lies inside {@code text};
     * returns an unmodifiable copy of {@code mentions}.
     */
    static List<LabeledMention> mentionsOf(String id, String text, List<LabeledMention> mentions) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must be non-blank, was " + (id == null ? "null" : "'" + id + "'"));
        }
        Objects.requireNonNull(text, "text must not be null");
        List<LabeledMention> copy = List.copyOf(Objects.requireNonNull(mentions, "mentions must not be null"));
        for (LabeledMention m : copy) {
            if (!m.documentId().equals(id)) {
                throw new IllegalArgumentException("mention documentId must be the document's id '" + id
                        + "', was '" + m.documentId() + "'");
            }
            if (m.span().end() > text.length()) {
                throw new IllegalArgumentException("mention span must end within the text (length "
                        + text.length() + ") of document '" + id + "', was " + m.span());
            }
        }
        return copy;
    }
}
