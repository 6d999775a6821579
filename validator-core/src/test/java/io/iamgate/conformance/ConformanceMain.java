package io.iamgate.conformance;

import io.iamgate.analyze.local.LocalChecks;
import io.iamgate.reference.IamReference;
import java.nio.file.Files;
import java.nio.file.Path;

/** scripts/conformance: prints the conformance report of all offline checks over the corpus. */
public final class ConformanceMain {

    private ConformanceMain() {
    }

    public static void main(String[] args) {
        Path corpus = args.length > 0 ? Path.of(args[0]) : Conformance.defaultCorpus();
        if (!Files.isDirectory(corpus.resolve("policies")) || !Files.isDirectory(corpus.resolve("expected"))) {
            System.err.println("conformance: no corpus at " + corpus + " (policies/ and expected/ needed); "
                    + "pass its folder as the argument or set IAMGATE_CORPUS");
            System.exit(2);
        }
        Conformance.Result result = new Conformance(corpus, LocalChecks.analyzer(), IamReference.bundled()).run();
        System.out.print(result.report());
    }
}
