package org.namelink.examples;

import java.util.List;
import org.namelink.mentions.Mention;
import org.namelink.pipeline.Article;
import org.namelink.pipeline.Corpus;
import org.namelink.pipeline.Namelink;
import org.namelink.resolution.Entity;

public class ReadmeExample {
    public static void main(String[] args) {
        Namelink namelink = Namelink.builder().build(); // loads the models once (2 s); thread-safe, share it

        // One text: its typed mentions, with half-open offsets into the text
        for (Mention m : namelink.analyze("Masoud Barzani spoke in Erbil on Monday.").mentions()) {
            System.out.println(m.text() + " " + m.type() + " " + m.start() + "-" + m.end());
        }

        // Several articles: entities across them, every spelling joined and why
        Corpus corpus = namelink.process(List.of(
                new Article("a1", "Masoud Barzani spoke in Erbil on Monday."),
                new Article("a2", "Aid reached Irbil, where Barzani met the governor.")));
        for (Entity e : corpus.entities()) {
            System.out.println(e.id() + " " + e.name() + " " + e.type() + " " + e.variants() + " " + e.documents());
            e.reasons().forEach(r -> System.out.println("    " + r.explanation()));
        }
        corpus.entity("Irbil").ifPresent(e -> System.out.println("Irbil is " + e.name()));
    }
}
