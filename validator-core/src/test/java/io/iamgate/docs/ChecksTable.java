package io.iamgate.docs;

import io.iamgate.analyze.local.JsonSyntaxErrorCheck;
import io.iamgate.analyze.local.LocalChecks;
import io.iamgate.analyze.local.PolicyCheck;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * scripts/checks-table: writes docs/checks.md, every issue code of Access Analyzer's check reference
 * (aa-checks.tsv, a copy of the check catalogue kept next to this class) with its trigger as AWS documents
 * it and the sources, the offline check that implements it, read from the {@code @CheckInfo} of
 * {@link LocalChecks#all()}, or why there is none; then, for the checks whose verdict depends on conditions
 * or on a key's value type, how the offline check decides where the documentation leaves room.
 */
public final class ChecksTable {

    static final String TSV = "aa-checks.tsv";

    /** Codes left out on purpose, with the evidence; anything else missing is "not implemented yet". */
    private static final Map<String, String> WITHHELD = Map.of(
            "INVALID_ARN_RESOURCE",
            "withheld: InvalidArnResourceCheck exists but is not in the catalogue. No real "
                    + "answer shows Access Analyzer raising it, and it accepts ARNs that match no published format "
                    + "even with every placeholder taking any characters: on the corpus 28 of them, with literal "
                    + "parts no format has (API Gateway v2 paths such as arn:aws:apigateway:*::/v2/apis, log groups "
                    + "written /aws-glue/*, WAF change tokens, sagemaker:*:*:Canvas*, secretsmanager sqlworkbench!*, "
                    + "backup recovery-point:*, an empty organizations resource). Whatever it rejects is decided by "
                    + "rules AWS does not publish, so an offline ERROR would block valid policies; it stays out until "
                    + "a real answer shows what Access Analyzer rejects.");

    /** Source tags of aa-checks.tsv's source column. */
    private static final String SOURCES = "Sources: D25 = AWS's current \"IAM policy validation check reference\" "
            + "(the Issue code link); D23 = its 2023 version (awsdocs/iam-user-guide); OBS-* = real ValidatePolicy "
            + "answers (OBS-MAMIP: AWS managed policies validated 2021-2026; OBS-TF: the Terraform validator's "
            + "example reports; OBS-CLI: the AWS CLI example; OBS-PULUMI, OBS-hExPY, OBS-3P: published outputs).";

    /**
     * Where the offline check decides beyond the documented trigger, what it does and on what evidence. A
     * blocking finding is never raised on a guess: where neither the check reference nor a real answer
     * decides, the check stays silent.
     */
    private static final Map<String, String> DECISIONS = decisions();

    private static Map<String, String> decisions() {
        String starResource = "Only the resource \"*\" counts (the reference says service-named role patterns "
                + "such as arn:aws:iam::*:role/Service* may not warn; real answers show no warning on role patterns). "
                + "The documented resolution is to add the service key (iam:PassedToService, or "
                + "iam:AWSServiceName for service-linked roles): the key in the statement's Condition under any "
                + "operator silences the check, except two shapes real answers show still warn: StringEqualsIfExists "
                + "(AWSServiceRoleForAmazonEKSNodegroup, which the reference itself lists with this warning) and a "
                + "value beginning with a wildcard (\"*a4b.amazonaws.com\", AlexaForBusinessFullAccess). "
                + "StringLike and StringLikeIfExists with a literal service are answered silent "
                + "(AWSAppRunnerFullAccess, AWSLambdaReplicator); other operators (StringEqualsIgnoreCase, negated "
                + "ones) have no answer and do not warn. "
                + "Test: `passrole/PassRoleWithStarInResourceCheckTest`.";
        Map<String, String> d = new TreeMap<>();
        d.put("PASS_ROLE_WITH_STAR_IN_RESOURCE", starResource);
        d.put(
                "PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE",
                "As PASS_ROLE_WITH_STAR_IN_RESOURCE, for an action "
                        + "pattern covering iam:PassRole (iam:*, iam:Pass*, *).");
        d.put("CREATE_SLR_WITH_STAR_IN_RESOURCE", "As PASS_ROLE_WITH_STAR_IN_RESOURCE, with iam:AWSServiceName.");
        d.put(
                "CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE",
                "As CREATE_SLR_WITH_STAR_IN_RESOURCE, for an action "
                        + "pattern covering iam:CreateServiceLinkedRole.");
        d.put(
                "FORALLVALUES_WITH_SINGLE_VALUED_KEY",
                "Single-valued means what the reference says: a key whose "
                        + "Service Authorization Reference type has no ArrayOf prefix (real answers: aws:PrincipalOrgID, "
                        + "organizations:ServicePrincipal, ssm:resourceTag/env). The risk the reference names is an overly "
                        + "permissive policy, which only an Allow can be; no real answer shows a warning on a Deny, so Deny "
                        + "statements are not judged. Keys the reference does not define are not judged. "
                        + "Test: `servicekey/ForAllValuesWithSingleValuedKeyCheckTest`.");
        d.put(
                "MISSING_QUALIFIER",
                "The mirror of FORALLVALUES_WITH_SINGLE_VALUED_KEY: a key typed ArrayOf... "
                        + "compared without ForAllValues:/ForAnyValue:.");
        d.put(
                "CONFIRM_AUDIENCE_CLAIM_TYPE",
                "ForAllValues: on an identity provider's aud claim, which the reference " + "calls single-valued.");
        d.put("FORANYVALUE_WITH_AUDIENCE_CLAIM_TYPE", "ForAnyValue: on an identity provider's aud claim.");
        d.put(
                "TYPE_MISMATCH",
                "The operator's type against the key's reference type (String, Numeric, Date, Bool, "
                        + "ARN, IPAddress, Binary).");
        d.put("STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS", "StringLike on a key the reference types ARN.");
        d.put(
                "INVALID_SERVICE",
                "Judged on resource and NotResource ARNs, on service-prefixed condition keys and on "
                        + "ARN values of ARN-typed keys: a service field the reference knows neither as a service prefix nor "
                        + "as the service of any ARN format. Wildcards, policy variables and identity-provider keys are not "
                        + "judged. Test: `servicekey/InvalidServiceCheckTest`.");
        return d;
    }

    private ChecksTable() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/checks.md");
        Files.writeString(out, render(), StandardCharsets.UTF_8);
        System.out.println("checks-table: wrote " + out.toAbsolutePath().normalize());
    }

    /** The Markdown page. */
    public static String render() {
        Map<String, PolicyCheck> implemented = new TreeMap<>();
        for (PolicyCheck check : LocalChecks.all()) {
            implemented.put(check.metadata().issueCode(), check);
        }
        // The engine runs this one itself, on text that is not JSON, so it is not in the catalogue.
        PolicyCheck syntax = new JsonSyntaxErrorCheck();
        implemented.put(syntax.metadata().issueCode(), syntax);
        Map<String, String[]> rows = readCatalogue();
        StringBuilder sb = new StringBuilder();
        sb.append("# Access Analyzer checks in the offline analyzer\n\n");
        sb.append(
                "Every issue code of the AWS \"IAM policy validation check reference\" (plus four SCP checks AWS has\n");
        sb.append("retired), its trigger as that reference documents it, and the offline check that reproduces it.\n");
        sb.append("Generated by `scripts/checks-table` from `aa-checks.tsv` and the `@CheckInfo` of\n");
        sb.append("`LocalChecks.all()`; a test keeps it current. Where the documentation leaves a case open, the\n");
        sb.append("offline check stays silent rather than raise a finding on a guess; the checks whose verdict\n");
        sb.append("depends on conditions or on a key's value type say how they decide, after the table.\n\n");
        sb.append(SOURCES).append("\n\n");
        long done = rows.keySet().stream().filter(implemented::containsKey).count();
        sb.append("Implemented: ")
                .append(done)
                .append(" of ")
                .append(rows.size())
                .append(" issue codes.\n\n");
        sb.append("| Issue code (AWS reference) | Finding type | Trigger as documented | Sources | Offline check "
                + "| Why not (when not implemented) |\n");
        sb.append("|---|---|---|---|---|---|\n");
        for (Map.Entry<String, String[]> row : rows.entrySet()) {
            String code = row.getKey();
            String[] cols = row.getValue();
            PolicyCheck check = implemented.get(code);
            String where = check == null
                    ? "no"
                    : "`" + family(check) + "/" + check.getClass().getSimpleName() + "`";
            String why = check == null ? reason(code, cols) : "";
            sb.append("| [")
                    .append(code)
                    .append("](")
                    .append(cols[8])
                    .append(") | ")
                    .append(cols[0])
                    .append(" | ")
                    .append(cell(cols[3]))
                    .append(" | ")
                    .append(cols[6].replace(";", ", "))
                    .append(" | ")
                    .append(where)
                    .append(" | ")
                    .append(cell(why))
                    .append(" |\n");
        }
        sb.append("\n## Condition-dependent and key-type checks: how the offline check decides\n\n");
        for (Map.Entry<String, String> d : DECISIONS.entrySet()) {
            sb.append("- **")
                    .append(d.getKey())
                    .append("**: ")
                    .append(d.getValue())
                    .append("\n");
        }
        return sb.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static String reason(String code, String[] cols) {
        String decidability = cols[5];
        String source = cols[6];
        if (WITHHELD.containsKey(code)) {
            return WITHHELD.get(code);
        }
        if (!source.contains("D25")) {
            return "retired: no longer in AWS's check reference (SCPs take the full IAM policy language since "
                    + "2025-09-19).";
        }
        if (decidability.startsWith("AWS_SIDE")) {
            return "AWS_SIDE: "
                    + decidability.substring("AWS_SIDE".length()).trim().replaceAll("^\\(|\\)$", "")
                    + "; Access Analyzer decides it from data AWS does not publish.";
        }
        return "not implemented yet (" + decidability + ").";
    }

    private static String family(PolicyCheck check) {
        String pkg = check.getClass().getPackageName();
        return pkg.substring(pkg.lastIndexOf('.') + 1);
    }

    /** issueCode -> columns, first row per code (the reference has two sections for a few codes). */
    static Map<String, String[]> readCatalogue() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        try (InputStream in = ChecksTable.class.getResourceAsStream(TSV)) {
            if (in == null) {
                throw new IllegalStateException(TSV + " is not on the test classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = reader.lines().toList();
            for (String line : lines.subList(1, lines.size())) {
                String[] cols = line.split("\t", -1);
                if (cols.length > 6) {
                    rows.putIfAbsent(cols[1], cols);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String[]> sorted = new TreeMap<>(rows);
        return sorted;
    }
}
