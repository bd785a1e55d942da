package org.namelink.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train-tagger's usage errors and {@code --crf}'s model files; training itself is TaggerTrainingTest's. */
class TrainTaggerCommandTest {

    @TempDir
    Path dir;

    @Test
    void crfTakesAShortNameOrAModelFile() throws IOException {
        assertThat(CorpusRunner.CrfModel.parse("conll4class").name()).isEqualTo("conll4class");
        Path model = Files.writeString(dir.resolve("m.crf.ser.gz"), "x");
        assertThat(CorpusRunner.CrfModel.parse(model.toString())).isEqualTo(
                new CorpusRunner.CrfModel("file", model.toString()));
        assertThatThrownBy(() -> CorpusRunner.CrfModel.parse("all4class"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'all4class'").hasMessageContaining("all3class, conll4class, muc7class");
    }

    @Test
    void anUnknownCrfIsAUsageError() {
        CommandLineTest.Run run = CommandLineTest.run("eval", "--conll", "x", "--crf", "nosuchmodel");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nosuchmodel");
    }

    @Test
    void aMissingTrainingFileOrUnknownFeatureIsAUsageError() {
        CommandLineTest.Run missing = CommandLineTest.run("train-tagger", "--train", dir.resolve("none").toString(),
                "--out", dir.resolve("out").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("missing");
        CommandLineTest.Run feature = CommandLineTest.run("train-tagger", "--train", dir.resolve("none").toString(),
                "--out", dir.resolve("out").toString(), "--features", "embeddings");
        assertThat(feature.exitCode()).isEqualTo(2);
        assertThat(feature.err()).contains("'embeddings'").contains("distsim");
    }
}
