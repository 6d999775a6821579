package io.iamgate;

import io.iamgate.analyze.Analyzer;
import io.iamgate.analyze.RepositoryAnalyzer;
import io.iamgate.analyze.local.LocalChecks;
import io.iamgate.analyze.rego.OpaExecutable;
import io.iamgate.analyze.rego.RegoAnalyzers;
import io.iamgate.extract.Extractor;
import io.iamgate.extract.RawPolicyExtractor;
import io.iamgate.gate.RunConfig;
import io.iamgate.report.RunReport;
import io.iamgate.reference.IamReference;
import io.iamgate.report.ToolInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The core's front door: what a front end calls with its configuration. */
public final class Iamgate {

    private Iamgate() {
    }

    public static RunReport validate(RunConfig config) throws IOException {
        return validator(config).run(config);
    }

    /** The standard pipeline for a configuration: every extractor, the analyzers it asks for. */
    public static Validator validator(RunConfig config) {
        return new Validator(extractors(config), analyzers(config), repositoryAnalyzers(config), toolInfo());
    }

    /** Template and plan extractors first: a template is JSON too, but not a policy document. */
    static List<Extractor> extractors(RunConfig config) {
        List<Extractor> extractors = new ArrayList<>();
        extractors.add(new RawPolicyExtractor());
        return extractors;
    }

    /** The offline analyzer always; Access Analyzer and Rego packs when the configuration asks. */
    static List<Analyzer> analyzers(RunConfig config) {
        List<Analyzer> analyzers = new ArrayList<>();
        analyzers.add(LocalChecks.analyzer());
        analyzers.addAll(RegoAnalyzers.analyzers(config.rego(), config.threads()));
        return analyzers;
    }

    /** Checks over all the policies of a run together. */
    static List<RepositoryAnalyzer> repositoryAnalyzers(RunConfig config) {
        List<RepositoryAnalyzer> analyzers = new ArrayList<>();
        analyzers.addAll(RegoAnalyzers.repositoryAnalyzers(config.rego(), config.workingDirectory(),
                OpaExecutable.locate(System.getenv("PATH"), config.workingDirectory())));
        return analyzers;
    }

    public static ToolInfo toolInfo() {
        return new ToolInfo("iamgate", version(), IamReference.bundled().date());
    }

    public static String version() {
        try (InputStream in = Iamgate.class.getResourceAsStream("iamgate.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
