package org.namelink.jmh;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.namelink.io.ArticleReader;
import org.namelink.io.ArticleSource;
import org.namelink.pipeline.Article;

/** The documents the benchmarks run on: testdata/articles, or the directory in -Dnamelink.jmh.articles. */
final class Articles {

    private Articles() {
    }

    static List<Article> load() {
        Path dir = Path.of(System.getProperty("namelink.jmh.articles", "testdata/articles"));
        List<Article> out = new ArrayList<>();
        for (ArticleSource s : ArticleReader.read(List.of(dir))) {
            s.article().ifPresent(out::add);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no articles in " + dir.toAbsolutePath());
        }
        return out;
    }
}
