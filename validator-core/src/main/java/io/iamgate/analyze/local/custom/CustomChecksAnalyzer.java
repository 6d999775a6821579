package io.iamgate.analyze.local.custom;

import io.iamgate.analyze.Analyzer;
import io.iamgate.analyze.AnalyzerException;
import io.iamgate.analyze.local.LocalAnalyzer;
import io.iamgate.load.LocatedJsonParser;
import io.iamgate.model.Finding;
import io.iamgate.model.PolicyDocument;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import io.iamgate.reference.IamReference;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The local analyzer with the configured no-new-access comparison after it. The comparison reads a second
 * policy per unit, so it runs here rather than as a node check; an unreadable or invalid reference policy
 * means the policy could not be checked ({@link AnalyzerException}), never a pass.
 */
public final class CustomChecksAnalyzer implements Analyzer {

    private final LocalAnalyzer local;
    private final ReferencePolicies references;
    private final NewAccessComparison comparison;

    public CustomChecksAnalyzer(LocalAnalyzer local, ReferencePolicies references, IamReference iam) {
        this.local = local;
        this.references = references;
        this.comparison = new NewAccessComparison(iam);
    }

    @Override
    public String name() {
        return LocalAnalyzer.NAME;
    }

    @Override
    public List<Finding> analyze(PolicyUnit unit) throws AnalyzerException {
        List<Finding> findings = new ArrayList<>(local.analyze(unit));
        if (unit.document().syntaxError().isPresent()
                || (unit.policyType() != PolicyType.IDENTITY_POLICY
                        && unit.policyType() != PolicyType.RESOURCE_POLICY)) {
            return findings;
        }
        Optional<String> text;
        try {
            text = references.referenceFor(unit);
        } catch (IOException e) {
            throw new AnalyzerException(e.getMessage(), e);
        }
        if (text.isPresent()) {
            PolicyDocument reference = PolicyDocument.of(new LocatedJsonParser().parse(text.get()));
            if (reference.syntaxError().isPresent()) {
                throw new AnalyzerException("the no-new-access reference policy for " + unit.file()
                        + " is not valid JSON (" + reference.syntaxError().get().message() + ")");
            }
            findings.addAll(comparison.compare(unit, reference));
        }
        return findings;
    }
}
