package org.chainrule.lab;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chainrule demo NAME}: runs one of the course's walkthroughs, or all of them. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run a walkthrough of the notes; prints as it goes, writes pictures under --out.",
        footer = {"", "Demos: see --list. Example: ./chainrule demo tensors"})
final class DemoCommand implements Callable<Integer> {
    /** Every demo, in course order. */
    static final Map<String, Demo> DEMOS = register(new TensorsDemo(), new GatesDemo(), new LogisticDemo(), new SeedsDemo(),
            new LrDemo(), new LossesDemo(), new SoftmaxDemo(), new MlpDemo(), new MinibatchDemo(),
            new StaticDemo(), new BackpropCostDemo());

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", defaultValue = "all",
            description = "Which demo: ${COMPLETION-CANDIDATES} (default: all).",
            completionCandidates = Names.class)
    String name;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
            description = "Where pictures are written (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed for the demo's random start (default: the demo's own).")
    Long seed;

    @Option(names = "--list", description = "List the demos and exit.")
    boolean list;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        if (list) {
            DEMOS.values().forEach(d -> out.printf("  %-10s %s%n", d.name(), d.summary()));
            return 0;
        }
        List<Demo> chosen = new ArrayList<>();
        if (name.equals("all")) {
            chosen.addAll(DEMOS.values());
        } else if (DEMOS.containsKey(name)) {
            chosen.add(DEMOS.get(name));
        } else {
            throw new CommandLine.ParameterException(spec.commandLine(), String.format(
                    "demo: there is no demo '%s'; choose one of %s, or all.", name, DEMOS.keySet()));
        }
        if (seed != null && chosen.size() == 1 && !chosen.get(0).usesSeed()) {
            throw new CommandLine.ParameterException(spec.commandLine(), String.format(
                    "demo %s has no random start, so --seed would change nothing; leave it out", name));
        }
        if (chosen.stream().anyMatch(Demo::writesFiles)) {
            OutputFolder.prepare(outDir);
        }
        Demo.Context context = new Demo.Context(out, outDir, seed);
        if (seed != null && chosen.size() > 1) {
            out.printf("--seed %d applies to %s; %s have no random start and run as always.%n", seed,
                    names(chosen, true), names(chosen, false));
        }
        for (Demo demo : chosen) {
            if (chosen.size() > 1) {
                out.printf("%n========== demo %s: %s ==========%n%n", demo.name(), demo.summary());
            }
            demo.run(context);
        }
        return 0;
    }

    /** The names of the chosen demos that use a seed (or do not), e.g. {@code tensors, logistic}. */
    private static String names(List<Demo> demos, boolean usingSeed) {
        return String.join(", ", demos.stream().filter(d -> d.usesSeed() == usingSeed).map(Demo::name).toList());
    }

    private static Map<String, Demo> register(Demo... demos) {
        Map<String, Demo> map = new LinkedHashMap<>();
        for (Demo d : demos) {
            map.put(d.name(), d);
        }
        return map;
    }

    /** The demo names, for help text. */
    static final class Names extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Names() {
            super(DEMOS.keySet());
        }
    }
}
