package org.namelink.io;

import java.util.Objects;
import java.util.Optional;
import org.namelink.pipeline.Article;

/**
 * An input document as read: its article, or why it could not be read.
 *
 * <p>Immutable and thread-safe.
 */
public record ArticleSource(String id, Optional<Article> article, Optional<String> error) {

    /** The error type of a document whose input could not be read (see {@code ProcessedDocument.errorType}). */
    public static final String UNREADABLE = "unreadable";

    public ArticleSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(error, "error");
        if (article.isPresent() == error.isPresent()) {
            throw new IllegalArgumentException("exactly one of article and error must be present for '" + id + "'");
        }
    }

    public static ArticleSource ok(Article article) {
        return new ArticleSource(article.id(), Optional.of(article), Optional.empty());
    }

    public static ArticleSource failed(String id, String error) {
        return new ArticleSource(id, Optional.empty(), Optional.of(error));
    }
}
