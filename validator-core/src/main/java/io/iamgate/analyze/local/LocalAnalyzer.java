package io.iamgate.analyze.local;

import io.iamgate.analyze.Analyzer;
import io.iamgate.model.ConditionEntry;
import io.iamgate.model.ElementEntry;
import io.iamgate.model.Finding;
import io.iamgate.model.PolicyDocument;
import io.iamgate.model.PolicyUnit;
import io.iamgate.model.PrincipalEntry;
import io.iamgate.model.Statement;
import io.iamgate.reference.IamReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * The offline analyzer: Access Analyzer's checks reproduced from the policy text and the IAM reference.
 * It sorts its checks by the node kinds they look at once, then walks each policy once.
 */
public final class LocalAnalyzer implements Analyzer {

    public static final String NAME = "local";

    private final IamReference reference;
    private final List<PolicyCheck> checks;
    private final JsonSyntaxErrorCheck syntaxCheck = new JsonSyntaxErrorCheck();
    private final List<DocumentCheck> documentChecks = new ArrayList<>();
    private final List<StatementCheck> statementChecks = new ArrayList<>();
    private final List<ActionCheck> actionChecks = new ArrayList<>();
    private final List<ResourceCheck> resourceChecks = new ArrayList<>();
    private final List<PrincipalCheck> principalChecks = new ArrayList<>();
    private final List<ConditionBlockCheck> conditionBlockChecks = new ArrayList<>();
    private final List<ConditionCheck> conditionChecks = new ArrayList<>();

    public LocalAnalyzer(List<? extends PolicyCheck> checks) {
        this(checks, IamReference.bundled());
    }

    public LocalAnalyzer(List<? extends PolicyCheck> checks, IamReference reference) {
        this.reference = reference;
        this.checks = List.copyOf(checks);
        for (PolicyCheck check : checks) {
            if (check instanceof DocumentCheck c) {
                documentChecks.add(c);
            }
            if (check instanceof StatementCheck c) {
                statementChecks.add(c);
            }
            if (check instanceof ActionCheck c) {
                actionChecks.add(c);
            }
            if (check instanceof ResourceCheck c) {
                resourceChecks.add(c);
            }
            if (check instanceof PrincipalCheck c) {
                principalChecks.add(c);
            }
            if (check instanceof ConditionBlockCheck c) {
                conditionBlockChecks.add(c);
            }
            if (check instanceof ConditionCheck c) {
                conditionChecks.add(c);
            }
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    public List<PolicyCheck> checks() {
        return checks;
    }

    @Override
    public List<Finding> analyze(PolicyUnit unit) {
        List<Finding> findings = new ArrayList<>();
        FindingSink out = findings::add;
        PolicyDocument document = unit.document();
        if (document.syntaxError().isPresent()) {
            syntaxCheck.report(document, out);
            return findings;
        }
        CheckContext ctx = new CheckContext(unit, reference);
        for (DocumentCheck c : documentChecks) {
            c.checkDocument(ctx, out);
        }
        for (Statement statement : document.statements()) {
            if (Thread.currentThread().isInterrupted()) {
                // The file's time budget ran out (see Validator): stop here rather than finish late.
                throw new CancellationException("time budget of " + unit.file() + " ran out");
            }
            for (StatementCheck c : statementChecks) {
                c.checkStatement(ctx, statement, out);
            }
            for (ElementEntry action : statement.actionEntries()) {
                for (ActionCheck c : actionChecks) {
                    c.checkAction(ctx, statement, action, out);
                }
            }
            for (ElementEntry resource : statement.resourceEntries()) {
                for (ResourceCheck c : resourceChecks) {
                    c.checkResource(ctx, statement, resource, out);
                }
            }
            for (PrincipalEntry principal : statement.principalEntries()) {
                for (PrincipalCheck c : principalChecks) {
                    c.checkPrincipal(ctx, statement, principal, out);
                }
            }
            for (Statement.ConditionBlock block : statement.conditionBlocks()) {
                for (ConditionBlockCheck c : conditionBlockChecks) {
                    c.checkConditionBlock(ctx, statement, block, out);
                }
                for (ConditionEntry entry : block.entries()) {
                    for (ConditionCheck c : conditionChecks) {
                        c.checkCondition(ctx, statement, entry, out);
                    }
                }
            }
        }
        return findings;
    }
}
