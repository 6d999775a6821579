package io.iamgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.iamgate.load.Position;
import io.iamgate.model.PolicyDocument;
import io.iamgate.model.PolicyType;
import io.iamgate.model.PolicyUnit;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReporterNotCheckedTest {

    @Test
    void aPolicyKnownOnlyAfterApplyIsNamedInTheTextReport() throws Exception {
        PolicyUnit unit = new PolicyUnit(
                "plan.json",
                "aws_iam_policy.p.policy",
                PolicyType.IDENTITY_POLICY,
                null,
                PolicyDocument.unknown(),
                location -> new Position(1, 0, 0),
                List.of("Not checked: aws_iam_policy.p.policy is known only after apply."));
        StringWriter out = new StringWriter();
        new TextReporter()
                .write(
                        new RunReport(
                                new ToolInfo("iamgate", "t", "t"),
                                1,
                                List.of(new PolicyResult(unit, List.of())),
                                List.of()),
                        ReportContext.plain(),
                        out);
        assertEquals(
                "plan.json: note: Not checked: aws_iam_policy.p.policy is known only after apply.\n"
                        + "iamgate: 1 file(s), 1 policy, 0 finding(s), 0 blocking\n",
                out.toString());
    }
}
