package org.namelink.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "Scores NER and resolution against a gold standard.")
final class EvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
