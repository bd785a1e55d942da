package org.namelink.resolution.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.namelink.mentions.EntityType;
import org.namelink.names.NameMatcher;
import org.namelink.resolution.EntityResolver;

class ResolutionPlanTest {

    private static final NameMatcher MATCHER = NameMatcher.defaults();
    private static final ResolutionPlan PLAN = ResolutionPlan.of(EntityResolver.create(MATCHER));

    /** A block member as an executor would hold it; every member searches the block {@code key}. */
    private record Member(long id, NameGroup name, List<String> blockingKeys, Optional<String> candidateKey,
                          boolean searchesSpellings) implements ResolutionPlan.Candidate {
        @Override
        public boolean isPrior() {
            return false;
        }
    }

    private static Member member(long id, String name, String key) {
        NameGroup g = PairDecisionsTest.group(EntityType.PERSON, name);
        return new Member(id, g, PLAN.blockingKeys(g), Optional.of(key), true);
    }

    private record Decided(long g, long h, ResolutionPlan.Kind kind) {
    }

    /** Both passes over one block, as the Spark executor makes them: short forms, then the full names' spellings. */
    private static List<Decided> decide(String key, List<Member> members) {
        List<Decided> out = new ArrayList<>();
        PLAN.decideShortForms(key, members, (g, kind, f) -> out.add(new Decided(g.id(), f.h().id(), kind)));
        java.util.Set<Long> shortForms = new java.util.HashSet<>();
        out.forEach(d -> shortForms.add(d.g()));
        List<Member> known = members.stream().map(m -> shortForms.contains(m.id()) ? new Member(m.id(), m.name(),
                m.blockingKeys(), m.candidateKey(), false) : m).toList();
        PLAN.decideSpellings(key, known, m -> !shortForms.contains(m.id()),
                (g, kind, f) -> out.add(new Decided(g.id(), f.h().id(), kind)));
        return out;
    }

