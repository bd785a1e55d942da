package org.namelink.resolution;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Where an entity has its place in the world: an article of a knowledge base, with how sure the
 * linker is.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kb the knowledge base: {@value #WIKIPEDIA}
 * @param id the article's id there: a Wikipedia title with spaces as underscores ("Arbil")
 * @param url the article's address
 * @param score in [0, 1]: the linker's probability that this is the entity's article
 */
public record EntityLink(String kb, String id, String url, double score) {

    /** The knowledge base of English Wikipedia's articles. */
    public static final String WIKIPEDIA = "wikipedia";

    private static final String WIKIPEDIA_URL = "https://en.wikipedia.org/wiki/";

    public EntityLink {
        Objects.requireNonNull(kb, "kb");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        if (kb.isBlank() || id.isBlank()) {
            throw new IllegalArgumentException("kb and id must not be blank, were '" + kb + "', '" + id + "'");
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1], was " + score + " for " + id);
        }
    }

    /**
     * A link to the English Wikipedia article {@code title} (spaces or underscores), its address
     * encoded as Wikipedia writes its own: spaces as underscores, letters beyond ASCII and reserved
     * characters percent-encoded, but {@code ( ) , : ' !} and {@code /} kept.
     */
    public static EntityLink wikipedia(String title, double score) {
        Objects.requireNonNull(title, "title");
        String id = title.strip().replace(' ', '_');
        return new EntityLink(WIKIPEDIA, id, WIKIPEDIA_URL + encodeTitle(id), score);
    }

    static String encodeTitle(String id) {
        String encoded = URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
        // Characters Wikipedia leaves as they are in its own links.
        for (String keep : new String[] {"(", ")", ",", ":", "'", "!", "/", "*", "~", "@", "$", ";"}) {
            encoded = encoded.replace(URLEncoder.encode(keep, StandardCharsets.UTF_8), keep);
        }
        return encoded;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s:%s (%.2f)", kb, id, score);
    }
}
