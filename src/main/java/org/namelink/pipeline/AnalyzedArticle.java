package org.namelink.pipeline;

import java.util.List;
import java.util.Objects;
import org.namelink.mentions.Mention;
import org.namelink.text.AnalyzedText;
import org.namelink.text.Sentence;

/**
 * One article after analysis: sentences, tokens and typed mentions, all with offsets into the
 * original text.
 *
 * <p>Immutable and thread-safe.
 */
public record AnalyzedArticle(String id, AnalyzedText analysis, List<Mention> mentions) {

    public AnalyzedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(analysis, "analysis");
        mentions = List.copyOf(mentions);
    }

    public String text() {
        return analysis.text();
    }

    public List<Sentence> sentences() {
        return analysis.sentences();
    }
}
