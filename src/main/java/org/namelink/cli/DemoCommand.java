package org.namelink.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.namelink.io.ArticleReader;
import org.namelink.io.ArticleSource;
import org.namelink.io.EntityTableWriter;
import org.namelink.pipeline.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Resolves the entities of the five bundled articles and prints them as a table.")
final class DemoCommand implements Callable<Integer> {

    static final String BUNDLED = "/org/namelink/demo/articles";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, URISyntaxException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ArticleSource> sources = bundledArticles();
        Corpus corpus = CorpusRunner.run(sources, CorpusRunner.Settings.defaults(), err);
        out.printf("Namelink demo: %d articles, %d entities%n%n", corpus.processedCount(), corpus.entities().size());
        new EntityTableWriter().write(corpus, out);
        return corpus.processedCount() > 0 ? 0 : 1;
    }

    /** testdata/articles when run from the project, else the copies packaged in the jar. */
    static List<ArticleSource> bundledArticles() throws IOException, URISyntaxException {
        Path local = Path.of("testdata", "articles");
        if (Files.isDirectory(local)) {
            return ArticleReader.read(List.of(local));
        }
        URL url = DemoCommand.class.getResource(BUNDLED);
        if (url == null) {
            throw new IOException("bundled articles " + BUNDLED + " are missing from the classpath");
        }
        URI uri = url.toURI();
        if ("jar".equals(uri.getScheme())) {
            try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                return ArticleReader.read(List.of(fs.getPath(BUNDLED)));
            }
        }
        return ArticleReader.read(List.of(Path.of(uri)));
    }
}
