package org.namelink.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.namelink.registry.EntityRegistry;
import org.namelink.registry.RegistryEntity;
import org.namelink.registry.RegistryEvent;
import org.namelink.registry.RegistryException;
import org.namelink.names.NameMatcher;
import org.namelink.resolution.EntityResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "registry", mixinStandardHelpOptions = true,
        description = {"Reads and corrects an entity registry (extract --registry FILE fills one).",
                "  registry --registry namelink.db list",
                "  registry show N42",
                "  registry merge N42 N57",
                "  registry split N42 --variant Irbil"},
        subcommands = {RegistryCommand.ListEntities.class, RegistryCommand.Show.class, RegistryCommand.History.class,
                RegistryCommand.Merge.class, RegistryCommand.Split.class, RegistryCommand.Alias.class,
                RegistryCommand.Export.class})
final class RegistryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--registry", paramLabel = "FILE", defaultValue = EntityRegistry.DEFAULT_FILE,
            description = "the registry file (default: ${DEFAULT-VALUE})")
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

    static void printEntity(RegistryEntity e, PrintWriter out) {
        out.printf(Locale.ROOT, "%s %s %s%s: %s, %d mentions in %d documents%n", e.id(), e.status().name()
                .toLowerCase(Locale.ROOT), e.type(), e.team() ? " (team)" : "", e.name(), e.mentions(), e.documents());
        if (!e.successors().isEmpty()) {
            out.println("  now: " + String.join(", ", e.successors()));
        }
        for (RegistryEntity.Variant v : e.variants()) {
            out.printf(Locale.ROOT, "  %6d  %s%n", v.mentions(), v.name());
        }
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
                    out.printf(Locale.ROOT, "%-10s %-12s %8d  %s%s%n", e.id(), e.type(), e.mentions(), e.name(),
                            e.team() ? " (team)" : "");
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
                    printEntity(e, out);
                }
                for (RegistryEntity now : registry.current(id)) {
                    printEntity(now, out);
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
                    out.printf(Locale.ROOT, "%s  %-9s %s%s%n", e.at(), e.kind(), e.detail(),
                            e.batch() > 0 ? "  (batch " + e.batch() + ")" : "");
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
            return parent.run(spec, (registry, out) -> printEntity(registry.merge(survivor, other), out));
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true,
            description = "Splits a variant off an entity: two new ids, kept apart by every later run.")
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
                for (RegistryEntity part : registry.split(id, variant)) {
                    printEntity(part, out);
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
            return parent.run(spec, (registry, out) -> printEntity(
                    registry.pinAlias(id, name, EntityResolver.create(NameMatcher.defaults())), out));
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
            return parent.run(spec, (registry, out) -> {
                try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
                    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    g.useDefaultPrettyPrinter();
                    g.writeStartObject();
                    g.writeNumberField("schemaVersion", EntityRegistry.schemaVersion());
                    g.writeArrayFieldStart("entities");
                    for (RegistryEntity e : registry.entities()) {
                        writeEntity(g, e);
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                out.println();
            });
        }

        private static void writeEntity(JsonGenerator g, RegistryEntity e) throws java.io.IOException {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("type", e.type().name());
            g.writeStringField("name", e.name());
            g.writeBooleanField("team", e.team());
            g.writeNumberField("mentionCount", e.mentions());
            g.writeNumberField("documentCount", e.documents());
            g.writeArrayFieldStart("variants");
            for (RegistryEntity.Variant v : e.variants()) {
                g.writeStartObject();
                g.writeStringField("name", v.name());
                g.writeNumberField("mentionCount", v.mentions());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }

    }
}
