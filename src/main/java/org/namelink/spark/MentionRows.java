package org.namelink.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.namelink.mentions.AcronymDefinition;
import org.namelink.mentions.Mention;
import org.namelink.pipeline.DocumentMentions;

/**
 * A document's mentions as rows of {@link MentionColumns#SCHEMA}: what crosses from extraction to
 * resolution on Spark, and nothing more than {@link DocumentMentions} holds.
 *
 * <p>Stateless; thread-safe.
 */
final class MentionRows {

    private MentionRows() {
    }

    /**
     * The rows of one analysed document, in mention order, or its one error row. Each acronym
     * definition is set on a mention whose text is its long form, the first not yet carrying one
     * from where the previous definition was set (definitions come in mention order).
     */
    static List<Row> of(DocumentMentions document) {
        if (document.failed()) {
            return List.of(errorRow(document.id(), document.error().orElseThrow()));
        }
        List<Mention> mentions = document.mentions();
        String[] acronyms = new String[mentions.size()];
        int from = 0;
        for (AcronymDefinition definition : document.acronyms()) {
            for (int i = from; i < mentions.size(); i++) {
                if (mentions.get(i).text().equals(definition.longForm())) {
                    acronyms[i] = definition.acronym();
                    from = i + 1;
                    break;
                }
            }
        }
        List<Row> rows = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            rows.add(RowFactory.create(document.id(), i, m.start(), m.end(), m.text(), m.type().name(), m.source(),
                    m.typeFixed(), document.teamMentions().contains(i), acronyms[i], null));
        }
        return rows;
    }

    static Row errorRow(String documentId, String error) {
        return RowFactory.create(documentId, null, null, null, null, null, null, null, null, null, error);
    }
}
