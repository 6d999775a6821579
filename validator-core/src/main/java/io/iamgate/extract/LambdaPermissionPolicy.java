package io.iamgate.extract;

import io.iamgate.extract.TemplateValue.Field;
import io.iamgate.extract.TemplateValue.Obj;
import io.iamgate.extract.TemplateValue.Str;
import io.iamgate.load.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The resource policy statement Lambda writes for an AddPermission call (AWS::Lambda::Permission,
 * aws_lambda_permission, layer version permissions): what is validated is what Lambda will hold, not the
 * permission's own properties. Each part is placed at the property it came from.
 */
public final class LambdaPermissionPolicy {

    /** The properties of a permission; optional ones empty when not set. */
    public record Grant(
            String sid,
            TemplateValue principal,
            TemplateValue action,
            TemplateValue resource,
            Optional<TemplateValue> sourceArn,
            Optional<TemplateValue> sourceAccount,
            Optional<TemplateValue> principalOrgId,
            Optional<TemplateValue> functionUrlAuthType,
            Position origin) {}

    private LambdaPermissionPolicy() {}

    public static TemplateValue of(Grant g, String partition) {
        List<Field> statement = new ArrayList<>();
        statement.add(new Field("Sid", g.origin(), new Str(g.sid(), g.origin())));
        statement.add(new Field("Effect", g.origin(), new Str("Allow", g.origin())));
        statement.add(new Field("Principal", g.principal().origin(), principal(g.principal(), partition)));
        statement.add(new Field("Action", g.action().origin(), g.action()));
        statement.add(new Field("Resource", g.resource().origin(), g.resource()));
        List<Field> condition = new ArrayList<>();
        List<Field> equals = new ArrayList<>();
        g.sourceAccount().ifPresent(v -> equals.add(new Field("AWS:SourceAccount", v.origin(), v)));
        g.principalOrgId().ifPresent(v -> equals.add(new Field("aws:PrincipalOrgID", v.origin(), v)));
        g.functionUrlAuthType().ifPresent(v -> equals.add(new Field("lambda:FunctionUrlAuthType", v.origin(), v)));
        if (!equals.isEmpty()) {
            condition.add(new Field(
                    "StringEquals",
                    equals.get(0).nameOrigin(),
                    new Obj(equals, equals.get(0).nameOrigin())));
        }
        g.sourceArn()
                .ifPresent(v -> condition.add(new Field(
                        "ArnLike",
                        v.origin(),
                        new Obj(List.of(new Field("AWS:SourceArn", v.origin(), v)), v.origin()))));
        if (!condition.isEmpty()) {
            statement.add(new Field("Condition", condition.get(0).nameOrigin(), new Obj(condition, g.origin())));
        }
        return new Obj(
                List.of(
                        new Field("Version", g.origin(), new Str("2012-10-17", g.origin())),
                        new Field("Id", g.origin(), new Str("default", g.origin())),
                        new Field(
                                "Statement",
                                g.origin(),
                                new TemplateValue.Arr(List.of(new Obj(statement, g.origin())), g.origin()))),
                g.origin());
    }

    /** "*", an account (id or ARN) or a service principal, in the form Lambda stores it. */
    private static TemplateValue principal(TemplateValue p, String partition) {
        String v = TemplateValue.scalarText(p).orElse("");
        Position at = p.origin();
        if (v.equals("*")) {
            return new Str("*", at);
        }
        if (v.matches("\\d{12}")) {
            return new Obj(List.of(new Field("AWS", at, new Str("arn:" + partition + ":iam::" + v + ":root", at))), at);
        }
        if (v.startsWith("arn:")) {
            return new Obj(List.of(new Field("AWS", at, new Str(v, at))), at);
        }
        return new Obj(List.of(new Field("Service", at, new Str(v, at))), at);
    }

    /** A function name, partial ARN or ARN, as the full ARN Lambda puts in Resource. */
    public static String functionArn(String function, String partition, String region, String account) {
        if (function.startsWith("arn:")) {
            return function;
        }
        if (function.contains(":function:")) {
            return "arn:" + partition + ":lambda:" + region + ":" + function;
        }
        return "arn:" + partition + ":lambda:" + region + ":" + account + ":function:" + function;
    }
}
