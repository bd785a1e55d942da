package org.namelink.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.namelink.bench.SyntheticMentions;
import org.namelink.mentions.EntityType;
import org.namelink.mentions.Mention;
import org.namelink.names.NameForm;
import org.namelink.names.NameMatcher;

/**
 * The resolver rules out candidates with {@link UnitKey} before comparing them in full; the rule
 * must never rule out a pair the matcher would find similar, so resolution is the same with and
 * without it.
 */
class CandidateFilterTest {

    private static final NameMatcher MATCHER = NameMatcher.defaults();

    @Test
    void neverRulesOutWordsTheMatcherFindsSimilar() {
        Set<String> words = new LinkedHashSet<>(List.of("Erbil", "Irbil", "Arbil", "Mosul", "Mousul", "Qassem",
                "Kassem", "Qasim", "Soleimani", "Suleimani", "Hokayem", "Hokayemm", "Hokayen", "Guard", "Guards",
                "Khamenei", "Khamenie", "Iran", "Oran", "Asad", "Assad", "Ein", "Ain", "Gaddafi", "Qadhafi",
                "Qaddafi", "Zelensky", "Zelenskyy", "Zelenskiy", "Netanyahu", "Netanyahou", "Schwarzenegger",
                "Schwarzeneger", "Abu Mahdi", "Abu Mehdi", "Abdel Aziz", "Abdelaziz", "bin Salman", "ibn Salman",
                "Forces", "Force", "1991", "1992", "Aya", "Aia"));
        // Synthetic names come with their transliteration variants: similar pairs abound among them.
        for (ResolverDocument d : SyntheticMentions.of(2_000, 5).documents()) {
            for (Mention m : d.mentions()) {
                if (words.size() < 600) {
                    words.addAll(List.of(m.text().split(" ")));
                }
            }
        }
        List<String> list = new ArrayList<>(words);
        int similar = 0;
        for (EntityType type : EntityType.values()) {
            List<NameForm> forms = new ArrayList<>();
            for (String w : list) {
                NameForm f = MATCHER.analyzer().analyze(w, type);
                if (f.units().size() == 1 && !f.isAcronym()) {
                    forms.add(f);
                }
            }
            for (int i = 0; i < forms.size(); i++) {
                for (int j = i + 1; j < forms.size(); j++) {
                    NameForm a = forms.get(i);
                    NameForm b = forms.get(j);
                    if (MATCHER.fullMatch(a, b).score() > 0) {
                        similar++;
                        assertThat(UnitKey.of(a.units().get(0)).maySimilar(UnitKey.of(b.units().get(0)), type))
                                .as("%s %s / %s", type, a.units(), b.units()).isTrue();
                    }
                }
            }
        }
        assertThat(similar).isGreaterThan(100);
    }

    @Test
    void rulesOutPlainlyDifferentWords() {
        assertThat(UnitKey.of("mosul").maySimilar(UnitKey.of("baghdad"), EntityType.LOCATION)).isFalse();
        assertThat(UnitKey.of("guards").maySimilar(UnitKey.of("guard"), EntityType.ORGANIZATION)).isTrue();
    }

    @Test
    void resolutionIsTheSameWithAndWithoutTheFilter() {
        EntityResolver filtered = EntityResolver.create(MATCHER);
        EntityResolver full = EntityResolver.withoutCandidateFilter(MATCHER);
        for (long seed = 1; seed <= 3; seed++) {
            List<ResolverDocument> docs = SyntheticMentions.of(20_000, seed).documents();
            Resolution r = filtered.resolve(docs);
            assertThat(r).isEqualTo(full.resolve(docs));
            assertThat(r.entities().stream().filter(e -> e.variants().size() > 1)).hasSizeGreaterThan(100);
        }
    }
}
