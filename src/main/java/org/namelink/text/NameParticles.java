package org.namelink.text;

import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Arabic definite article as news writes it in names (al-Asad, ash-Sharqiya, el-Sisi,
 * ed-Din), in one place for every stage that must recognise it: the tokenizer splits at its
 * hyphen, the span rules join it to the name that follows, and name analysis drops it for
 * comparison.
 *
 * <p>Stateless and thread-safe.
 */
public final class NameParticles {

    /** The article and its assimilated forms (sun letters), lower case. */
    public static final Set<String> ARABIC_ARTICLES = Set.of(
            "al", "el", "ul", "ad", "an", "ar", "as", "ash", "at", "az", "ed", "es", "et", "ez");

    /**
     * Alternation of {@link #ARABIC_ARTICLES}, longest first, case-insensitive, for regular
     * expressions that look for the article written before a name.
     */
    public static final String ARABIC_ARTICLE_REGEX = ARABIC_ARTICLES.stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .collect(Collectors.joining("|", "(?i:", ")"));

    private NameParticles() {
    }

    /** True when {@code word} is a form of the Arabic article, in any case. */
    public static boolean isArabicArticle(String word) {
        return ARABIC_ARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }
}
