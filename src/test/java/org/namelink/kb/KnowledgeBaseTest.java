package org.namelink.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.namelink.mentions.EntityType;
import org.namelink.names.NameMatcher;

/** The index built from small made-up dictionaries, looked up, and refused when damaged. */
class KnowledgeBaseTest {

    /** Made-up surfaces and titles; lines of one title together, as in CoreNLP's dictionary. */
    private static final String DICTIONARY = String.join("\n",
            "Velmora\tVelmora\t0.62",
            "Velmora city\tVelmora\t1.0",
            "Velmóra\tVelmora\t0.9",
            "Velmora\tVelmora_(river)\t0.30",
            "Velmora FC\tVelmora_F.C.\t0.95",
            "Velmora\tVelmora_F.C.\t0.08",
            "Tarquin Oszlo\tTarquin_Oszlo\t1.0",
            "Oszlo\tTarquin_Oszlo\t0.4",
            "Oszlo\tOszlo_Glacier\t0.6",
            "the Brindlewood Accord\tBrindlewood_Accord\t1.0",
            "!!!\tTriple_Bang\t1.0",
            "") + "\n";

    @TempDir
    Path dir;

    @Test
    void looksUpTheTitlesOfASurfaceRankedByPrior() throws IOException {
        try (KnowledgeBase kb = build(DICTIONARY, KnowledgeBaseIndex.builder().build())) {
            // Velmora and Velmóra fold to one key: each title's prior is the mean over the two surfaces.
            List<Candidate> velmora = kb.candidates("Velmora");
            assertThat(velmora).extracting(Candidate::title).containsExactly("Velmora", "Velmora_(river)", "Velmora_F.C.");
            assertThat(velmora).extracting(Candidate::prior).satisfiesExactly(p -> assertThat(p).isCloseTo(0.76, within(1e-6)),
                    p -> assertThat(p).isCloseTo(0.15, within(1e-6)), p -> assertThat(p).isCloseTo(0.04, within(1e-6)));
            assertThat(kb.candidates("Velmora", 2)).extracting(Candidate::title).containsExactly("Velmora", "Velmora_(river)");
            assertThat(kb.candidates("Oszlo")).extracting(Candidate::title).containsExactly("Oszlo_Glacier", "Tarquin_Oszlo");
            assertThat(kb.candidates("Velmora FC")).containsExactly(new Candidate("Velmora_F.C.", 0.95f));
            assertThat(kb.candidates("Oszlo")).extracting(Candidate::prior).containsExactly((double) 0.6f, (double) 0.4f);
            assertThat(kb.candidates("Quennelby")).isEmpty();
            assertThat(kb.titleCount()).isEqualTo(7); // Triple_Bang too, though its only surface is left out
            assertThat(kb.surfaceCount()).isEqualTo(6); // velmora, velmora city, velmora fc, tarquin oszlo, oszlo, brindlewood accord
            assertThat(kb.pairCount()).isEqualTo(9);
        }
    }

    @Test
    void foldsCaseAccentsPossessivesAndTheAsTheMatcherDoes() throws IOException {
        try (KnowledgeBase kb = build(DICTIONARY, KnowledgeBaseIndex.builder().build())) {
            List<Candidate> expected = kb.candidates("Velmora");
            assertThat(expected).hasSize(3);
            for (String spelling : List.of("VELMORA", "velmora", "Vélmorà", "Velmora's", "the Velmora")) {
                assertThat(kb.candidates(spelling)).as(spelling).isEqualTo(expected);
            }
            assertThat(kb.candidates("Brindlewood Accord")).extracting(Candidate::title).containsExactly("Brindlewood_Accord");
            // A person's name analysed by the matcher looks up its own key: without the title.
            var form = NameMatcher.defaults().analyzer().analyze("President Tarquin Oszlo", EntityType.PERSON);
            assertThat(kb.candidates(form)).extracting(Candidate::title).containsExactly("Tarquin_Oszlo");
        }
    }

    @Test
    void leavesOutSurfacesWithNothingToCompareAndOverlongOnes() throws IOException {
        String longSurface = "Velmora ".repeat(20).trim();
        try (KnowledgeBase kb = build(DICTIONARY + longSurface + "\tVelmora_(long)\t1.0\n",
                KnowledgeBaseIndex.builder().build())) {
            assertThat(kb.candidates("!!!")).isEmpty();
            assertThat(kb.candidates(longSurface)).isEmpty();
            assertThat(kb.candidates("Velmora")).extracting(Candidate::title).doesNotContain("Velmora_(long)");
        }
    }