    @Test
    void aBlocksShapesFindTheLongFormsThePairByPairTestFinds() {
        // Made-up names of all three types; repeated last words, initials, a team sense, an acronym.
        String[] names = {"Torvak", "Miran Torvak", "M. Torvak", "Miran Torvack", "Elsa Torvak", "Miran Elsk Torvak",
            "Torvack", "Torvak Elsk", "Velka Hora", "Hora", "Horra", "North Hora", "Velka Hora Group", "Hora Group",
            "VHG", "Miran", "Torvak Torvak", "T. Torvak"};
        PairDecisions decisions = PairDecisions.of(MATCHER);
        int fits = 0;
        for (EntityType type : EntityType.values()) {
            List<Member> block = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                NameGroup g = PairDecisionsTest.group(type, names[i], type == EntityType.LOCATION && i % 5 == 0);
                block.add(new Member(i, g, PLAN.blockingKeys(g), Optional.of("k"), true));
            }
            ShortFormBlock shapes = ShortFormBlock.of(block);
            for (Member g : block) {
                List<Long> pairByPair = block.stream().filter(h -> decisions.shortForm(g.name(), h.name()).isPresent())
                        .map(Member::id).toList();
                fits += pairByPair.size();
                assertThat(PLAN.shortFormFits(g, block, shapes, h -> true)).extracting(f -> f.h().id())
                        .as("%s %s", type, g.name()).containsExactlyElementsOf(pairByPair);
            }
        }
        assertThat(fits).as("short forms found").isGreaterThan(20);
    }

    @Test
    void choosesTheSmallestBlockOfMoreThanOneNameTheFirstOfEquals() {
        Map<String, Long> sizes = Map.of("a", 1L, "b", 7L, "c", 3L, "d", 3L);
        assertThat(ResolutionPlan.chooseBlock(List.of("a", "b", "c", "d"), sizes::get))
                .contains(new ResolutionPlan.Block("c", 3));
        assertThat(ResolutionPlan.chooseBlock(List.of("a"), sizes::get)).contains(new ResolutionPlan.Block("a", 1));
        assertThat(ResolutionPlan.chooseBlock(List.of(), sizes::get)).isEmpty();
    }

    @Test
    void searchesSpellingsOnlyUpToTheLargestBlock() {
        assertThat(ResolutionPlan.searchesSpellings(CandidateBlocks.MAX_SPELLING_BLOCK)).isTrue();
        assertThat(ResolutionPlan.searchesSpellings(CandidateBlocks.MAX_SPELLING_BLOCK + 1)).isFalse();
    }

    @Test
    void decidesEachSpellingPairOnceAndShortFormsWithTheirLongForms() {
        Member full = member(0, "Mikhail Dorofeyev", "");
        Member respelt = member(1, "Mikhail Dorofeev", "");
        Member alone = member(2, "Dorofeyev", "");
        String key = full.blockingKeys().stream().filter(respelt.blockingKeys()::contains)
                .filter(alone.blockingKeys()::contains).findFirst().orElseThrow();
        List<Member> block = List.of(withKey(full, key), withKey(respelt, key), withKey(alone, key));

        List<Decided> decided = decide(key, block);

        assertThat(decided).filteredOn(d -> d.kind() == ResolutionPlan.Kind.SPELLING)
                .containsExactly(new Decided(0, 1, ResolutionPlan.Kind.SPELLING));
        assertThat(decided).filteredOn(d -> d.kind() == ResolutionPlan.Kind.SHORT_FORM)
                .contains(new Decided(2, 0, ResolutionPlan.Kind.SHORT_FORM));
    }

    @Test
    void shortFormsNeitherSearchNorAreFoundForSpellings() {
        Member full = member(0, "Mikhail Dorofeyev", "");
        Member respelt = member(1, "Mikhail Dorofeev", "");
        Member alone = member(2, "Dorofeyev", "");
        Member aloneRespelt = member(3, "Dorofeev", "");
        String key = full.blockingKeys().stream().filter(respelt.blockingKeys()::contains)
                .filter(alone.blockingKeys()::contains).filter(aloneRespelt.blockingKeys()::contains)
                .findFirst().orElseThrow();
        List<Member> block = List.of(withKey(full, key), withKey(respelt, key), withKey(alone, key),
                withKey(aloneRespelt, key));
        // Alone, the two one-word spellings would join: the plan's own decision says so.
        assertThat(PLAN.spellings(block.get(2), block, h -> true, (a, b) -> false))
                .extracting(f -> f.h().id()).contains(3L);

        List<Decided> decided = decide(key, block);

        assertThat(decided).filteredOn(d -> d.kind() == ResolutionPlan.Kind.SPELLING)
                .containsExactly(new Decided(0, 1, ResolutionPlan.Kind.SPELLING));
        assertThat(decided).filteredOn(d -> d.kind() == ResolutionPlan.Kind.SHORT_FORM)
                .extracting(Decided::g).containsOnly(2L, 3L);
    }

    @Test
    void aMemberSearchingAnotherBlockIsNoSearcherHere() {
        Member full = member(0, "Mikhail Dorofeyev", "elsewhere");
        Member alone = member(2, "Dorofeyev", "elsewhere");
        assertThat(decide(full.blockingKeys().get(0), List.of(full, alone))).isEmpty();
    }

    @Test
    void spellingsOfNamesWrittenInOneDocumentAreDropped() {
        Member full = member(0, "Mikhail Dorofeyev", "");
        Member respelt = member(1, "Mikhail Dorofeev", "");
        assertThat(PLAN.spellings(full, List.of(full, respelt), h -> true, (a, b) -> true)).isEmpty();
        assertThat(PLAN.spellings(full, List.of(full, respelt), h -> true, (a, b) -> false))
                .singleElement().satisfies(f -> assertThat(f.checkDocuments()).isTrue());
    }

    @Test
    void aliasJoinsGoToTheFirstGroupOfTheirAlias() {
        List<String> groups = List.of("x1", "y1", "x2", "z", "x3");
        assertThat(ResolutionPlan.aliasJoins(groups, g -> g.equals("z") ? Optional.empty() : Optional.of(g.substring(0, 1))))
                .containsExactly(List.of("x2", "x1"), List.of("x3", "x1"));
    }

    @Test
    void entityKeysOfClustersAndOfShortFormsAloneNeverMeet() {
        assertThat(EntityKey.of(5, false, 2, OptionalLong.empty())).isEqualTo(EntityKey.cluster(2));
        assertThat(EntityKey.of(5, true, 5, OptionalLong.of(2))).isEqualTo(EntityKey.cluster(2));
        EntityKey alone = EntityKey.of(0, true, 0, OptionalLong.empty());
        assertThat(alone.isCluster()).isFalse();
        assertThat(alone.group()).isZero();
        assertThat(alone).isNotEqualTo(EntityKey.cluster(0));
    }

    private static Member withKey(Member m, String key) {
        return new Member(m.id(), m.name(), m.blockingKeys(), Optional.of(key), true);
    }
}
