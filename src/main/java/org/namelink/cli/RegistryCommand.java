package org.namelink.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.namelink.registry.EntityRegistry;
import org.namelink.registry.FoundEntity;
import org.namelink.registry.RegistryEntity;
import org.namelink.registry.RegistryEvent;
import org.namelink.registry.RegistryException;
import org.namelink.registry.ReviewPair;
import org.namelink.names.NameMatcher;
import org.namelink.resolution.EntityResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "registry", mixinStandardHelpOptions = true,
        description = {"Reads and corrects an entity registry (extract --registry FILE fills one).",
                "  registry --registry namelink.db list",
                "  registry show N42 --registry namelink.db",
                "  registry find erbil",
                "  registry merge N42 N57",
                "  registry split N42 --variant Irbil",
                "  registry link N42 Arbil",
                "  registry link N42 --none",
                "  registry review",
                "  registry review accept 3"},
        subcommands = {RegistryCommand.ListEntities.class, RegistryCommand.Show.class, RegistryCommand.Find.class,
                RegistryCommand.History.class,
                RegistryCommand.Merge.class, RegistryCommand.Split.class, RegistryCommand.Alias.class,
                RegistryCommand.Link.class, RegistryCommand.Export.class, RegistryCommand.Review.class})
final class RegistryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Given before the subcommand or after it ({@code registry list --registry r.db}). */
    @Option(names = "--registry", paramLabel = "FILE", defaultValue = EntityRegistry.DEFAULT_FILE,
            scope = ScopeType.INHERIT, description = "the registry file (default: ${DEFAULT-VALUE})")
    Path file;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return NamelinkCommand.EXIT_USAGE;
    }

    /** One action on the open registry. */
    @FunctionalInterface
    interface Action {
        void run(EntityRegistry registry, PrintWriter out) throws Exception;
    }

    /** Runs an action on the registry; a bad id or a file that is no registry is a usage error. */
    int run(CommandSpec sub, Action action) {
        PrintWriter out = sub.commandLine().getOut();
        PrintWriter err = sub.commandLine().getErr();
        if (!java.nio.file.Files.exists(file)) {
            err.println("error: no registry at " + file + " (extract --registry " + file + " creates one)");
            return NamelinkCommand.EXIT_USAGE;
        }
        try (EntityRegistry registry = EntityRegistry.open(file, tellingWaits(err))) {
            action.run(registry, out);
            out.flush();
            return NamelinkCommand.EXIT_OK;
        } catch (RegistryException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return NamelinkCommand.EXIT_USAGE;
        } catch (Exception e) {
            err.println("error: " + e);
            return NamelinkCommand.EXIT_FAILED;
        }
    }

    /** Says on {@code err} that a registry waits for another process, and when it goes on. */
    static java.util.function.Consumer<String> tellingWaits(PrintWriter err) {
        return message -> {
            err.println(message);
            err.flush();
        };
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the active entities, oldest first.")
    static final class ListEntities implements Callable<Integer> {
        @ParentCommand
        RegistryCommand parent;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return parent.run(spec, (registry, out) -> {
                for (RegistryEntity e : registry.entities()) {
                    out.printf(Locale.ROOT, "%-10s %-12s %8d  %s%s%s%n", e.id(), e.type(), e.mentions(), e.name(),
                            e.team() ? " (team)" : "", RegistryText.linkSuffix(e));
                }
            });
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Shows an entity by any id it ever had (following merges and splits).")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        RegistryCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            return parent.run(spec, (registry, out) -> {
                RegistryEntity e = registry.entity(id).orElseThrow(() -> new RegistryException("no entity " + id));
                if (e.status() != RegistryEntity.Status.ACTIVE) {
                    RegistryText.printEntity(e, out);
                }
                for (RegistryEntity now : registry.current(id)) {
                    RegistryText.printEntity(now, out);
                }
            });
        }
    }

    @Command(name = "find", mixinStandardHelpOptions = true,
            description = {"Finds the active entities a name stands for, by any spelling or case: a variant spelled "
                    + "so (exact), a name folding to the same key (folded), then the names the matcher takes it for "
                    + "(with its rule and score).", "  registry find erbil", "  registry find \"Mr Barzani\""})
    static final class Find implements Callable<Integer> {
        @ParentCommand
        RegistryCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            return parent.run(spec, (registry, out) -> {
                List<FoundEntity> found = registry.find(name, EntityResolver.create(NameMatcher.defaults()));
                if (found.isEmpty()) {
                    throw new RegistryException("no active entity is named '" + name + "' in any spelling");
                }
                for (FoundEntity f : found) {
                    RegistryText.printFound(f, out);
                }
            });
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "Prints an id's events, oldest first.")
    static final class History implements Callable<Integer> {
        @ParentCommand
        RegistryCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            return parent.run(spec, (registry, out) -> {
                for (RegistryEvent e : registry.history(id)) {
                    out.println(RegistryText.event(e));
                }
            });
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Merges the second entity into the first; the second id redirects to the first for good.")
    static final class Merge implements Callable<Integer> {
        @ParentCommand
        RegistryCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "SURVIVOR")
        String survivor;
        @Parameters(index = "1", paramLabel = "OTHER")
        String other;

        @Override
        public Integer call() {
            return parent.run(spec, (registry, out) -> {
                RegistryEntity gone = registry.entity(other).orElseThrow(() -> new RegistryException("no entity "
                        + other));
                RegistryEntity merged = registry.merge(survivor, other);
                out.println(RegistryText.merged(gone, merged));
                RegistryText.printEntity(merged, out);
            });
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true,
            description = "Splits a variant off an entity: the entity keeps its id, the variant gets a new one, "
                    + "and every later run keeps the two apart.")
    static final class Split implements Callable<Integer> {
        @ParentCommand
        RegistryCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID")
        String id;
        @Option(names = "--variant", required = true, paramLabel = "NAME", description = "the variant to split off")
        String variant;

        @Override
        public Integer call() {
            return parent.run(spec, (registry, out) -> {
                List<RegistryEntity> parts = registry.split(id, variant);
                out.println(RegistryText.split(variant, parts.get(0), parts.get(1)));
                for (RegistryEntity part : parts) {
                    RegistryText.printEntity(part, out);
                }
            });
        }
    }

    @Command(name = "alias", mixinStandardHelpOptions = true,
            description = "Pins an alias to an entity: later mentions of that name resolve to it.")
    static final class Alias implements Callable<Integer> {
        @ParentCommand
        RegistryCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID")
        String id;
        @Parameters(index = "1", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            return parent.run(spec, (registry, out) -> {
                EntityResolver resolver = EntityResolver.create(NameMatcher.defaults());
                RegistryEntity target = registry.entity(id).orElseThrow(() -> new RegistryException("no entity " + id));
                // The entities whose own name this is (same type, same folded key) give up its mentions.
                List<RegistryEntity> from = registry.find(name, resolver).stream()
                        .filter(f -> f.how() != FoundEntity.How.MATCHER && f.entity().type() == target.type()
                                && f.entity().team() == target.team() && !f.entity().id().equals(target.id()))
                        .map(FoundEntity::entity).toList();
                RegistryEntity pinned = registry.pinAlias(id, name, resolver);
                out.println(RegistryText.pinned(name, pinned, from));
                RegistryText.printEntity(pinned, out);
            });
        }
    }

    @Command(name = "link", mixinStandardHelpOptions = true,
            description = {"Sets an entity's Wikipedia article (score 1), or says it has none (--none); later runs "
                    + "never replace it. Recorded in the entity's history.", "  registry link N42 Arbil",
                    "  registry link N42 \"Quds Force\"", "  registry link N42 --none"})
    static final class Link implements Callable<Integer> {
        @ParentCommand
        RegistryCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID")
        String id;
        @Parameters(index = "1", arity = "0..1", paramLabel = "TITLE",
                description = "the English Wikipedia article's title (spaces or underscores)")
        String title;
        @Option(names = "--none", description = "the entity has no Wikipedia article: runs must not link it")
        boolean none;

        @Override
        public Integer call() {
            if (none == (title != null)) {
                spec.commandLine().getErr().println("error: registry link needs a TITLE or --none, not "
                        + (none ? "both" : "neither") + " (registry link N42 Arbil, registry link N42 --none)");
                return NamelinkCommand.EXIT_USAGE;
            }
            return parent.run(spec, (registry, out) -> {
                RegistryEntity e = none ? registry.unlink(id) : registry.link(id, title);
                out.println(none ? "linked " + e.label() + " to no article; runs will not link it"
                        : "linked " + e.label() + " to " + e.link().orElseThrow().url()
                                + "; runs will not replace it");
                RegistryText.printEntity(e, out);
            });
        }
    }

    @Command(name = "review", mixinStandardHelpOptions = true,
            description = {"Lists the review queue: the pairs of names earlier runs (extract --registry) compared and "
                    + "nearly decided otherwise, closest to the threshold first, with the matcher's explanation. "
                    + "accept N merges pair N's entities (or confirms a join); reject N keeps them apart (or splits "
                    + "a join) in every later run. Either is recorded in the entities' history; a reviewed pair "
                    + "never comes back.", "  registry review", "  registry review accept 3", "  registry review reject 4"})
    static final class Review implements Callable<Integer> {
        enum Verdict { accept, reject }

        @ParentCommand
        RegistryCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", arity = "0..1", paramLabel = "accept|reject", description = "the verdict on pair N")
        Verdict verdict;
        @Parameters(index = "1", arity = "0..1", paramLabel = "N", description = "the pair's number in the queue")
        Long number;

        @Override
        public Integer call() {
            if (verdict != null && number == null) {
                spec.commandLine().getErr().println("error: registry review " + verdict
                        + " needs the pair's number (registry review lists them)");
                return NamelinkCommand.EXIT_USAGE;
            }
            return parent.run(spec, (registry, out) -> {
                if (verdict == null) {
                    List<ReviewPair> queue = registry.reviewQueue();
                    if (queue.isEmpty()) {
                        out.println("the review queue is empty");
                    }
                    for (ReviewPair p : queue) {
                        RegistryText.printReviewPair(p, out);
                    }
                } else if (verdict == Verdict.accept) {
                    RegistryEntity one = registry.accept(number);
                    out.println("accepted pair " + number + ": one entity, " + one.label());
                    RegistryText.printEntity(one, out);
                } else {
                    List<RegistryEntity> two = registry.reject(number);
                    out.println("rejected pair " + number + ": " + two.get(0).label() + " and " + two.get(1).label()
                            + " are kept apart");
                    for (RegistryEntity e : two) {
                        RegistryText.printEntity(e, out);
                    }
                }
            });
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Writes the active entities.")
    static final class Export implements Callable<Integer> {
        enum Format { json }

        @ParentCommand
        RegistryCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--format", defaultValue = "json", description = "json (default: ${DEFAULT-VALUE})")
        Format format;

        @Override
        public Integer call() {
            return parent.run(spec, (registry, out) -> RegistryExport.writeJson(registry, out));
        }
    }
}