    @Test
    void mergesRunsAndTitlesThatAreNotTogether() throws IOException {
        // Three entries a run, and Velmora's lines apart: one title id, one posting per (surface, title).
        String scattered = DICTIONARY + "Velmora town\tVelmora\t0.7\nVelmora\tVelmora\t0.5\n";
        try (KnowledgeBase kb = build(scattered, KnowledgeBaseIndex.builder().threads(3).runEntries(3).build())) {
            assertThat(kb.titleCount()).isEqualTo(7);
            assertThat(kb.candidates("Velmora")).extracting(Candidate::title)
                    .containsExactly("Velmora", "Velmora_(river)", "Velmora_F.C.");
            assertThat(kb.candidates("Velmora town")).containsExactly(new Candidate("Velmora", 0.7f));
            // Velmora -> Velmora twice (0.62, then 0.5): one surface, its larger prior; with Velmóra's 0.9, 0.76.
            assertThat(kb.candidates("Velmora").get(0).prior()).isCloseTo(0.76, within(1e-6));
        }
    }

    @Test
    void readsAGzippedDictionaryAndRebuildsInPlace() throws IOException {
        Path gz = dir.resolve("dict.tab.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(DICTIONARY.getBytes(StandardCharsets.UTF_8));
        }
        Path index = dir.resolve("index");
        KnowledgeBaseIndex.build(WikiDictionary.ofFile(gz), index);
        KnowledgeBaseIndex.build(WikiDictionary.ofFile(gz), index);
        try (KnowledgeBase kb = KnowledgeBase.open(index)) {
            assertThat(kb.candidates("Tarquin Oszlo")).extracting(Candidate::title).containsExactly("Tarquin_Oszlo");
            assertThat(kb.isBuiltFrom(WikiDictionary.ofFile(gz))).isTrue();
            kb.verify();
        }
        try (var files = Files.list(index)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("kb.index");
        }
    }

    @Test
    void aMalformedLineFailsTheBuildNamingItsNumberAndLeavesTheOldIndex() throws IOException {
        Path index = dir.resolve("index");
        build(DICTIONARY, KnowledgeBaseIndex.builder().build()).close();
        Path bad = write("Velmora\tVelmora\t0.5\nVelmora\tVelmora\n");
        assertThatThrownBy(() -> KnowledgeBaseIndex.build(WikiDictionary.ofFile(bad), index))
                .isInstanceOf(IOException.class).hasMessageContaining("line 2").hasMessageContaining("surface<TAB>title<TAB>probability");
        Path badPrior = write("Velmora\tVelmora\t1.5\n");
        assertThatThrownBy(() -> KnowledgeBaseIndex.build(WikiDictionary.ofFile(badPrior), index))
                .isInstanceOf(IOException.class).hasMessageContaining("line 1").hasMessageContaining("[0, 1]");
        try (KnowledgeBase kb = KnowledgeBase.open(index)) {
            assertThat(kb.candidates("Oszlo")).hasSize(2);
        }
    }

    @Test
    void refusesAMissingTruncatedOrDamagedIndexSayingWhy() throws IOException {
        Path index = dir.resolve("index");
        assertThatThrownBy(() -> KnowledgeBase.open(index)).isInstanceOf(InvalidIndexException.class)
                .hasMessageContaining("no knowledge-base index").hasMessageContaining("namelink kb-index");
        build(DICTIONARY, KnowledgeBaseIndex.builder().build()).close();
        Path file = index.resolve("kb.index");
        byte[] good = Files.readAllBytes(file);

        Files.write(file, java.util.Arrays.copyOf(good, good.length - 5));
        assertThatThrownBy(() -> KnowledgeBase.open(index)).isInstanceOf(InvalidIndexException.class)
                .hasMessageContaining("is truncated").hasMessageContaining("rebuild it with namelink kb-index");
        Files.write(file, java.util.Arrays.copyOf(good, 100));
        assertThatThrownBy(() -> KnowledgeBase.open(index)).hasMessageContaining("is truncated");

        byte[] header = good.clone();
        header[IndexFormat.AT_KEYS + 3] ^= 1;
        Files.write(file, header);
        assertThatThrownBy(() -> KnowledgeBase.open(index)).isInstanceOf(InvalidIndexException.class)
                .hasMessageContaining("is damaged").hasMessageContaining("checksum");

        Files.writeString(file, "surface\ttitle\t1.0\n".repeat(500));
        assertThatThrownBy(() -> KnowledgeBase.open(index)).isInstanceOf(InvalidIndexException.class)
                .hasMessageContaining("is not a Namelink knowledge-base index");

        byte[] version = good.clone();
        ByteBuffer.wrap(version).putInt(IndexFormat.AT_VERSION, IndexFormat.VERSION + 1);
        Files.write(file, version);
        assertThatThrownBy(() -> KnowledgeBase.open(index)).hasMessageContaining("format version " + (IndexFormat.VERSION + 1));

        byte[] data = good.clone();
        data[data.length - 3] ^= 0x40; // a prior's bits: opening cannot see it, verify() does
        Files.write(file, data);
        try (KnowledgeBase kb = KnowledgeBase.open(index)) {
            assertThatThrownBy(kb::verify).isInstanceOf(InvalidIndexException.class)
                    .hasMessageContaining("section POSTINGS").hasMessageContaining("checksum");
        }
    }

