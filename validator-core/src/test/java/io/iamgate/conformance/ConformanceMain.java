package io.iamgate.conformance;

import io.iamgate.analyze.local.LocalChecks;
import io.iamgate.reference.IamReference;
import java.nio.file.Path;

/** scripts/conformance: prints the conformance report of all offline checks over the corpus. */
public final class ConformanceMain {

    private ConformanceMain() {}

    public static void main(String[] args) {
        Path corpus = args.length > 0 ? Path.of(args[0]) : AccessAnalyzerCorpus.locate();
        if (!AccessAnalyzerCorpus.isPresent(corpus)) {
            System.err.println("conformance: " + AccessAnalyzerCorpus.absent(corpus) + ", or pass the folder");
            System.exit(2);
        }
        Conformance.Result result = new Conformance(corpus, LocalChecks.analyzer(), IamReference.bundled()).run();
        System.out.print(result.report());
    }
}
