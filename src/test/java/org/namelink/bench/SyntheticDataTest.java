package org.namelink.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.namelink.mentions.EntityType;
import org.namelink.mentions.Mention;
import org.namelink.resolution.ResolverDocument;

class SyntheticDataTest {

    @Test
    void mentionsAreReproducibleAndVaried() {
        List<ResolverDocument> a = SyntheticMentions.of(5_000, 9).documents();
        assertThat(a).isEqualTo(SyntheticMentions.of(5_000, 9).documents());
        assertThat(a).isNotEqualTo(SyntheticMentions.of(5_000, 10).documents());
        int mentions = 0;
        Set<EntityType> types = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (ResolverDocument d : a) {
            for (Mention m : d.mentions()) {
                mentions++;
                types.add(m.type());
                texts.add(m.text());
            }
        }
        assertThat(mentions).isBetween(5_000, 5_100);
        assertThat(types).containsExactlyInAnyOrder(EntityType.values());
        assertThat(texts.size()).isGreaterThan(500);
        assertThat(a.stream().mapToInt(d -> d.acronyms().size()).sum()).isPositive();
    }

    @Test
    void articlesAreReproducible() {
        SyntheticArticles articles = SyntheticArticles.of(10, 1);
        assertThat(articles.article(3)).isEqualTo(SyntheticArticles.of(10, 1).article(3));
        assertThat(articles.article(3).id()).isEqualTo("synthetic-0000003");
        assertThat(articles.article(3).text()).isNotBlank().contains(".");
    }
}
