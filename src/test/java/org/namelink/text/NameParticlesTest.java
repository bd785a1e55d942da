package org.namelink.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NameParticlesTest {

    @Test
    void recognisesTheArticleInAnyCaseAndItsSunLetterForms() {
        assertThat(NameParticles.isArabicArticle("Al")).isTrue();
        assertThat(NameParticles.isArabicArticle("ASH")).isTrue();
        assertThat(NameParticles.isArabicArticle("ed")).isTrue();
        assertThat(NameParticles.isArabicArticle("the")).isFalse();
        assertThat(NameParticles.isArabicArticle("a")).isFalse();
    }

    @Test
    void theRegexMatchesEveryFormWholeAndPrefersTheLongest() {
        Pattern p = Pattern.compile("(" + NameParticles.ARABIC_ARTICLE_REGEX + ")-");
        for (String article : NameParticles.ARABIC_ARTICLES) {
            assertThat(p.matcher(article + "-").matches()).as(article).isTrue();
        }
        java.util.regex.Matcher m = p.matcher("ash-Sharqiya");
        assertThat(m.lookingAt()).isTrue();
        assertThat(m.group(1)).isEqualTo("ash");
    }
}