    @Test
    void refusesAnIndexBuiltWithAnotherFolding() throws IOException {
        build(DICTIONARY, KnowledgeBaseIndex.builder().build()).close();
        Path file = dir.resolve("index").resolve("kb.index");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer header = ByteBuffer.allocate(IndexFormat.HEADER_BYTES);
            ch.read(header, 0);
            header.putLong(IndexFormat.AT_FINGERPRINT, header.getLong(IndexFormat.AT_FINGERPRINT) + 1);
            header.putInt(IndexFormat.AT_HEADER_CRC, IndexFormat.crc(header));
            ch.write(header.clear(), 0);
        }
        assertThatThrownBy(() -> KnowledgeBase.open(dir.resolve("index"))).isInstanceOf(InvalidIndexException.class)
                .hasMessageContaining("another name folding");
    }

    @Test
    void looksUpFromManyThreadsAtOnceWithTheAnswersOfOne() throws Exception {
        StringBuilder dict = new StringBuilder();
        List<String> surfaces = new ArrayList<>();
        for (int t = 0; t < 300; t++) {
            for (int s = 0; s < 1 + t % 4; s++) {
                String surface = "Kelv" + (char) ('a' + s) + "ro " + (t % 97);
                surfaces.add(surface);
                dict.append(surface).append('\t').append("Kelvaro_").append(t).append('\t').append((t % 10) / 10.0).append('\n');
            }
        }
        try (KnowledgeBase kb = build(dict.toString(), KnowledgeBaseIndex.builder().runEntries(100).build())) {
            List<List<Candidate>> expected = new ArrayList<>();
            for (String s : surfaces) {
                expected.add(kb.candidates(s));
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                for (int thread = 0; thread < 8; thread++) {
                    int offset = thread;
                    results.add(pool.submit(() -> {
                        for (int round = 0; round < 50; round++) {
                            for (int i = 0; i < surfaces.size(); i++) {
                                int j = (i + offset * 37) % surfaces.size();
                                if (!kb.candidates(surfaces.get(j)).equals(expected.get(j))) {
                                    return false;
                                }
                            }
                        }
                        return true;
                    }));
                }
                for (Future<Boolean> r : results) {
                    assertThat(r.get()).isTrue();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(expected).allSatisfy(c -> assertThat(c).isNotEmpty());
        }
    }

    @Test
    void aClosedKnowledgeBaseRefusesLookUpsAndBadArgumentsAreNamed() throws IOException {
        KnowledgeBase kb = build(DICTIONARY, KnowledgeBaseIndex.builder().build());
        assertThatThrownBy(() -> kb.candidates("Velmora", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max");
        kb.close();
        assertThatThrownBy(() -> kb.candidates("Velmora")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> KnowledgeBaseIndex.builder().threads(0)).hasMessageContaining("threads");
    }

    @Test
    void withoutTheKbpJarThereIsNoDictionary() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThat(WikiDictionary.onClassPath(empty)).isEmpty();
        }
        // The test class path has the optional KBP jar: found, and named by the checksum the jar records.
        assertThat(WikiDictionary.onClassPath()).hasValueSatisfying(d -> {
            assertThat(d.id()).contains("models-english-kbp").contains("CRC-32");
            assertThat(d.defaultIndexDirectory()).hasValueSatisfying(
                    index -> assertThat(index.getFileName().toString()).startsWith("kb-wikidict-"));
        });
    }

    private KnowledgeBase build(String dictionary, KnowledgeBaseIndex index) throws IOException {
        Path index1 = dir.resolve("index");
        index.write(WikiDictionary.ofFile(write(dictionary)), index1);
        return KnowledgeBase.open(index1);
    }

    private Path write(String text) throws IOException {
        Path f = Files.createTempFile(dir, "dict", ".tab");
        Files.writeString(f, text);
        return f;
    }
}
